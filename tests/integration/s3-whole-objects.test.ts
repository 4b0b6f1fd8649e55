// The S3 emulator's directory after a crash: writes land whole or not at all, and on start every partial
// object a killed process could leave is repaired or moved aside, so listing and reading never fail on it.

import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import { createAdapters } from '../../functions/aws/adapters.ts';
import { LOCAL_NAMES } from '../../functions/aws/resources.ts';
import { createS3Client } from '../../functions/aws/s3-client.ts';
import { startEmulators } from '../../functions/local/emulators.ts';
import { provisionLocalResources } from '../../functions/local/provision.ts';
import { repairS3Directory } from '../../functions/local/s3-whole-objects.ts';

const RAW = LOCAL_NAMES.rawBucket;
const id = (n: number) => String(n).padStart(24, 'a');

async function withEmulators<T>(dataDir: string, act: (adapters: ReturnType<typeof createAdapters>, s3Endpoint: string) => Promise<T>): Promise<T> {
  const emulators = await startEmulators({ dataDir });
  try {
    const { dynamodbEndpoint, s3Endpoint } = emulators;
    await provisionLocalResources({ dynamodbEndpoint, s3Endpoint, names: LOCAL_NAMES });
    const adapters = createAdapters({ tableName: LOCAL_NAMES.table, rawBucket: RAW, siteBucket: LOCAL_NAMES.siteBucket, dynamodbEndpoint, s3Endpoint });
    return await act(adapters, s3Endpoint);
  } finally {
    await emulators.stop();
  }
}

/** Every file under dir, relative to it. */
function files(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name).slice(dir.length + 1))
    .sort();
}

describe('S3 emulator objects survive a killed process', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'meeting-feeds-s3-whole-'));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('writes the bytes, their MD5 and the metadata whole, leaving no temporary file', async () => {
    const body = Buffer.from('x'.repeat(200_000));
    await withEmulators(dataDir, async (adapters) => {
      await adapters.articles.put({ articleId: id(1), body, contentType: 'text/plain', meetingId: 'm1', submittedBy: 'alice', receivedAt: '2026-11-25T10:00:00.000Z' });
      expect((await adapters.articles.get(id(1)))?.body.length).toBe(body.length);
    });
    const base = join(dataDir, 's3', RAW, 'articles', id(1));
    expect(readFileSync(`${base}._S3rver_object`)).toEqual(body);
    expect(readFileSync(`${base}._S3rver_object.md5`, 'utf8')).toBe(createHash('md5').update(body).digest('hex'));
    expect(JSON.parse(readFileSync(`${base}._S3rver_metadata.json`, 'utf8'))).toMatchObject({ 'x-amz-meta-meeting-id': 'm1' });
    expect(files(join(dataDir, 's3')).filter((name) => name.includes('partial'))).toEqual([]);
  });

  it('repairs or quarantines each kind of partial object, and the emulator then lists and reads the rest', async () => {
    await withEmulators(dataDir, async (adapters, s3Endpoint) => {
      for (let n = 1; n <= 6; n += 1) {
        await adapters.articles.put({ articleId: id(n), body: Buffer.from(`article ${n} `.repeat(1000)), contentType: 'text/plain', meetingId: `m${n}`, submittedBy: 'alice', receivedAt: '2026-11-25T10:00:00.000Z' });
      }
      const s3 = createS3Client(s3Endpoint);
      await s3.send(new PutObjectCommand({ Bucket: LOCAL_NAMES.siteBucket, Key: 'feeds/meetings.json', Body: '{"items":[]}', ContentType: 'application/feed+json' }));
      s3.destroy();
    });
    const raw = (n: number) => join(dataDir, 's3', RAW, 'articles', id(n));
    // Each state a write interrupted by SIGKILL can leave (s3rver's own writes were in place and unordered):
    unlinkSync(`${raw(2)}._S3rver_metadata.json`); // bytes stored, metadata never written: never acknowledged
    unlinkSync(`${raw(2)}._S3rver_object.md5`);
    writeFileSync(`${raw(3)}._S3rver_metadata.json`, '{"content-type": "text/pl'); // metadata half written
    truncateSync(`${raw(4)}._S3rver_object`, 100); // bytes cut short beside a whole checksum
    writeFileSync(`${raw(5)}._S3rver_object.md5`, '3f2a'); // checksum half written (s3rver writes it lazily)
    unlinkSync(`${raw(6)}._S3rver_object`); // metadata left behind by an interrupted write
    writeFileSync(`${raw(7)}._S3rver_object.1234abcd._S3rver_partial`, 'half an upload'); // our temporary file
    const site = join(dataDir, 's3', LOCAL_NAMES.siteBucket, 'feeds', 'meetings.json');
    writeFileSync(`${site}._S3rver_object`, '{"items":[1]}'); // a rewrite renamed into place, its checksum not yet

    const quarantineDir = join(dataDir, 'quarantine', 'now');
    const report = await repairS3Directory({ s3Dir: join(dataDir, 's3'), quarantineDir, writeOnceBuckets: [RAW] });

    expect(report.quarantined.map((entry) => entry.key).sort()).toEqual([2, 3, 4, 6].map((n) => join(RAW, 'articles', id(n))));
    expect(report.md5Repaired).toBe(2);
    expect(report.partialsRemoved).toBe(1);
    expect(existsSync(join(quarantineDir, RAW, 'articles', `${id(4)}._S3rver_object`))).toBe(true);
    expect(files(join(dataDir, 's3')).filter((name) => name.includes('partial'))).toEqual([]);

    await withEmulators(dataDir, async (adapters) => {
      const ids: string[] = [];
      for await (const articleId of adapters.articles.listIds()) ids.push(articleId);
      expect(ids.sort()).toEqual([id(1), id(5)]);
      expect((await adapters.articles.get(id(5)))?.meetingId).toBe('m5');
      const feed = await adapters.site.get('feeds/meetings.json');
      expect(feed?.status).toBe(200);
    });
    // A second pass finds nothing left to do.
    const again = await repairS3Directory({ s3Dir: join(dataDir, 's3'), quarantineDir, writeOnceBuckets: [RAW] });
    expect(again).toMatchObject({ quarantined: [], md5Repaired: 0, partialsRemoved: 0 });
  });
});
