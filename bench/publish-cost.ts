// Publishing cost must grow with the page, not with the month nor the archive: the time and the
// DynamoDB items read to regenerate the site after one new meeting, with 1,000 meetings stored in the
// current month, 100,000 in the current month, and 100,000 spread over the previous three years,
// measured in the same run against dynalite; plus the publish's peak memory and the current feeds'
// rendering time and sizes.
//
// Each case is seeded and published once in this process (a first publish pages every month: the state
// any long-running site is in); the measured publishes then run in a child process of their own, so
// that its peak memory (maxRSS) is the publish's, not the emulators'.
// Run: npx tsx bench/publish-cost.ts   (CASES=1000:month,100000:month,100000:years by default)

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { SQSEvent } from 'aws-lambda';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ArchiveIndexItems } from '../functions/aws/dynamodb/archive-index.ts';
import { createDocumentClient } from '../functions/aws/dynamodb/document-client.ts';
import { GroupDirectoryItems } from '../functions/aws/dynamodb/group-directory.ts';
import { MeetingItems } from '../functions/aws/dynamodb/meeting-items.ts';
import { PublisherStateItem } from '../functions/aws/dynamodb/publisher-state.ts';
import type { StoredMeeting } from '../functions/core/record/meeting-repository.ts';
import { createS3Client } from '../functions/aws/s3-client.ts';
import { SiteStore } from '../functions/aws/site-store.ts';
import type { MeetingRecord } from '../functions/core/record/record.ts';
import { fingerprintOf } from '../functions/core/record/record-fingerprint.ts';
import { renderAtomFeed, renderJsonFeed } from '../functions/core/publish/render-feeds.ts';
import { createPublishHandler } from '../functions/handlers/publish.ts';
import { startEmulators } from '../functions/local/emulators.ts';
import { provisionLocalResources } from '../functions/local/provision.ts';
import { median, ms, timeRuns } from './stats.ts';
const CASES = (process.env.CASES ?? '1000:month,100000:month,100000:years').split(',').map((spec) => {
  const [size = '1000', spread = 'month'] = spec.split(':');
  return { size: Number(size), spread: spread === 'years' ? ('years' as const) : ('month' as const) };
});
const names = { table: 'meetings', rawBucket: 'raw', siteBucket: 'site' };
const RUNS = 11;
const WARMUP = 2;
/**
 * The measuring process gets a V8 heap of this size, as a 256 MB Lambda function would (its heap is a
 * part of the function's memory): a publish that needed more would fail here, not just grow.
 */
const HEAP_MB = 160;
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

/** The table adapters publish takes, over one client. */
function tableAdapters(client: DynamoDBDocumentClient) {
  return {
    meetings: new MeetingItems(client, names.table),
    archive: new ArchiveIndexItems(client, names.table),
    publisherState: new PublisherStateItem(client, names.table),
    directory: new GroupDirectoryItems(client, names.table),
  };
}

/** Counts the items each DynamoDB call returns: what a publish reads, whatever the table holds. */
function countItemsRead(client: ReturnType<typeof createDocumentClient>) {
  const counter = { items: 0, calls: 0 };
  client.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      const output = result.output as { Item?: unknown; Items?: unknown[]; Responses?: Record<string, unknown[]> };
      counter.calls += 1;
      counter.items += (output.Item ? 1 : 0) + (output.Items?.length ?? 0) + Object.values(output.Responses ?? {}).reduce((n, items) => n + items.length, 0);
      return result;
    },
    { step: 'initialize', name: 'countItemsRead' },
  );
  return counter;
}

interface Measured {
  ms: number;
  /** CPU time of the publishing process itself (what the emulators spend answering it is not in it). */
  cpuMs: number;
  items: number;
  /** DynamoDB and S3 requests the publish sends. */
  calls: number;
  /** Peak resident set of the process that ran the publishes, and what it held before the first. */
  peakMb: number;
  startMb: number;
}

/** Seeds a case, publishes once, then measures RUNS publishes in a child process. */
async function measure(size: number, spread: 'month' | 'years'): Promise<Measured & { seedSeconds: number; firstSeconds: number }> {
  const s3Dir = mkdtempSync(join(tmpdir(), 'bench-publish-'));
  const emulators = await startEmulators({ s3Dir });
  try {
    await provisionLocalResources({ dynamodbEndpoint: emulators.dynamodbEndpoint, s3Endpoint: emulators.s3Endpoint, names });
    const tables = tableAdapters(createDocumentClient(emulators.dynamodbEndpoint));
    const { meetings } = tables;
    const siteStore = new SiteStore(createS3Client(emulators.s3Endpoint), names.siteBucket);

    // Seed: `size` meetings before now, in the current month (from its first day) or over the 36 months before it.
    const seedStart = Date.now();
    const monthStart = Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth(), 1);
    const from = spread === 'month' ? monthStart : monthStart - 36 * 30 * 24 * 3600 * 1000;
    const span = (spread === 'month' ? NOW.getTime() - 3600_000 : monthStart) - from;
    const batch: StoredMeeting[] = [];
    for (let i = 0; i < size; i += 1) {
      batch.push(stored(makeRecord(i, new Date(from + Math.floor((span * i) / size)).toISOString())));
      if (batch.length === 1000) await meetings.importMeetings(batch.splice(0));
    }
    await meetings.importMeetings(batch);
    const seedSeconds = (Date.now() - seedStart) / 1000;

    const firstStart = Date.now();
    const publish = createPublishHandler({ ...tables, site: siteStore, feedSite: site, now: () => NOW });
    await publish({ Records: [] } as unknown as SQSEvent);
    const firstSeconds = (Date.now() - firstStart) / 1000;

    // The emulators answer the child from this process: collect the seeding's garbage first, so that a
    // full collection of this large heap does not land in the middle of the measured publishes.
    collectGarbage();
    // Run the child without blocking the event loop.
    const child = await new Promise<string>((resolve, reject) => {
      const proc = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', fileURLToPath(import.meta.url)], {
        env: { ...process.env, PUBLISH_COST_CHILD: JSON.stringify({ size, dynamodb: emulators.dynamodbEndpoint, s3: emulators.s3Endpoint }) },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      proc.stdout.on('data', (chunk) => (out += chunk));
      proc.on('error', reject);
      proc.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`measuring child exited with ${code}`))));
    });
    const result = JSON.parse(child.trim().split('\n').at(-1)!) as Measured;
    return { ...result, seedSeconds, firstSeconds };
  } finally {
    await emulators.stop();
    rmSync(s3Dir, { recursive: true, force: true });
  }
}

/** A full garbage collection, without starting Node with --expose-gc. */
function collectGarbage(): void {
  setFlagsFromString('--expose_gc');
  (runInNewContext('gc') as () => void)();
}

/**
 * This process's peak resident set. Linux's VmHWM belongs to the process's own address space;
 * getrusage's maxRSS is not used there because exec carries over the peak of the process that
 * spawned it (here the parent, with 100,000 meetings in its emulators).
 */
function peakRssMb(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) / 1024;
  } catch {
    // Not Linux: fall through.
  }
  return process.resourceUsage().maxRSS / 1024;
}

/** In the child: RUNS times, save one new meeting and publish it, as normalise and publish would. */
async function measureInChild(settings: { size: number; dynamodb: string; s3: string }): Promise<Measured> {
  const client = createDocumentClient(settings.dynamodb);
  const tables = tableAdapters(client);
  const { meetings } = tables;
  const s3 = createS3Client(settings.s3);
  const siteStore = new SiteStore(s3, names.siteBucket);
  let tick = 0;
  const now = () => {
    tick += 1000;
    return new Date(NOW.getTime() + tick);
  };
  const publish = createPublishHandler({ ...tables, site: siteStore, feedSite: site, now });
  const startMb = process.memoryUsage().rss / 2 ** 20;
  const counter = countItemsRead(client);
  const s3Calls = { count: 0 };
  s3.middlewareStack.add(
    (next) => async (args) => {
      s3Calls.count += 1;
      return next(args);
    },
    { step: 'initialize', name: 'countS3Calls' },
  );
  const times: number[] = [];
  const cpu: number[] = [];
  const reads: number[] = [];
  const calls: number[] = [];
  // Two publishes first, unmeasured: a warm container, as most invocations are.
  for (let run = -WARMUP; run < RUNS; run += 1) {
    const record = makeRecord(settings.size + WARMUP + run, now().toISOString());
    await meetings.saveMeeting(stored(record), null);
    counter.items = 0;
    counter.calls = 0;
    s3Calls.count = 0;
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    await publish({ Records: [{ messageId: `r${run}`, body: JSON.stringify({ meetingIds: [record.id] }) }] } as unknown as SQSEvent);
    if (run < 0) continue;
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    reads.push(counter.items);
    calls.push(counter.calls + s3Calls.count);
  }
  return { ms: median(times), cpuMs: median(cpu), items: median(reads), calls: median(calls), peakMb: peakRssMb(), startMb };
}

// The handlers log a JSON line per publish; the benchmark prints only its own lines.
const print = console.log.bind(console);
console.log = () => {};

if (process.env.PUBLISH_COST_CHILD) {
  print(JSON.stringify(await measureInChild(JSON.parse(process.env.PUBLISH_COST_CHILD))));
  process.exit(0);
}

print(`publish after one new meeting (median of ${RUNS}), dynalite + s3rver; publishes measured in a process of their own:`);
const results: (Measured & { label: string })[] = [];
for (const { size, spread } of CASES) {
  const result = await measure(size, spread);
  const label = `${size.toLocaleString('en')} ${spread === 'month' ? 'in one month' : 'over 3 years'}`;
  results.push({ label, ...result });
  print(
    `  ${label.padStart(22)}: ${ms(result.ms).padStart(9)} (CPU ${ms(result.cpuMs)}), ${String(result.items).padStart(4)} items read in ${result.calls} requests, peak memory ${result.peakMb.toFixed(0)} MB (${result.startMb.toFixed(0)} MB before the first publish; heap limit ${HEAP_MB} MB)  [seeded in ${result.seedSeconds.toFixed(0)} s, first publish ${result.firstSeconds.toFixed(0)} s]`,
  );
}
const [base, ...others] = results;
for (const other of base ? others : []) {
  print(
    `  ratio ${other.label} / ${base!.label}: time ×${(other.ms / base!.ms).toFixed(2)} (CPU ×${(other.cpuMs / base!.cpuMs).toFixed(2)}), items read ×${(other.items / base!.items).toFixed(2)}, requests ×${(other.calls / base!.calls).toFixed(2)}  [target <= 1.3]`,
  );
}
print(`  peak memory of the publishing process: ${Math.max(...results.map((result) => result.peakMb)).toFixed(0)} MB  [target <= 256 MB]`);

const fifty = Array.from({ length: 50 }, (_, i) => makeRecord(i, new Date(NOW.getTime() - i * 60_000).toISOString()));
const atomMs = median(timeRuns(() => renderAtomFeed(fifty, site), 25, 3));
const jsonMs = median(timeRuns(() => renderJsonFeed(fifty, site), 25, 3));
const kib = (text: string) => (Buffer.byteLength(text) / 1024).toFixed(0);
print(`current feeds, 50 entries of ${kib(fifty[0]!.contentHtml)} KiB content each (median of 25 renders):`);
print(`  Atom ${ms(atomMs)}, ${kib(renderAtomFeed(fifty, site))} KiB; JSON Feed ${ms(jsonMs)}, ${kib(renderJsonFeed(fifty, site))} KiB  [each < 512 KiB]`);
