// Archive pages of bounded size within a month (RFC 5005 paged archives), the paged topic-group
// directory, and a publish that fails soft on a meeting it cannot render: through the real handlers
// and stores, against the emulators.

import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_PAGE_ENTRIES } from '../../functions/core/publish/archive-pages.ts';
import { nextVersion } from '../../functions/core/record/next-version.ts';
import { fingerprintOf } from '../../functions/core/record/record-fingerprint.ts';
import type { MeetingRecord } from '../../functions/core/record/record.ts';
import type { Telemetry } from '../../functions/handlers/telemetry.ts';
import { validateAtom } from '../support/atom-validator.ts';
import { validateJsonFeed } from '../support/json-feed-validator.ts';
import { createHarness, type Harness } from '../support/pipeline-harness.ts';
import { makeRecord } from '../support/record-factory.ts';
import { atomFindings, jsonFeedFindings, jsonStrings } from '../support/site-checks.ts';
import { readBucket } from '../support/site-scenario.ts';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['entry', 'link'].includes(name) });

function parseAtom(text: string) {
  const feed = xml.parse(text).feed as { entry?: { id: string }[]; link?: { rel?: string; href: string }[]; 'fh:archive'?: unknown };
  return {
    ids: (feed.entry ?? []).map((entry) => entry.id),
    links: Object.fromEntries((feed.link ?? []).map((link) => [link.rel ?? 'alternate', link.href])),
    complete: 'fh:archive' in feed,
  };
}

const entryIdOf = (meetingId: string) => `tag:feeds.example.org,2026:meeting:${meetingId}`;
const site = (path: string) => `https://feeds.example.org/${path}`;

/** `count` meetings first seen in November 2026, a minute apart from `from`, stored as a bulk import stores them. */
async function importNovember(harness: Harness, from: number, count: number): Promise<string[]> {
  const records = Array.from({ length: count }, (_, i) => {
    const n = from + i;
    const createdAt = new Date(Date.UTC(2026, 10, 2, 0, n)).toISOString();
    return makeRecord({ id: `m-nov-${String(n).padStart(4, '0')}`, title: `November meeting ${n}`, createdAt, updatedAt: createdAt });
  });
  await harness.resources.adapters.meetings.importMeetings(records.map((record) => ({ record, sourceReceivedAt: record.createdAt, fingerprint: fingerprintOf(record) })));
  return records.map((record) => record.id);
}

/** Follows prev-archive from the current feed; counts how often each entry id is met in the archive pages. */
async function walk(harness: Harness) {
  const documents: { key: string; ids: string[]; complete: boolean; links: Record<string, string> }[] = [];
  let key: string | null = 'feeds/meetings.atom';
  while (key) {
    const text = await harness.read(key);
    if (text === null) throw new Error(`${key} is linked but missing`);
    const document = parseAtom(text);
    documents.push({ key, ...document });
    const prev = document.links['prev-archive'];
    key = prev ? prev.slice(harness.siteUrl.length + 1) : null;
    if (documents.length > 200) throw new Error('prev-archive links loop');
  }
  return documents;
}

describe('Publishing: archive pages within a month', () => {
  it('splits a busy month into pages of at most 100 entries that a walk from the current feed reads once each', async () => {
    const harness = await createHarness();
    harness.at('2026-11-20T10:00:00Z');
    const ids = await importNovember(harness, 0, 250);
    await harness.publish();

    const documents = await walk(harness);
    expect(documents.map((document) => document.key)).toEqual([
      'feeds/meetings.atom',
      'feeds/archive/2026-11-p3.atom',
      'feeds/archive/2026-11-p2.atom',
      'feeds/archive/2026-11.atom',
    ]);
    const pages = documents.slice(1);
    expect(pages.map((page) => page.ids.length)).toEqual([50, ARCHIVE_PAGE_ENTRIES, ARCHIVE_PAGE_ENTRIES]);
    // Every meeting in exactly one archive page; the pages hold the month in order.
    const archived = pages.flatMap((page) => page.ids);
    expect(archived).toHaveLength(250);
    expect(new Set(archived)).toEqual(new Set(ids.map(entryIdOf)));
    expect(pages.at(-1)!.ids).toContain(entryIdOf('m-nov-0000'));
    expect(pages.at(-1)!.ids).toContain(entryIdOf('m-nov-0099'));
    expect(pages.at(-1)!.ids).not.toContain(entryIdOf('m-nov-0100'));
    // Full pages are complete (their entries are final); the last one is open while the month lasts.
    expect(pages.map((page) => page.complete)).toEqual([false, true, true]);
    expect(pages[1]!.links['next-archive']).toBe(site('feeds/archive/2026-11-p3.atom'));
    expect(pages[2]!.links['next-archive']).toBe(site('feeds/archive/2026-11-p2.atom'));
    for (const key of ['feeds/archive/2026-11-p2.atom', 'feeds/archive/2026-11-p3.atom']) {
      expect((await validateAtom((await harness.read(key))!, key)).errors).toEqual([]);
    }
    const json = (await harness.read('feeds/archive/2026-11-p2.json'))!;
    expect(validateJsonFeed(json).errors).toEqual([]);
    expect(JSON.parse(json).next_url).toBe(site('feeds/archive/2026-11.json'));
    const index = JSON.parse((await harness.read('feeds/index.json'))!);
    expect(index.archives).toEqual([expect.objectContaining({ month: '2026-11', pages: 3, atom: site('feeds/archive/2026-11.atom') })]);
  });

  it('closes the open page when a new meeting fills it, rewriting only that page and the new one', async () => {
    const harness = await createHarness();
    harness.at('2026-11-20T10:00:00Z');
    await importNovember(harness, 0, 100);
    await harness.publish();
    expect(parseAtom((await harness.read('feeds/archive/2026-11.atom'))!)).toMatchObject({ complete: false });
    expect(await harness.read('feeds/archive/2026-11-p2.atom')).toBeNull();

    harness.at('2026-11-21T10:00:00Z');
    const { meetingId } = await harness.submit({ text: 'The ministers met in Paris and held talks on trade.', title: 'The 101st', language: 'en' });
    const written = await harness.publish();
    expect(written.filter((key) => key.startsWith('feeds/archive/')).sort()).toEqual([
      'feeds/archive/2026-11-p2.atom',
      'feeds/archive/2026-11-p2.json',
      'feeds/archive/2026-11.atom',
      'feeds/archive/2026-11.json',
    ]);
    const first = parseAtom((await harness.read('feeds/archive/2026-11.atom'))!);
    expect(first).toMatchObject({ complete: true });
    expect(first.ids).toHaveLength(100);
    expect(first.links['next-archive']).toBe(site('feeds/archive/2026-11-p2.atom'));
    const second = parseAtom((await harness.read('feeds/archive/2026-11-p2.atom'))!);
    expect(second).toMatchObject({ ids: [entryIdOf(meetingId)], complete: false });
    expect(second.links['prev-archive']).toBe(site('feeds/archive/2026-11.atom'));

    // A correction of a meeting in the closed page rewrites that page alone.
    harness.at('2026-11-22T10:00:00Z');
    const old = (await harness.resources.adapters.meetings.getMeeting('m-nov-0005'))!;
    const corrected = nextVersion(old, { ...old.record, title: 'Corrected title', updatedAt: '2026-11-22T10:00:00.000Z' }, old.sourceReceivedAt)!;
    await harness.resources.adapters.meetings.saveMeeting(corrected, old);
    harness.signal(['m-nov-0005']);
    const afterCorrection = await harness.publish();
    expect(afterCorrection.filter((key) => key.startsWith('feeds/archive/')).sort()).toEqual(['feeds/archive/2026-11.atom', 'feeds/archive/2026-11.json']);
    expect(await harness.read('feeds/archive/2026-11.atom')).toContain('Corrected title');
  });

  it('marks the last page of a month complete and links it to the next month when the month ends', async () => {
    const harness = await createHarness();
    harness.at('2026-11-20T10:00:00Z');
    await importNovember(harness, 0, 130);
    await harness.publish();
    harness.at('2026-12-02T10:00:00Z');
    const { meetingId } = await harness.submit({ text: 'The ministers met in Paris and held talks on trade.', title: 'December talks', language: 'en' });
    const written = await harness.publish();
    expect(written.filter((key) => key.startsWith('feeds/archive/')).sort()).toEqual([
      'feeds/archive/2026-11-p2.atom',
      'feeds/archive/2026-11-p2.json',
      'feeds/archive/2026-12.atom',
      'feeds/archive/2026-12.json',
    ]);
    const last = parseAtom((await harness.read('feeds/archive/2026-11-p2.atom'))!);
    expect(last).toMatchObject({ complete: true });
    expect(last.links['next-archive']).toBe(site('feeds/archive/2026-12.atom'));
    const december = parseAtom((await harness.read('feeds/archive/2026-12.atom'))!);
    expect(december.ids).toEqual([entryIdOf(meetingId)]);
    expect(december.links['prev-archive']).toBe(site('feeds/archive/2026-11-p2.atom'));
    // The current feed holds December's meeting and November's newest 49; the pages behind it the rest.
    const walked = new Set((await walk(harness)).flatMap((document) => document.ids));
    expect(walked.size).toBe(131);
    expect(walked).toContain(entryIdOf('m-nov-0000'));
    expect(walked).toContain(entryIdOf(meetingId));
  });
});

describe('Publishing: a site with paged archives, checked whole', () => {
  it('passes every Atom and JSON document through the validators, and its index links only documents that exist', async () => {
    const harness = await createHarness();
    harness.at('2026-10-20T10:00:00Z');
    await harness.submit({ text: 'The ministers met in Oslo.', title: 'October talks', language: 'en', meeting: { organizations: [{ name: 'NATO', mentions: [] }] } });
    await harness.publish();
    harness.at('2026-11-20T10:00:00Z');
    await importNovember(harness, 0, 205);
    await harness.submit({ text: 'The ministers met in Paris.', title: 'November talks', language: 'en' });
    await harness.publish();

    const files = await readBucket(harness.resources);
    const keys = new Set(files.map((file) => file.key));
    expect([...keys].filter((key) => key.startsWith('feeds/archive/')).sort()).toEqual([
      'feeds/archive/2026-10.atom',
      'feeds/archive/2026-10.json',
      'feeds/archive/2026-11-p2.atom',
      'feeds/archive/2026-11-p2.json',
      'feeds/archive/2026-11-p3.atom',
      'feeds/archive/2026-11-p3.json',
      'feeds/archive/2026-11.atom',
      'feeds/archive/2026-11.json',
    ]);
    expect(await atomFindings(files)).toEqual({});
    expect(jsonFeedFindings(files)).toEqual({});
    for (const key of ['feeds/index.json', 'feeds/index/organizations-1.json', 'feeds/index/countries-1.json', 'feeds/index/languages-1.json']) {
      const file = files.find((candidate) => candidate.key === key);
      expect(file, key).toBeDefined();
      const urls = jsonStrings(JSON.parse(file!.text)).filter((value) => value.startsWith(`${harness.siteUrl}/`) && value !== `${harness.siteUrl}/`);
      expect(urls.length, key).toBeGreaterThan(0);
      expect(urls.filter((url) => !keys.has(url.slice(harness.siteUrl.length + 1))), key).toEqual([]);
    }
  });
});

describe('Publishing: the topic-group directory', () => {
  it('lists a group once, the first time a meeting names it, and does not rewrite its page after', async () => {
    const harness = await createHarness();
    const nato = { organizations: [{ name: 'НАТО', mentions: [] }] };
    await harness.submit({ text: 'The ministers met in Paris.', title: 'One', language: 'en', meeting: nato });
    const first = await harness.publish();
    expect(first).toContain('feeds/index/organizations-1.json');
    await harness.submit({ text: 'The ministers met in Rome.', title: 'Two', language: 'en', meeting: nato });
    const second = await harness.publish();
    expect(second).not.toContain('feeds/index/organizations-1.json');
    const page = JSON.parse((await harness.read('feeds/index/organizations-1.json'))!);
    expect(page.items.map((item: { slug: string }) => item.slug)).toEqual(['nato']);
  });
});

describe('Publishing fails soft', () => {
  it('leaves out a meeting that cannot be rendered, marks its article failed and logs a metric, and publishes the others', async () => {
    const logged: { level: string; message: string; fields: Record<string, unknown> }[] = [];
    const metrics: [string, number][] = [];
    const telemetry: Telemetry = {
      log: (level, message, fields = {}) => void logged.push({ level, message, fields }),
      metric: (name, value) => void metrics.push([name, value]),
    };
    const harness = await createHarness({ telemetry });
    const url = 'https://news.example/broken';
    const broken = await harness.submit({ text: 'The ministers met in Paris.', title: 'Broken', language: 'en', url });
    const fine = await harness.submit({ text: 'The ministers met in Rome.', title: 'Fine', language: 'en' });
    // The stored record is damaged as a faulty release could leave it: no topics list at all.
    const stored = (await harness.resources.adapters.meetings.getMeeting(broken.meetingId))!;
    const damaged = { ...stored.record, topics: null } as unknown as MeetingRecord;
    await harness.resources.adapters.meetings.importMeetings([{ ...stored, record: damaged }]);

    const written = await harness.publish();
    expect(written).toContain('feeds/meetings.atom');
    expect(written).not.toContain(`meetings/${broken.meetingId}.json`);
    const current = JSON.parse((await harness.read('feeds/meetings.json'))!);
    expect(current.items.map((item: { _meeting: { id: string } }) => item._meeting.id)).toEqual([fine.meetingId]);
    expect(await harness.status(fine.articleId)).toBe('published');
    expect(await harness.status(broken.articleId)).toBe('failed');
    const event = logged.find((line) => line.fields.meetingId === broken.meetingId && line.level === 'error');
    expect(event?.fields.reason).toMatch(/TypeError/);
    expect(metrics.filter(([name]) => name === 'articlesFailed')).toEqual([['articlesFailed', 1]]);
    expect(logged.find((line) => line.message === 'Published')?.fields).toMatchObject({ failed: [broken.meetingId] });
    expect(metrics.find(([name]) => name === 'feedsRewritten')?.[1]).toBeGreaterThan(0);
    expect(metrics.find(([name]) => name === 'bytesWritten')?.[1]).toBeGreaterThan(0);

    // The next publish (another meeting) is not blocked by it either; a correction publishes it.
    await harness.submit({ text: 'The ministers met in Paris again.', title: 'Broken, corrected', language: 'en', url });
    await harness.publish();
    expect(await harness.status(broken.articleId)).toBe('published');
    expect(await harness.read(`meetings/${broken.meetingId}.json`)).toContain('Broken, corrected');
  });
});
