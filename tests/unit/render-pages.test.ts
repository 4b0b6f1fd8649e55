import { describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../functions/core/record/record.ts';
import type { FeedSite } from '../../functions/core/publish/render-feeds.ts';
import { formatDate } from '../../functions/core/publish/pages/page-words.ts';
import { renderHomePage } from '../../functions/core/publish/pages/render-home-page.ts';
import { renderMeetingPage } from '../../functions/core/publish/pages/render-meeting-page.ts';
import { SITE_PATHS } from '../../functions/core/publish/site-paths.ts';
import { makeRecord } from '../support/record-factory.ts';

const site: FeedSite = { siteUrl: 'https://feeds.example.org', title: 'Meetings' };

/**
 * The JSON-LD blocks, found the way an HTML parser finds them: a script element's text ends at the
 * first "</script". If data could break out, the JSON here would be cut short and fail to parse.
 */
function jsonLdBlocks(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script/gi)].map((match) => JSON.parse(match[1] ?? ''));
}

/** Every script element's opening tag. */
function scriptTags(html: string): string[] {
  return html.match(/<script\b[^>]*>/gi) ?? [];
}

function hostileRecord(): MeetingRecord {
  return makeRecord({
    id: 'm-hostile',
    title: '<script>alert(1)</script> & "talks"',
    summary: '</script><script>alert(2)</script><!--',
    participants: [
      {
        name: '</script><script>window.__pwned=1</script>',
        role: '"><img src=x onerror=alert(3)>',
        organization: "O'Brien & Partners",
        mentions: [],
      },
    ],
    organizations: [{ name: '<b>Org</b>', acronym: '<i>', mentions: [] }],
    location: { city: '<svg onload=alert(4)>', country: 'Country', countryCode: 'XX' },
    source: { name: '<script>src</script>', url: 'javascript:alert(5)' },
    topics: ['</script>'],
  });
}

describe('renderHomePage', () => {
  it('is a phone-friendly page with autodiscovery links for both feeds and the calendar', () => {
    // Act
    const html = renderHomePage([makeRecord()], site);

    // Assess
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<link rel="alternate" type="application/atom+xml" title="Atom feed" href="https://feeds.example.org/feeds/meetings.atom">');
    expect(html).toContain('<link rel="alternate" type="application/feed+json" title="JSON Feed" href="https://feeds.example.org/feeds/meetings.json">');
    expect(html).toContain('<link rel="alternate" type="text/calendar" title="Calendar (iCalendar)" href="https://feeds.example.org/feeds/meetings.ics">');
    // No JavaScript, no external stylesheets or images: only data blocks.
    expect(scriptTags(html).every((tag) => tag === '<script type="application/ld+json">')).toBe(true);
    expect(html).not.toMatch(/<link rel="stylesheet"|<img\b|\bsrc=/);
  });

  it('lists meetings newest first with title link, date, status, place, participants, organisations and source', () => {
    // Prepare
    const older = makeRecord({ id: 'older', title: 'Older meeting', createdAt: '2020-01-01T00:00:00.000Z' });
    const newer = makeRecord({ id: 'newer', title: 'Newer meeting', createdAt: '2020-02-01T00:00:00.000Z', status: 'planned', date: '2020-03' });

    // Act
    const html = renderHomePage([older, newer], site);

    // Assess
    expect(html.indexOf('Newer meeting')).toBeLessThan(html.indexOf('Older meeting'));
    expect(html).toContain('<h2><a href="https://feeds.example.org/meetings/newer.html">Newer meeting</a></h2>');
    expect(html).toContain(
      '<time datetime="2020-01-14">14 January 2020</time> · <span class="kind">Talks</span> · <span class="badge held">Held</span> · <span class="place">Астана, Казахстан</span>',
    );
    expect(html).toContain('<time datetime="2020-03">March 2020</time> · <span class="kind">Talks</span> · <span class="badge planned">Planned</span>');
    expect(html).toContain('<span class="name">Ержан Ашикбаев</span> — первый заместитель министра, МИД Казахстана');
    expect(html).toContain('Международный комитет Красного Креста (МККК)');
    expect(html).toContain('<a href="https://dknews.kz/ru/articles/1" rel="nofollow noopener">DKNews.kz</a>');
    expect(html).toContain('<article class="entry" lang="ru">');
  });

  it('carries one schema.org Event per meeting and none for an article without a meeting', () => {
    // Prepare
    const meeting = makeRecord({ id: 'meeting' });
    const article = makeRecord({ id: 'article', title: 'Just an article', isMeeting: false, createdAt: '2021-01-01T00:00:00.000Z' });

    // Act
    const html = renderHomePage([meeting, article], site);
    const blocks = jsonLdBlocks(html);

    // Assess
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ '@type': 'Event', url: 'https://feeds.example.org/meetings/meeting.html' });
    expect(html).toContain('<span class="badge">Article</span>');
    expect(html).toContain('Just an article');
  });

  it('leaves retracted meetings out', () => {
    // Prepare
    const retracted = { ...makeRecord({ id: 'gone', title: 'Retracted one' }), retracted: { at: '2020-02-01T00:00:00.000Z', by: 'editor', reason: null } };

    // Act
    const html = renderHomePage([makeRecord({ title: 'Kept one' }), retracted], site);

    // Assess
    expect(html).toContain('Kept one');
    expect(html).not.toContain('Retracted one');
  });

  it('says so when there is nothing yet', () => {
    expect(renderHomePage([], site)).toContain('<p>No meetings published yet.</p>');
  });

  it('gives identical bytes for identical input', () => {
    // Prepare
    const make = () => [makeRecord({ id: 'a' }), makeRecord({ id: 'b', createdAt: '2021-01-01T00:00:00.000Z' }), hostileRecord()];

    // Act
    const once = renderHomePage(make(), site);
    const twice = renderHomePage(make().reverse(), site);

    // Assess
    expect(twice).toBe(once);
  });
});

describe('renderMeetingPage', () => {
  it('shows the details in the record\'s language, the article content as given, and links to the record and the feeds', () => {
    // Prepare
    const record = makeRecord({ contentHtml: '<h2>Итоги</h2>\n<p>Стороны обсудили <em>сотрудничество</em>.</p>' });

    // Act
    const html = renderMeetingPage(record, site);

    // Assess
    expect(html).toContain('<title>Встреча в Астане · Meetings</title>');
    expect(html).toContain('<h1>Встреча в Астане</h1>');
    expect(html).toContain('<div class="content">\n<h2>Итоги</h2>\n<p>Стороны обсудили <em>сотрудничество</em>.</p>\n</div>');
    expect(html.startsWith('<!doctype html>\n<html lang="ru">')).toBe(true);
    expect(html).toContain('<a href="https://feeds.example.org/meetings/m-astana-talks.json" type="application/json">Запись (JSON)</a>');
    expect(html).toContain('href="https://feeds.example.org/feeds/meetings.atom"');
    expect(html).toContain('<link rel="alternate" type="application/feed+json"');
    expect(html).toContain('<dt>Темы</dt>\n<dd>международное гуманитарное право</dd>');
    expect(html).toContain('<time datetime="2020-01-15T08:00:00.000Z">15 января 2020 г.</time>');
  });

  it('includes the content of the record as it is, sanitised when the record was built', () => {
    // Prepare
    const record = makeRecord({ contentHtml: '<h2>Итоги</h2><p>Kept <a href="https://example.org/x" rel="nofollow noopener">link</a></p>' });

    // Act
    const html = renderMeetingPage(record, site);

    // Assess
    expect(html).toContain(`<div class="content">\n${record.contentHtml}\n</div>`);
  });

  // The whole Event document is checked against schema.org's vocabulary in event-json-ld.test.ts.
  it.each([
    ['held', 'https://schema.org/EventScheduled'],
    ['planned', 'https://schema.org/EventScheduled'],
    ['cancelled', 'https://schema.org/EventCancelled'],
    ['unclear', undefined],
  ] as const)('gives a %s meeting the event status %s', (status, expected) => {
    const [event] = jsonLdBlocks(renderMeetingPage(makeRecord({ status }), site));
    expect(event?.eventStatus).toBe(expected);
  });

  it('keeps a partial date as stated and leaves startDate out when there is none', () => {
    // Act
    const [monthOnly] = jsonLdBlocks(renderMeetingPage(makeRecord({ date: '2020-01' }), site));
    const [undated] = jsonLdBlocks(renderMeetingPage(makeRecord({ date: null, location: null }), site));

    // Assess
    expect(monthOnly?.startDate).toBe('2020-01');
    expect(undated).not.toHaveProperty('startDate');
    expect(undated).not.toHaveProperty('location');
  });

  it('places a call online, at a virtual location, and other meetings at their place', () => {
    const [call] = jsonLdBlocks(renderMeetingPage(makeRecord({ kind: 'call', location: null }), site));
    const [talks] = jsonLdBlocks(renderMeetingPage(makeRecord({ kind: 'meeting' }), site));

    expect(call).toMatchObject({ eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode', location: { '@type': 'VirtualLocation' } });
    expect(talks).not.toHaveProperty('eventAttendanceMode');
    expect((talks?.location as { '@type'?: string } | undefined)?.['@type']).toBe('Place');
  });

  it.each([
    ['meeting', 'Talks'],
    ['visit', 'Visit'],
    ['call', 'Phone or video call'],
    ['multilateral', 'Summit or session'],
  ] as const)('says in words what sort of meeting a %s is', (kind, words) => {
    // Act
    const html = renderMeetingPage(makeRecord({ kind, location: null, language: 'en' }), site);

    // Assess
    expect(html).toContain(`<p class="meta"><time datetime="2020-01-14">14 January 2020</time> · <span class="kind">${words}</span> · <span class="badge held">Held</span></p>`);
  });

  it('names no kind when it is not known', () => {
    // Act
    const html = renderMeetingPage(makeRecord({ kind: null, language: 'en' }), site);

    // Assess
    expect(html).toContain('<p class="meta"><time datetime="2020-01-14">14 January 2020</time> · <span class="badge held">Held</span>');
    expect(html).not.toContain('class="kind"');
  });

  it.each([
    ['dateline', ' <span class="date-basis">(worked out from the dateline)</span>'],
    ['publishedAt', ' <span class="date-basis">(worked out from the publication date)</span>'],
    ['stated', ''],
    ['editor', ''],
  ] as const)('notes how a date was found when it was counted from an anchor (%s)', (how, note) => {
    // Act
    const html = renderMeetingPage(makeRecord({ dateBasis: { how, mention: null }, language: 'en' }), site);

    // Assess
    expect(html).toContain(`<time datetime="2020-01-14">14 January 2020</time>${note} · <span class="kind">`);
  });

  it('renders an article without a meeting without Event JSON-LD', () => {
    // Act
    const html = renderMeetingPage(makeRecord({ isMeeting: false, language: 'en' }), site);

    // Assess
    expect(jsonLdBlocks(html)).toHaveLength(0);
    expect(scriptTags(html)).toHaveLength(0);
    expect(html).toContain('<span class="badge">Article</span>');
  });

  it('replaces a retracted meeting by a notice of when and why, keeping nothing of the meeting', () => {
    // Prepare
    const record = {
      ...makeRecord({ language: 'en', title: 'Secret title', summary: 'Secret summary', contentHtml: '<p>Secret text</p>' }),
      retracted: { at: '2020-02-01T12:00:00.000Z', by: 'editor', reason: 'Duplicate <of> another' },
    };

    // Act
    const html = renderMeetingPage(record, site);

    // Assess
    expect(html).toContain('<h1>Retracted</h1>');
    expect(html).toContain('<p>This meeting was retracted on <time datetime="2020-02-01T12:00:00.000Z">1 February 2020</time>.</p>');
    expect(html).toContain('<p><strong>Reason:</strong> Duplicate &lt;of&gt; another</p>');
    for (const kept of ['Secret', record.participants[0]!.name, 'Astana', 'Астан', 'rel="alternate"']) expect(html).not.toContain(kept);
    expect(jsonLdBlocks(html)).toHaveLength(0);
  });

  it('says a Russian meeting was retracted in Russian', () => {
    const record = { ...makeRecord(), retracted: { at: '2020-02-01T12:00:00.000Z', by: 'editor', reason: null } };
    const html = renderMeetingPage(record, site);
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('<p>Эта встреча отозвана <time datetime="2020-02-01T12:00:00.000Z">1 февраля 2020 г.</time>.</p>');
    expect(html).not.toContain('Причина');
  });

  it('is in English, without a lang from the record, for an undetermined or malformed language', () => {
    expect(renderMeetingPage(makeRecord({ language: 'und' }), site)).toContain('<html lang="en">');
    const malformed = renderMeetingPage(makeRecord({ language: 'ru" onclick="x' }), site);
    expect(malformed).toContain('<html lang="en">');
    expect(malformed).not.toMatch(/lang="ru/);
  });

  it('gives identical bytes for identical input', () => {
    expect(renderMeetingPage(hostileRecord(), site)).toBe(renderMeetingPage(hostileRecord(), site));
  });
});

describe('hostile text', () => {
  it.each([
    ['index', () => renderHomePage([hostileRecord()], site)],
    ['meeting page', () => renderMeetingPage(hostileRecord(), site)],
  ])('comes out inert on the %s', (_name, render) => {
    // Act
    const html = render();

    // Assess: no markup from the record survives as markup.
    expect(scriptTags(html).every((tag) => tag === '<script type="application/ld+json">')).toBe(true);
    expect(html).not.toMatch(/<script>|<img|<svg|<b>|<i>|<!--/i);
    expect(html).not.toContain('javascript:');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;talks&quot;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(3)&gt;');
    expect(html).toContain('O&#39;Brien &amp; Partners');
    // The source is named but, with a javascript: URL, not linked.
    expect(html).toContain('<dd>&lt;script&gt;src&lt;/script&gt;</dd>');
  });

  it('cannot close the JSON-LD script, and the JSON still says exactly what the record says', () => {
    // Act
    const html = renderMeetingPage(hostileRecord(), site);
    const jsonText = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const [event] = jsonLdBlocks(html);

    // Assess
    expect(jsonText).not.toMatch(/[<>&]/);
    expect(jsonText).toContain('\\u003c/script\\u003e');
    expect(event?.['@type']).toBe('Event');
    expect(event?.name).toBe('<script>alert(1)</script> & "talks"');
    expect(event?.description).toBe('</script><script>alert(2)</script><!--');
    expect((event?.attendee as { name: string }[] | undefined)?.[0]?.name).toBe('</script><script>window.__pwned=1</script>');
    expect(event?.subjectOf).not.toHaveProperty('url');
  });

  it('strips control characters', () => {
    const html = renderHomePage([makeRecord({ title: 'Bell\u0007 and\u0000 null\u009f' })], site);
    expect(html).toContain('>Bell and null</a>');
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
  });
});

describe('helpers', () => {
  it('names the site paths of the pages', () => {
    expect(SITE_PATHS.index).toBe('index.html');
    expect(SITE_PATHS.meetingPage('m-1')).toBe('meetings/m-1.html');
  });

  it('formats dates as precisely as they are stated', () => {
    expect(formatDate('2020-01-05')).toBe('5 January 2020');
    expect(formatDate('2020-12')).toBe('December 2020');
    expect(formatDate('2020')).toBe('2020');
    expect(formatDate('someday')).toBe('someday');
  });
});
