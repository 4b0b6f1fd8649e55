// What a feed reader sees while a publish run is still writing: after every object the run writes, the site
// is walked from the current feed along prev-archive (RFC 5005) and must hold every meeting published before
// the run exactly once in the archives, link only documents that exist, and never loop. Through the real
// handlers and stores, against the emulators; the bucket is read between two writes of the run.

import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../functions/core/record/record-fingerprint.ts';
import { createHarness, type Harness } from '../support/pipeline-harness.ts';
import { makeRecord } from '../support/record-factory.ts';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['entry', 'link'].includes(name) });
const meetingOf = (entryId: string) => /:meeting:(.+)$/.exec(entryId)?.[1] ?? entryId;

interface Walked {
  key: string;
  ids: string[];
}

/** The current Atom feed, then prev-archive until there is none; a missing linked document is reported. */
async function walkAtom(harness: Harness): Promise<{ documents: Walked[]; problem: string | null }> {
  const documents: Walked[] = [];
  let key: string | null = 'feeds/meetings.atom';
  while (key) {
    if (documents.some((document) => document.key === key)) return { documents, problem: `loop at ${key}` };
    const text = await harness.read(key);
    if (text === null) return { documents, problem: `${key} is linked but missing` };
    const feed = xml.parse(text).feed as { entry?: { id: string }[]; link?: { rel?: string; href: string }[] };
    documents.push({ key, ids: (feed.entry ?? []).map((entry) => meetingOf(entry.id)) });
    const prev = feed.link?.find((link) => link.rel === 'prev-archive')?.href;
    key = prev ? prev.slice(harness.siteUrl.length + 1) : null;
  }
  return { documents, problem: null };
}

/** The current JSON Feed, then next_url until there is none. */
async function walkJson(harness: Harness): Promise<{ documents: Walked[]; problem: string | null }> {
  const documents: Walked[] = [];
  let key: string | null = 'feeds/meetings.json';
  while (key) {
    if (documents.some((document) => document.key === key)) return { documents, problem: `loop at ${key}` };
    const text = await harness.read(key);
    if (text === null) return { documents, problem: `${key} is linked but missing` };
    const feed = JSON.parse(text) as { items?: { _meeting?: { id: string } }[]; next_url?: string };
    documents.push({ key, ids: (feed.items ?? []).map((item) => item._meeting?.id ?? '?') });
    key = feed.next_url ? feed.next_url.slice(harness.siteUrl.length + 1) : null;
  }
  return { documents, problem: null };
}

/** What is wrong with the site as a reader would find it now, given the meetings it must hold. */
async function readerProblems(harness: Harness, published: ReadonlySet<string>): Promise<string[]> {
  const atom = await walkAtom(harness);
  const json = await walkJson(harness);
  return [...walkProblems('Atom', atom.documents, atom.problem, published), ...walkProblems('JSON', json.documents, json.problem, published)];
}

function walkProblems(format: string, documents: Walked[], problem: string | null, published: ReadonlySet<string>): string[] {
  const problems = problem ? [`${format}: ${problem}`] : [];
  const inArchives = new Map<string, number>();
  for (const document of documents.slice(1)) for (const id of document.ids) inArchives.set(id, (inArchives.get(id) ?? 0) + 1);
  const seen = new Set(documents.flatMap((document) => document.ids));
  for (const id of published) if (!seen.has(id)) problems.push(`${format}: ${id} missing`);
  for (const [id, count] of inArchives) if (count > 1) problems.push(`${format}: ${id} in ${count} archive documents`);
  return problems;
}

async function importMeetings(harness: Harness, count: number, at: (n: number) => Date): Promise<string[]> {
  const records = Array.from({ length: count }, (_, n) => {
    const createdAt = at(n).toISOString();
    return makeRecord({ id: `m-${createdAt.slice(0, 19).replace(/\D/g, '')}`, title: `Meeting ${n}`, createdAt, updatedAt: createdAt });
  });
  await harness.resources.adapters.meetings.importMeetings(records.map((record) => ({ record, sourceReceivedAt: record.createdAt, fingerprint: fingerprintOf(record) })));
  return records.map((record) => record.id);
}

describe('Publishing, seen by a reader half-way through a run', () => {
  it('keeps every meeting published before the run reachable exactly once after each object it writes', async () => {
    const published = new Set<string>();
    const seenMidRun: string[] = [];
    let watching = false;
    let writesWatched = 0;
    const harness: Harness = await createHarness({
      afterSiteWrite: async (key) => {
        if (!watching) return;
        writesWatched += 1;
        for (const problem of await readerProblems(harness, published)) seenMidRun.push(`after ${key}: ${problem}`);
      },
    });
    // Meetings stored for the next run: the walk may or may not find them until it is over.
    let incoming: string[] = [];
    const publishWatched = async () => {
      watching = true;
      try {
        await harness.publish();
      } finally {
        watching = false;
      }
      for (const id of incoming) published.add(id);
      incoming = [];
      const problems = await readerProblems(harness, published);
      expect(problems).toEqual([]);
    };

    // A month with a full first page and an open second one.
    harness.at('2026-11-20T10:00:00Z');
    for (const id of await importMeetings(harness, 150, (n) => new Date(Date.UTC(2026, 10, 2, 0, n)))) published.add(id);
    await harness.publish();
    expect(await readerProblems(harness, published)).toEqual([]);

    // One meeting more: the open page grows (and the current feed's window moves on).
    harness.at('2026-11-21T10:00:00Z');
    incoming.push((await harness.submit({ text: 'The ministers met in Paris and held talks on trade.', title: 'One more', language: 'en' })).meetingId);
    await publishWatched();

    // Enough to fill the open page: it closes and a third one opens in the same run.
    harness.at('2026-11-22T10:00:00Z');
    for (const id of await importMeetings(harness, 60, (n) => new Date(Date.UTC(2026, 10, 22, 0, n)))) {
      harness.signal([id]);
      incoming.push(id);
    }
    await publishWatched();

    // Meetings that arrive late: first seen before the closed pages' boundaries and before the open page's start.
    harness.at('2026-11-23T10:00:00Z');
    for (const id of await importMeetings(harness, 3, (n) => new Date(Date.UTC(2026, 10, 2, 0, 30, 30 + n)))) {
      harness.signal([id]);
      incoming.push(id);
    }
    for (const id of await importMeetings(harness, 2, (n) => new Date(Date.UTC(2026, 10, 22, 0, 10, 30 + n)))) {
      harness.signal([id]);
      incoming.push(id);
    }
    await publishWatched();

    // The month ends: November's last page is completed and December's first page opens.
    harness.at('2026-12-02T10:00:00Z');
    incoming.push((await harness.submit({ text: 'The ministers met in Rome and held talks on energy.', title: 'December', language: 'en' })).meetingId);
    await publishWatched();

    expect(writesWatched).toBeGreaterThan(10);
    expect(seenMidRun).toEqual([]);
  }, 120_000);

  it('closes a page between meetings first seen in the same millisecond without putting one in two pages', async () => {
    const harness = await createHarness();
    harness.at('2026-11-20T10:00:00Z');
    // Ids that sort differently by bytes and by locale ('-' before letters, upper case), all at one instant.
    const createdAt = '2026-11-02T00:00:00.000Z';
    const ids = Array.from({ length: 230 }, (_, n) => `m${n % 3 === 0 ? '-' : ''}${(n * 7919).toString(16).padStart(6, '0')}${n % 5 === 0 ? 'A' : 'a'}`);
    const records = ids.map((id, n) => makeRecord({ id, title: `Meeting ${n}`, createdAt, updatedAt: createdAt }));
    await harness.resources.adapters.meetings.importMeetings(records.map((record) => ({ record, sourceReceivedAt: createdAt, fingerprint: fingerprintOf(record) })));
    await harness.publish();
    // Then one at a time, so the open page also closes in a later run.
    harness.at('2026-11-21T10:00:00Z');
    const late = Array.from({ length: 80 }, (_, n) => makeRecord({ id: `m-late-${String(n).padStart(3, '0')}`, title: `Late ${n}`, createdAt, updatedAt: createdAt }));
    await harness.resources.adapters.meetings.importMeetings(late.map((record) => ({ record, sourceReceivedAt: createdAt, fingerprint: fingerprintOf(record) })));
    harness.signal(late.map((record) => record.id));
    await harness.publish();

    expect(await readerProblems(harness, new Set([...ids, ...late.map((record) => record.id)]))).toEqual([]);
  }, 120_000);
});

