// The browse pages (per organisation, country and month) and a retracted meeting's notice, as the real
// publish handler writes them into the emulated site bucket.

import { describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../functions/core/record/record.ts';
import { fingerprintOf } from '../../functions/core/record/record-fingerprint.ts';
import { siteResponse } from '../../functions/local/site-route.ts';
import { createHarness, type Harness } from '../support/pipeline-harness.ts';
import { makeRecord } from '../support/record-factory.ts';

const site = (path: string) => `https://feeds.example.org/${path}`;
const nato = { organizations: [{ name: 'NATO', mentions: [] }], location: { city: 'Paris', country: 'France', countryCode: 'FR' } };

/** The page's meeting links, in order. */
function meetingLinks(html: string): string[] {
  return [...html.matchAll(/<h2><a href="https:\/\/feeds\.example\.org\/meetings\/([^"]+)\.html">/g)].map((match) => match[1]!);
}

async function importNovember(harness: Harness, count: number, overrides: Partial<MeetingRecord> = {}): Promise<void> {
  const records = Array.from({ length: count }, (_, n) => {
    const createdAt = new Date(Date.UTC(2026, 10, 2, 0, n)).toISOString();
    return makeRecord({ id: `m-nov-${String(n).padStart(4, '0')}`, title: `November meeting ${n}`, createdAt, updatedAt: createdAt, ...overrides });
  });
  await harness.resources.adapters.meetings.importMeetings(records.map((record) => ({ record, sourceReceivedAt: record.createdAt, fingerprint: fingerprintOf(record) })));
}

describe('Publishing: browse pages', () => {
  it('writes a page per organisation, country and month listing its meetings newest first, with its feeds, linked from the home page', async () => {
    // Prepare
    const harness = await createHarness();
    harness.at('2026-11-20T10:00:00Z');
    const first = await harness.submit({ text: 'The ministers met in Paris.', title: 'First talks', language: 'en', meeting: nato });
    harness.at('2026-11-21T10:00:00Z');
    const second = await harness.submit({ text: 'The ministers met in Paris again.', title: 'Second talks', language: 'en', meeting: nato });

    // Act
    await harness.publish();

    // Assess
    const org = (await harness.read('browse/org/nato.html'))!;
    expect(meetingLinks(org)).toEqual([second.meetingId, first.meetingId]);
    expect(org).toContain('<html lang="en">');
    expect(org).toContain('<h1>Meetings: NATO</h1>');
    expect(org).toContain(`<link rel="alternate" type="application/atom+xml" title="Atom feed" href="${site('feeds/by/org/nato.atom')}">`);
    expect(org).toContain(`<link rel="alternate" type="application/feed+json" title="JSON Feed" href="${site('feeds/by/org/nato.json')}">`);
    expect(meetingLinks((await harness.read('browse/country/fr.html'))!)).toEqual([second.meetingId, first.meetingId]);
    const month = (await harness.read('browse/month/2026-11.html'))!;
    expect(meetingLinks(month)).toEqual([second.meetingId, first.meetingId]);
    expect(month).toContain('<h1>Meetings: November 2026</h1>');
    expect(month).toContain(`href="${site('feeds/archive/2026-11.atom')}"`);
    // Languages have feeds, not pages.
    expect(await harness.read('browse/language/en.html')).toBeNull();
    const home = (await harness.read('index.html'))!;
    for (const path of ['browse/org/nato.html', 'browse/country/fr.html', 'browse/month/2026-11.html']) expect(home).toContain(`href="${site(path)}"`);
    const meeting = (await harness.read(`meetings/${first.meetingId}.html`))!;
    expect(meeting).toContain(`<a href="${site('browse/org/nato.html')}">NATO</a>`);
  });

  it('pages a busy month as its archive feed is paged, linked newer and older', async () => {
    // Prepare
    const harness = await createHarness();
    harness.at('2026-11-20T10:00:00Z');
    await importNovember(harness, 250);

    // Act
    await harness.publish();

    // Assess: the same pages as feeds/archive/2026-11{,-p2,-p3}.atom, newest first within each.
    const [p1, p2, p3] = await Promise.all(['browse/month/2026-11.html', 'browse/month/2026-11-p2.html', 'browse/month/2026-11-p3.html'].map((key) => harness.read(key)));
    expect(meetingLinks(p1!)).toHaveLength(100);
    expect(meetingLinks(p1!)[0]).toBe('m-nov-0099');
    expect(meetingLinks(p2!)).toHaveLength(100);
    expect(meetingLinks(p3!)).toHaveLength(50);
    expect(meetingLinks(p3!)[0]).toBe('m-nov-0249');
    expect(p2).toContain(`<a rel="prev" href="${site('browse/month/2026-11-p3.html')}">`);
    expect(p2).toContain(`<a rel="next" href="${site('browse/month/2026-11.html')}">`);
    expect(p2).toContain('<h1>Meetings: November 2026, page 2</h1>');
    expect(p3).not.toContain('rel="prev"');
    expect(p1).not.toContain('rel="next"');
  });

  it('pages a group from its oldest meeting, closing a page when it passes 50, and rewrites only what a change touches', async () => {
    // Prepare: 120 NATO meetings, and a publish that pages them.
    const harness = await createHarness();
    harness.at('2026-11-20T10:00:00Z');
    await importNovember(harness, 120, { organizations: [{ name: 'NATO', acronym: null, mentions: [] }] });
    harness.signal(['m-nov-0000']);
    await harness.publish();

    // Assess: p1 and p2 closed with 50 each, p3 open with 20; the front page the newest 50, older continuing at p2.
    const read = async (page: string) => (await harness.read(`browse/org/nato${page}.html`))!;
    expect(meetingLinks(await read('-p1'))).toHaveLength(50);
    expect(meetingLinks(await read('-p1'))[0]).toBe('m-nov-0049');
    expect(meetingLinks(await read('-p2'))[0]).toBe('m-nov-0099');
    expect(meetingLinks(await read('-p3'))).toHaveLength(20);
    const front = await read('');
    expect(meetingLinks(front)).toHaveLength(50);
    expect(meetingLinks(front)[0]).toBe('m-nov-0119');
    expect(front).toContain(`<a rel="next" href="${site('browse/org/nato-p2.html')}">`);
    expect(await read('-p2')).toContain(`<a rel="prev" href="${site('browse/org/nato-p3.html')}">`);
    expect(await read('-p2')).toContain('<h1>Meetings: NATO, page 2</h1>');

    // Act: one new NATO meeting, then a correction of one in p1.
    harness.at('2026-11-21T10:00:00Z');
    await harness.submit({ text: 'The ministers met in Paris.', title: 'New talks', language: 'en', meeting: nato });
    const afterNew = await harness.publish();
    harness.at('2026-11-21T11:00:00Z');
    await harness.retract('m-nov-0003', 'Duplicate');
    const afterRetraction = await harness.publish();

    // Assess
    expect(afterNew.filter((key) => key.startsWith('browse/org/'))).toEqual(['browse/org/nato-p3.html', 'browse/org/nato.html']);
    // The front page lists the newest 50: a retraction in p1 does not change its bytes.
    expect(afterRetraction.filter((key) => key.startsWith('browse/org/'))).toEqual(['browse/org/nato-p1.html']);
    expect(meetingLinks(await read('-p1'))).not.toContain('m-nov-0003');
    expect(meetingLinks(await read('-p3'))).toHaveLength(21);
  });

  it('replaces a retracted meeting page by a notice marked gone (410 locally) and takes it off the browse pages', async () => {
    // Prepare
    const harness = await createHarness();
    harness.at('2026-11-20T10:00:00Z');
    const kept = await harness.submit({ text: 'The ministers met in Paris.', title: 'Kept talks', language: 'en', meeting: nato });
    const gone = await harness.submit({ text: 'The ministers met in Paris secretly.', title: 'Secret talks', language: 'en', meeting: nato });
    await harness.publish();

    // Act
    harness.at('2026-11-21T09:00:00Z');
    await harness.retract(gone.meetingId, 'Duplicate');
    await harness.publish();

    // Assess
    const stored = await harness.resources.adapters.site.get(`meetings/${gone.meetingId}.html`);
    if (stored?.status !== 200) throw new Error('the notice is missing');
    expect(stored.gone).toBe(true);
    const notice = Buffer.from(stored.body).toString('utf8');
    expect(notice).toMatch(/This meeting was retracted on <time datetime="2026-11-21T09:00:[\d.]+Z">21 November 2026<\/time>\./);
    expect(notice).toContain('Duplicate');
    expect(notice).not.toContain('Secret');
    expect(siteResponse(stored).statusCode).toBe(410);
    const keptPage = await harness.resources.adapters.site.get(`meetings/${kept.meetingId}.html`);
    expect(keptPage?.status === 200 && keptPage.gone).toBeFalsy();
    expect(meetingLinks((await harness.read('browse/org/nato.html'))!)).toEqual([kept.meetingId]);
    expect(meetingLinks((await harness.read('browse/month/2026-11.html'))!)).toEqual([kept.meetingId]);
  });
});
