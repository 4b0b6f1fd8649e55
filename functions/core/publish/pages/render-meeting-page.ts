// `meetings/{id}.html`: one meeting with its article, in the record's language (its `lang`, and the page's
// own words and dates: Russian for Russian records, English otherwise). A retracted meeting's page is a
// short notice that keeps nothing of the meeting (no title, participants or text): only when and why.

import type { MeetingRecord } from '../../record/record.ts';
import { feedGroupsOf } from '../feed-groups.ts';
import { monthOf } from '../archive-pages.ts';
import type { FeedSite } from '../render-feeds.ts';
import { SITE_PATHS } from '../site-paths.ts';
import { browsePagePath, groupBrowsePath } from './browse-paths.ts';
import { eventJsonLd, jsonLd } from './event-json-ld.ts';
import { details, metaLine, retractionOf } from './meeting-pieces.ts';
import { DEFAULT_TITLE, homeLink, page } from './page-layout.ts';
import { attr, languageTag, text } from './page-text.ts';
import { formatInstant, type PageWords, wordsFor } from './page-words.ts';

/** The words of a record's page: its language's, English for a language without its own table. */
export function recordWords(record: MeetingRecord): PageWords {
  return wordsFor(languageTag(record.language) ?? 'en');
}

export function renderMeetingPage(record: MeetingRecord, site: FeedSite): string {
  const words = recordWords(record);
  const retraction = retractionOf(record);
  if (retraction) return renderRetractedPage(retraction, site, words);
  const main = [
    '<article class="meeting">',
    `<h1>${text(record.title)}</h1>`,
    metaLine(record, words),
    record.summary ? `<p class="summary">${text(record.summary)}</p>` : '',
    details(record, words, { full: true }),
    // Our renderer builds contentHtml safely; the allow-list is the second line, as in the feeds.
    `<div class="content">\n${record.contentHtml}\n</div>`,
    browseLinks(record, site, words),
    record.isMeeting ? jsonLd(eventJsonLd(record, site)) : '',
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
  return page({
    site,
    words,
    title: `${record.title} · ${site.title ?? DEFAULT_TITLE}`,
    heading: homeLink(site),
    main,
    extraNav: `<a href="${attr(`${site.siteUrl}/${SITE_PATHS.meetingJson(record.id)}`)}" type="application/json">${text(words.record)}</a>`,
    headingTag: 'p',
  });
}

/** The browse pages this meeting is listed on: its organisations, country, people and month. */
function browseLinks(record: MeetingRecord, site: FeedSite, words: PageWords): string {
  const links = feedGroupsOf(record).flatMap((group) => {
    const path = groupBrowsePath(group.key);
    return path ? [`<a href="${attr(`${site.siteUrl}/${path}`)}">${text(group.title)}</a>`] : [];
  });
  const month = monthOf(record.createdAt);
  if (/^\d{4}-\d{2}$/.test(month)) {
    links.push(`<a href="${attr(`${site.siteUrl}/${browsePagePath('month', month)}`)}">${text(words.month(Number(month.slice(5)), month.slice(0, 4)))}</a>`);
  }
  return `<nav class="browse" aria-label="${attr(words.browse)}">${text(words.browse)}: ${links.join(' · ')}</nav>`;
}

/**
 * What replaces a retracted meeting's page: that it was retracted, when, and the editor's reason. No
 * title, no participants, no text, no Event and no links to feeds it has left.
 */
function renderRetractedPage({ at, reason }: { at: string; reason: string | null }, site: FeedSite, words: PageWords): string {
  const when = /^\d{4}-\d{2}-\d{2}/.test(at) ? `<time datetime="${attr(at)}">${text(formatInstant(at, words))}</time>` : '';
  const main = [
    '<article class="notice" role="note">',
    `<h1>${text(words.retractedTitle)}</h1>`,
    when ? `<p>${words.retractedOn(when)}</p>` : '',
    reason ? `<p><strong>${text(words.retractedReason)}:</strong> ${text(reason)}</p>` : '',
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
  return page({ site, words, title: `${words.retractedTitle} · ${site.title ?? DEFAULT_TITLE}`, heading: homeLink(site), main, headingTag: 'p', advertise: false });
}
