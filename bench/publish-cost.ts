// Publishing cost must not grow with the archive: the time and the DynamoDB items read to regenerate
// the site after one new meeting, with 1,000 and with 100,000 meetings already stored (spread over
// the previous three years), measured in the same run against dynalite; plus the current feeds'
// rendering time and sizes.
// Run: npx tsx bench/publish-cost.ts   (SIZES=1000,100000 by default)

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SQSEvent } from 'aws-lambda';
import { createDocumentClient, MeetingStore, type StoredMeeting } from '../functions/aws/meeting-store.ts';
import { createS3Client } from '../functions/aws/s3-client.ts';
import { SiteStore } from '../functions/aws/site-store.ts';
import type { MeetingRecord } from '../functions/core/record.ts';
import { fingerprintOf } from '../functions/core/record-fingerprint.ts';
import { renderAtomFeed, renderJsonFeed } from '../functions/core/render-feeds.ts';
import { createPublishHandler } from '../functions/handlers/publish.ts';
import { startEmulators } from '../functions/local/emulators.ts';
import { provisionLocalResources } from '../functions/local/provision.ts';
import { median, ms, timeRuns } from './stats.ts';

const SIZES = (process.env.SIZES ?? '1000,100000').split(',').map(Number);
const RUNS = 7;
const NOW = new Date('2026-11-25T12:00:00Z');
const site = { siteUrl: 'https://feeds.example.org' };
const ORGS = ['Организация Объединённых Наций', 'НАТО', 'Европейский союз', 'Международный комитет Красного Креста', 'ОБСЕ'];
const PLACES = [
  { city: 'Астана', country: 'Казахстан', countryCode: 'KZ' },
  { city: 'Москва', country: 'Россия', countryCode: 'RU' },
  { city: 'London', country: 'United Kingdom', countryCode: 'GB' },
];
const PARAGRAPH = 'Стороны обсудили текущее состояние и перспективы сотрудничества в сфере международного права. ';

function makeRecord(index: number, createdAt: string): MeetingRecord {
  return {
    id: `m${index}`,
    version: 1,
    articleId: `a${index}`,
    language: index % 3 === 0 ? 'en' : 'ru',
    title: `Встреча номер ${index}`,
    summary: PARAGRAPH,
    contentHtml: `<p>${PARAGRAPH.repeat(12)}</p>`,
    isMeeting: true,
    kind: 'meeting',
    status: 'held',
    date: createdAt.slice(0, 10),
    dateBasis: { how: 'stated', mention: null },
    location: PLACES[index % PLACES.length]!,
    participants: [{ name: 'Ержан Ашикбаев', role: 'заместитель министра', organization: 'Казахстан', mentions: [] }],
    organizations: [{ name: `${ORGS[index % ORGS.length]!} ${index % 200}`, mentions: [] }],
    topics: [],
    relatedEvents: [],
    source: { name: 'DKNews.kz', url: null },
    publishedAt: null,
    updatedAt: createdAt,
    createdAt,
    submittedBy: 'bench',
    warnings: [],
  };
}

const stored = (record: MeetingRecord): StoredMeeting => ({ record, sourceReceivedAt: record.createdAt, fingerprint: fingerprintOf(record) });

/** Counts the items each DynamoDB call returns: what a publish reads, whatever the table holds. */
function countItemsRead(client: ReturnType<typeof createDocumentClient>) {
  const counter = { items: 0 };
  client.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      const output = result.output as { Item?: unknown; Items?: unknown[]; Responses?: Record<string, unknown[]> };
      counter.items += (output.Item ? 1 : 0) + (output.Items?.length ?? 0) + Object.values(output.Responses ?? {}).reduce((n, items) => n + items.length, 0);
      return result;
    },
    { step: 'initialize', name: 'countItemsRead' },
  );
  return counter;
}

async function measure(size: number): Promise<{ ms: number; items: number; seedSeconds: number }> {
  const s3Dir = mkdtempSync(join(tmpdir(), 'bench-publish-'));
  const emulators = await startEmulators({ s3Dir });
  try {
    const names = { table: 'meetings', rawBucket: 'raw', siteBucket: 'site' };
    await provisionLocalResources({ dynamodbEndpoint: emulators.dynamodbEndpoint, s3Endpoint: emulators.s3Endpoint, names });
    const client = createDocumentClient(emulators.dynamodbEndpoint);
    const meetings = new MeetingStore(client, names.table);
    const siteStore = new SiteStore(createS3Client(emulators.s3Endpoint), names.siteBucket);

    // Seed: `size` meetings over the 36 months before the current one.
    const seedStart = Date.now();
    const span = 36 * 30 * 24 * 3600 * 1000;
    const monthStart = Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth(), 1);
    const batch: StoredMeeting[] = [];
    for (let i = 0; i < size; i += 1) {
      batch.push(stored(makeRecord(i, new Date(monthStart - span + Math.floor((span * i) / size)).toISOString())));
      if (batch.length === 1000) await meetings.importMeetings(batch.splice(0));
    }
    await meetings.importMeetings(batch);
    const seedSeconds = (Date.now() - seedStart) / 1000;

    let tick = 0;
    const now = () => {
      tick += 1000;
      return new Date(NOW.getTime() + tick);
    };
    const publish = createPublishHandler({ meetings, site: siteStore, feedSite: site, now });
    // A first publish writes every archive page once: the state any long-running site is in.
    await publish({ Records: [] } as unknown as SQSEvent);

    const counter = countItemsRead(client);
    const times: number[] = [];
    const reads: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const record = makeRecord(size + run, now().toISOString());
      await meetings.saveMeeting(stored(record), null);
      counter.items = 0;
      const start = process.hrtime.bigint();
      await publish({ Records: [{ messageId: `r${run}`, body: JSON.stringify({ meetingIds: [record.id] }) }] } as unknown as SQSEvent);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      reads.push(counter.items);
    }
    return { ms: median(times), items: median(reads), seedSeconds };
  } finally {
    await emulators.stop();
    rmSync(s3Dir, { recursive: true, force: true });
  }
}

// The handlers log a JSON line per publish; the benchmark prints only its own lines.
const print = console.log.bind(console);
console.log = () => {};

print(`publish after one new meeting (median of ${RUNS}), dynalite + s3rver in process:`);
const results: { size: number; ms: number; items: number }[] = [];
for (const size of SIZES) {
  const result = await measure(size);
  results.push({ size, ...result });
  print(`  ${String(size).padStart(7)} stored: ${ms(result.ms).padStart(9)}, ${result.items} items read  (seeded in ${result.seedSeconds.toFixed(0)} s)`);
}
const [small, large] = [results[0], results.at(-1)];
if (small && large && small !== large) {
  print(`  ratio ${large.size} / ${small.size}: time ×${(large.ms / small.ms).toFixed(2)}, items read ×${(large.items / small.items).toFixed(2)}  [target <= 1.3]`);
}

const fifty = Array.from({ length: 50 }, (_, i) => makeRecord(i, new Date(NOW.getTime() - i * 60_000).toISOString()));
const atomMs = median(timeRuns(() => renderAtomFeed(fifty, site), 25, 3));
const jsonMs = median(timeRuns(() => renderJsonFeed(fifty, site), 25, 3));
const kib = (text: string) => (Buffer.byteLength(text) / 1024).toFixed(0);
print(`current feeds, 50 entries of ${kib(fifty[0]!.contentHtml)} KiB content each (median of 25 renders):`);
print(`  Atom ${ms(atomMs)}, ${kib(renderAtomFeed(fifty, site))} KiB; JSON Feed ${ms(jsonMs)}, ${kib(renderJsonFeed(fifty, site))} KiB  [each < 512 KiB]`);
