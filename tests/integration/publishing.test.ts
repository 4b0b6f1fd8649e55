// Publishing against the emulators: RFC 5005 monthly archives (walked end to end), RFC 6721
// retractions, topic feeds, the feed index and WebSub, through the real handlers and stores.

import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { WebSubHub } from '../../functions/aws/websub-hub.ts';
import { fingerprintOf } from '../../functions/core/record/record-fingerprint.ts';
import type { MeetingRecord } from '../../functions/core/record/record.ts';
import { createRetractHandler } from '../../functions/handlers/retract.ts';
import { validateAtom } from '../support/atom-validator.ts';
import { validateJsonFeed } from '../support/json-feed-validator.ts';
import { apiEvent, createHarness, type Harness } from '../support/pipeline-harness.ts';
import { makeRecord } from '../support/record-factory.ts';
import { validateRecord } from '../support/record-validator.ts';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['entry', 'link', 'at:deleted-entry'].includes(name) });

interface AtomLink {
  rel?: string;
  href: string;
}
interface AtomDocument {
  ids: string[];
  tombstones: string[];
  links: Record<string, string>;
  complete: boolean;
}

function parseAtom(text: string): AtomDocument {
  const feed = xml.parse(text).feed as {
    entry?: { id: string }[];
    link?: AtomLink[];
    'fh:archive'?: unknown;
    'at:deleted-entry'?: { ref: string }[];
  };
  return {
    ids: (feed.entry ?? []).map((entry) => entry.id),
    tombstones: (feed['at:deleted-entry'] ?? []).map((tombstone) => tombstone.ref),
    links: Object.fromEntries((feed.link ?? []).map((link) => [link.rel ?? 'alternate', link.href])),
    complete: 'fh:archive' in feed,
  };
}

function article(title: string, extra: Record<string, unknown> = {}) {
  return { text: `${title}. The ministers met in Paris and held talks on trade.`, title, language: 'en', ...extra };
}

/** Follows prev-archive from the current feed, RFC 5005 style: the newest document's copy of an entry wins. */
async function walkHistory(harness: Harness): Promise<{ ids: string[]; documents: string[] }> {
  const seen = new Set<string>();
  const documents: string[] = [];
  let key: string | null = 'feeds/meetings.atom';
  while (key) {
    const text = await harness.read(key);
    if (text === null) throw new Error(`${key} is linked but missing`);
    documents.push(key);
    const document = parseAtom(text);
    for (const id of document.ids) seen.add(id);
    const prev = document.links['prev-archive'];
    key = prev ? prev.slice(harness.siteUrl.length + 1) : null;
    if (documents.length > 100) throw new Error('prev-archive links loop');
  }
  return { ids: [...seen], documents };
}

const entryIdOf = (meetingId: string) => `tag:feeds.example.org,2026:meeting:${meetingId}`;

describe('Publishing: RFC 5005 monthly archives', () => {
  it('returns every published meeting exactly once when the history is walked through prev-archive links', async () => {
    const harness = await createHarness();
    const ids: string[] = [];
    // Three past months, then a burst of 55 in the current month: more than the current feed's 50.
    for (const [month, count] of [['2026-08', 3], ['2026-09', 4], ['2026-10', 2], ['2026-11', 55]] as const) {
      for (let i = 0; i < count; i += 1) {
        harness.at(`${month}-${String(10 + (i % 15)).padStart(2, '0')}T10:00:00Z`);
        ids.push((await harness.submit(article(`Meeting ${month} #${i}`))).meetingId);
      }
      await harness.publish();
    }

    const { ids: walked, documents } = await walkHistory(harness);
    expect(walked.sort()).toEqual(ids.map(entryIdOf).sort());
    expect(documents[0]).toBe('feeds/meetings.atom');
    // The 5 oldest November meetings are not in the current feed: its prev-archive is November's page.
    expect(documents[1]).toBe('feeds/archive/2026-11.atom');
    expect(documents.slice(2)).toEqual(['feeds/archive/2026-10.atom', 'feeds/archive/2026-09.atom', 'feeds/archive/2026-08.atom']);

    // Archive pages do not overlap: each holds exactly the meetings first seen in its month.
    const october = parseAtom((await harness.read('feeds/archive/2026-10.atom'))!);
    expect(october.ids).toHaveLength(2);
    const september = parseAtom((await harness.read('feeds/archive/2026-09.atom'))!);
    expect(september.ids).toHaveLength(4);
    expect(september.ids.filter((id) => october.ids.includes(id))).toEqual([]);
  });

  it('marks a month complete once it is over, links its neighbours, and caches complete months longer', async () => {
    const harness = await createHarness();
    harness.at('2026-09-15T10:00:00Z');
    await harness.submit(article('September meeting'));
    await harness.publish();
    expect(parseAtom((await harness.read('feeds/archive/2026-09.atom'))!).complete).toBe(false);

    harness.at('2026-10-02T10:00:00Z');
    await harness.submit(article('October meeting'));
    await harness.publish();
    const september = parseAtom((await harness.read('feeds/archive/2026-09.atom'))!);
    expect(september.complete).toBe(true);
    expect(september.links['next-archive']).toBe('https://feeds.example.org/feeds/archive/2026-10.atom');
    expect(september.links.current).toBe('https://feeds.example.org/feeds/meetings.atom');
    const october = parseAtom((await harness.read('feeds/archive/2026-10.atom'))!);
    expect(october.complete).toBe(false);
    expect(october.links['prev-archive']).toBe('https://feeds.example.org/feeds/archive/2026-09.atom');
    const head = await harness.resources.adapters.site.get('feeds/archive/2026-09.json');
    expect(head?.status === 200 && head.cacheControl).toBe('public, max-age=86400');
    const json = JSON.parse((await harness.read('feeds/archive/2026-10.json'))!);
    expect(json.next_url).toBe('https://feeds.example.org/feeds/archive/2026-09.json');
    expect(json._archive).toMatchObject({ complete: false, prev_archive: 'https://feeds.example.org/feeds/archive/2026-09.json' });
  });

  it('rewrites an archive page only when one of its entries changes', async () => {
    const harness = await createHarness();
    harness.at('2026-08-10T10:00:00Z');
    const august = await harness.submit(article('August meeting', { url: 'https://news.example/aug' }));
    harness.at('2026-09-10T10:00:00Z');
    await harness.submit(article('September meeting'));
    harness.at('2026-10-10T10:00:00Z');
    await harness.submit(article('October meeting'));
    await harness.publish();

    harness.at('2026-10-11T10:00:00Z');
    await harness.submit(article('Another October meeting'));
    const written = await harness.publish();
    expect(written.filter((key) => key.startsWith('feeds/archive/'))).toEqual(['feeds/archive/2026-10.atom', 'feeds/archive/2026-10.json']);

    // A correction to the August meeting rewrites August's page and no other month.
    harness.at('2026-10-12T10:00:00Z');
    await harness.submit(article('August meeting, corrected', { url: 'https://news.example/aug' }));
    const afterCorrection = await harness.publish();
    expect(afterCorrection.filter((key) => key.startsWith('feeds/archive/'))).toEqual(['feeds/archive/2026-08.atom', 'feeds/archive/2026-08.json']);
    expect(await harness.read('feeds/archive/2026-08.atom')).toContain('August meeting, corrected');
    expect(august.meetingId).toBeTruthy();

    expect(await harness.publish()).toEqual([]);
  });
});

describe('Publishing: retractions (RFC 6721)', () => {
  it('turns a retracted meeting into a tombstone in its Atom feeds and removes it from the JSON feeds', async () => {
    const harness = await createHarness();
    harness.at('2026-10-05T10:00:00Z');
    const kept = await harness.submit(article('Kept meeting'));
    const gone = await harness.submit(article('Retracted meeting'));
    await harness.publish();

    harness.at('2026-10-06T10:00:00Z');
    const response = await harness.retract(gone.meetingId, 'Duplicate of another report');
    expect(response.statusCode).toBe(202);
    expect(response.body).toMatchObject({ status: 'retracted', version: 2, retracted: { by: 'alice', reason: 'Duplicate of another report' } });
    await harness.publish();

    for (const key of ['feeds/meetings.atom', 'feeds/archive/2026-10.atom']) {
      const atom = parseAtom((await harness.read(key))!);
      expect(atom.ids).toEqual([entryIdOf(kept.meetingId)]);
      expect(atom.tombstones).toEqual([entryIdOf(gone.meetingId)]);
    }
    const atomText = (await harness.read('feeds/meetings.atom'))!;
    expect(atomText).toContain('<at:comment>Duplicate of another report</at:comment>');
    const json = JSON.parse((await harness.read('feeds/meetings.json'))!);
    expect(json.items.map((item: { _meeting: { id: string } }) => item._meeting.id)).toEqual([kept.meetingId]);
    // The retraction is recorded, not dropped: the record stays, marked.
    const record = JSON.parse((await harness.read(`meetings/${gone.meetingId}.json`))!);
    expect(record).toMatchObject({ id: gone.meetingId, version: 2, retracted: { at: expect.stringMatching(/^2026-10-06/) } });
  });

  it('answers a second retraction without a new version, and an unknown meeting with 404', async () => {
    const harness = await createHarness();
    const { meetingId } = await harness.submit(article('Meeting'));
    await harness.retract(meetingId);
    const again = await harness.retract(meetingId);
    expect(again.body).toMatchObject({ status: 'retracted', version: 2 });
    expect((await harness.retract('m-does-not-exist')).statusCode).toBe(404);
    expect((await harness.retract('../etc')).statusCode).toBe(404);
  });

  it('answers 400 to a body that is not JSON, or a reason that is not a string or is too long, and leaves the meeting as it was', async () => {
    const harness = await createHarness();
    const { meetingId } = await harness.submit(article('Meeting'));
    const retract = createRetractHandler({ meetings: harness.resources.adapters.meetings, publish: { signal: async () => {} } });
    const withBody = (body: string) => retract(apiEvent('DELETE /meetings/{meetingId}', { pathParameters: { meetingId }, body, contentType: 'application/json' }));
    const errorOf = (response: { body?: string }) => (JSON.parse(response.body ?? '{}') as { error: { code: string } }).error.code;

    const notJson = await withBody('reason: duplicate');
    const notString = await withBody(JSON.stringify({ reason: 42 }));
    const tooLong = await withBody(JSON.stringify({ reason: 'x'.repeat(501) }));

    expect([notJson.statusCode, errorOf(notJson)]).toEqual([400, 'invalid_json']);
    expect([notString.statusCode, errorOf(notString)]).toEqual([400, 'invalid_field']);
    expect([tooLong.statusCode, errorOf(tooLong)]).toEqual([400, 'invalid_field']);
    const stored = await harness.resources.adapters.meetings.getMeeting(meetingId);
    expect(stored?.record.version).toBe(1);
    expect(stored?.record.retracted).toBeUndefined();
    expect((await withBody(JSON.stringify({ reason: 'x'.repeat(500) }))).statusCode).toBe(202);
  });

  it('keeps a meeting retracted when its article is resubmitted', async () => {
    const harness = await createHarness();
    const { meetingId } = await harness.submit(article('Meeting', { url: 'https://news.example/r' }));
    await harness.retract(meetingId);
    await harness.submit(article('Meeting, updated', { url: 'https://news.example/r' }));
    const stored = await harness.resources.adapters.meetings.getMeeting(meetingId);
    expect(stored?.record).toMatchObject({ title: 'Meeting, updated', version: 3, retracted: { by: 'alice' } });
  });
});

describe('Publishing: records stored before kind and dateBasis existed', () => {
  it('reads them with both null and publishes them in valid feeds, records and pages', async () => {
    const harness = await createHarness();
    // Stored as an earlier release stored it: the item is the same, the record inside lacks the two fields.
    const { kind: _kind, dateBasis: _dateBasis, ...old } = makeRecord({ id: 'm-old' });
    await harness.resources.adapters.meetings.importMeetings([
      { record: old as MeetingRecord, sourceReceivedAt: old.createdAt, fingerprint: fingerprintOf(old as MeetingRecord) },
    ]);

    const stored = await harness.resources.adapters.meetings.getMeeting('m-old');
    expect(stored?.record).toMatchObject({ id: 'm-old', kind: null, dateBasis: null });
    harness.signal(['m-old']);
    await harness.publish();

    const record = JSON.parse((await harness.read('meetings/m-old.json'))!);
    expect(record).toMatchObject({ kind: null, dateBasis: null });
    expect(validateRecord(record).errors).toEqual([]);
    const json = (await harness.read('feeds/meetings.json'))!;
    expect(validateJsonFeed(json).errors).toEqual([]);
    expect(JSON.parse(json).items.map((item: { _meeting: MeetingRecord }) => item._meeting)).toEqual([record]);
    expect((await validateAtom((await harness.read('feeds/meetings.atom'))!, 'feeds/meetings.atom')).errors).toEqual([]);
    expect(await harness.read('meetings/m-old.html')).toContain('<time datetime="2020-01-14">14 января 2020 г.</time> · <span class="badge held">Состоялась</span>');
  });
});

describe('Publishing: topic feeds and the feed index', () => {
  const icrc = { name: 'Международный комитет Красного Креста', acronym: 'МККК', mentions: [] };
  const location = { city: 'Астана', country: 'Казахстан', countryCode: 'KZ' };

  it('writes per-organisation, per-country and per-language feeds under stable transliterated slugs', async () => {
    const harness = await createHarness();
    const { meetingId } = await harness.submit(article('ICRC visit', { language: 'ru', meeting: { organizations: [icrc], location } }));
    await harness.publish();

    const org = JSON.parse((await harness.read('feeds/by/org/mezhdunarodnyy-komitet-krasnogo-kresta.json'))!);
    expect(org.items.map((item: { _meeting: { id: string } }) => item._meeting.id)).toEqual([meetingId]);
    expect(org.title).toBe('Meetings: Международный комитет Красного Креста');
    expect(parseAtom((await harness.read('feeds/by/country/kz.atom'))!).ids).toEqual([entryIdOf(meetingId)]);
    expect(parseAtom((await harness.read('feeds/by/language/ru.atom'))!).ids).toEqual([entryIdOf(meetingId)]);

    const index = JSON.parse((await harness.read('feeds/index.json'))!);
    expect(index.current.atom).toBe('https://feeds.example.org/feeds/meetings.atom');
    expect(index.organizations).toEqual({ count: 1, pages: 1, first: 'https://feeds.example.org/feeds/index/organizations-1.json' });
    const organizations = JSON.parse((await harness.read('feeds/index/organizations-1.json'))!);
    expect(organizations.items).toEqual([
      {
        slug: 'mezhdunarodnyy-komitet-krasnogo-kresta',
        title: 'Международный комитет Красного Креста',
        atom: 'https://feeds.example.org/feeds/by/org/mezhdunarodnyy-komitet-krasnogo-kresta.atom',
        json: 'https://feeds.example.org/feeds/by/org/mezhdunarodnyy-komitet-krasnogo-kresta.json',
      },
    ]);
    const countries = JSON.parse((await harness.read('feeds/index/countries-1.json'))!);
    expect(countries.items.map((c: { slug: string }) => c.slug)).toEqual(['kz']);
    expect(index.archives.map((a: { month: string }) => a.month)).toEqual(['2026-01']);
  });

  it('drops a meeting from an organisation feed when a correction no longer names that organisation', async () => {
    const harness = await createHarness();
    const url = 'https://news.example/icrc';
    const { meetingId } = await harness.submit(article('ICRC visit', { url, meeting: { organizations: [icrc] } }));
    await harness.publish();
    await harness.submit(article('ICRC visit, corrected', { url, meeting: { organizations: [] } }));
    const written = await harness.publish();
    expect(written).toContain('feeds/by/org/mezhdunarodnyy-komitet-krasnogo-kresta.json');
    const org = JSON.parse((await harness.read('feeds/by/org/mezhdunarodnyy-komitet-krasnogo-kresta.json'))!);
    expect(org.items).toEqual([]);
    expect(meetingId).toBeTruthy();
  });

  it('writes a calendar of dated meetings with the right media type', async () => {
    const harness = await createHarness();
    await harness.submit(article('Dated meeting', { meeting: { date: '2026-12-01', isMeeting: true, status: 'planned' } }));
    await harness.publish();
    const calendar = await harness.resources.adapters.site.get('feeds/meetings.ics');
    expect(calendar?.status === 200 && calendar.contentType).toBe('text/calendar; charset=utf-8');
    expect(await harness.read('feeds/meetings.ics')).toContain('Dated meeting');
  });
});

describe('Publishing: WebSub', () => {
  it('advertises the hub in the feeds and notifies it of the feeds that changed', async () => {
    const pings: URLSearchParams[] = [];
    const hub = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        pings.push(new URLSearchParams(body));
        res.writeHead(204).end();
      });
    });
    hub.listen(0, '127.0.0.1');
    await once(hub, 'listening');
    const hubUrl = `http://127.0.0.1:${(hub.address() as AddressInfo).port}/`;
    try {
      const harness = await createHarness({ hubUrl, hub: new WebSubHub(hubUrl) });
      await harness.submit(article('Hub meeting'));
      await harness.publish();
      expect(parseAtom((await harness.read('feeds/meetings.atom'))!).links.hub).toBe(hubUrl);
      expect(JSON.parse((await harness.read('feeds/meetings.json'))!).hubs).toEqual([{ type: 'WebSub', url: hubUrl }]);
      const topics = pings.map((ping) => ping.get('hub.url'));
      expect(pings.every((ping) => ping.get('hub.mode') === 'publish')).toBe(true);
      expect(topics).toContain('https://feeds.example.org/feeds/meetings.atom');
      expect(topics).toContain('https://feeds.example.org/feeds/meetings.json');
    } finally {
      hub.close();
    }
  });
});
