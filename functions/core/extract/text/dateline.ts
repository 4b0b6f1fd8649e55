// Datelines and dated headers: where and when a wire item was filed ("LONDON (Reuters) -", "PARIS, March 3
// (AFP) -", «МОСКВА, 3 марта. /ТАСС/.», "ASTANA. KAZINFORM -"), and the lines that date the article itself
// ("01 Nov 2019, 12:53", «24 июля 2018, 13:09», "Posted on 2023-04-24", "Published 17 June 2021").
// The meeting's date step (fields/date.ts) resolves "yesterday" or «30 июля» against these dates.

import { DATES_EN } from '../lexicon/en-dates.ts';
import { DATES_RU } from '../lexicon/ru-dates.ts';
import type { DateWords } from '../lexicon/types.ts';

const DATE_WORDS: readonly DateWords[] = [DATES_RU, DATES_EN];

/** A calendar date read from a dateline or header; the year is null when the line gives none. */
export interface LineDate {
  day: number;
  month: number;
  year: number | null;
  /** The span of the date in the text. */
  start: number;
  end: number;
}

export interface Dateline {
  start: number;
  end: number;
  /** The agency in brackets, slashes or after the dash, if any ("Reuters", "ТАСС", "Kazinform"). */
  agency: string | null;
  agencyStart: number;
  /** The date the dateline gives ("March 3", «3 марта»), if any. */
  date: LineDate | null;
}

/**
 * The month (1-12) a word names, in any language the extractor reads, or null. Short forms ("Nov", «мар»)
 * count only beside a day number; Latin month names only when capitalised ("may" is a verb).
 */
export function monthOf(word: string, besideDay: boolean): number | null {
  const key = besideDay ? `+${word}` : word;
  const known = monthCache.get(key);
  if (known !== undefined) return known;
  if (monthCache.size > 20_000) monthCache.clear();
  const month = readMonth(word, besideDay);
  monthCache.set(key, month);
  return month;
}

/** Words already read, so that a long text tries the month patterns once per distinct word (bounded). */
const monthCache = new Map<string, number | null>();

function readMonth(word: string, besideDay: boolean): number | null {
  if (/^[A-Za-z]/.test(word) && !/^[A-Z]/.test(word)) return null;
  const w = word.toLowerCase().replace(/\.$/, '');
  for (const words of DATE_WORDS) {
    const full = words.months.findIndex((re) => re.test(w));
    if (full >= 0) return full + 1;
    if (besideDay) {
      const short = words.monthAbbreviations.findIndex((re) => re.test(w));
      if (short >= 0) return short + 1;
    }
  }
  return null;
}

/** Whether the day exists in the calendar (a year of null allows 29 February). */
export function validDay(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const y = year ?? 2000;
  return day <= new Date(Date.UTC(y, month, 0)).getUTCDate();
}

const YEAR = String.raw`(1[89]\d\d|20\d\d)`;
/** "2024-03-12", also with slashes or dots ("2024/03/12", "2024.03.12"). */
const ISO_DATE = new RegExp(String.raw`(?<![\d.])${YEAR}([-/.])(\d{2})\2(\d{2})(?![\d.])`, 'u');
const NUMERIC_DATE = new RegExp(String.raw`(?<![\d.])(\d{1,2})([./])(\d{1,2})\2${YEAR}(?!\d)`, 'u');
/** «2024 г.», «2024 года»: the year word after a Russian year belongs to the date. */
const YEAR_WORD = String.raw`(?:[ \t]*г(?:ода|\.))?`;
const DAY_MONTH = new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(\p{L}+)\.?(?:,?[ \t]+${YEAR}(?!\d)${YEAR_WORD})?`, 'gu');
const MONTH_DAY = new RegExp(String.raw`(?<![\p{L}\p{N}])(\p{L}+)\.?[ \t]+(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}])(?:,?[ \t]+${YEAR}(?!\d))?`, 'gu');

/** The first calendar date in a short piece of text (a dateline's or a header's), with its offsets in it. */
export function findLineDate(line: string): Omit<LineDate, 'start' | 'end'> & { index: number; length: number } | null {
  const found: Array<Omit<LineDate, 'start' | 'end'> & { index: number; length: number }> = [];
  const iso = ISO_DATE.exec(line);
  if (iso && validDay(Number(iso[1]), Number(iso[3]), Number(iso[4]))) found.push({ year: Number(iso[1]), month: Number(iso[3]), day: Number(iso[4]), index: iso.index, length: iso[0].length });
  const numeric = NUMERIC_DATE.exec(line);
  if (numeric) {
    let [day, month] = [Number(numeric[1]), Number(numeric[3])];
    // "04/24/2023" is American (month first) when only that reading exists.
    if (numeric[2] === '/' && month > 12 && day <= 12) [day, month] = [month, day];
    if (validDay(Number(numeric[4]), month, day)) found.push({ year: Number(numeric[4]), month, day, index: numeric.index, length: numeric[0].length });
  }
  for (const m of line.matchAll(DAY_MONTH)) {
    const month = monthOf(m[2]!, true);
    const year = m[3] ? Number(m[3]) : null;
    if (month && validDay(year, month, Number(m[1]))) {
      found.push({ year, month, day: Number(m[1]), index: m.index, length: m[0].length });
      break;
    }
  }
  for (const m of line.matchAll(MONTH_DAY)) {
    const month = monthOf(m[1]!, true);
    const year = m[3] ? Number(m[3]) : null;
    if (month && validDay(year, month, Number(m[2]))) {
      found.push({ year, month, day: Number(m[2]), index: m.index, length: m[0].length });
      break;
    }
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  return found[0] ?? null;
}

/** A place in capitals at the head of a line ("LONDON", "NEW DELHI", «НУР-СУЛТАН», "SANA'A"). */
const PLACE_CAPS = /^[A-ZА-ЯЁ][A-ZА-ЯЁ.'’\- ]{1,30}[A-ZА-ЯЁ.]/u;
/** A place written as a name, which counts only when a date follows («Москва, 3 марта»). */
const PLACE_NAME = /^[A-ZА-ЯЁ][a-zа-яё]+(?:[- ][A-ZА-ЯЁ][a-zа-яё]+)?(?=[,.][ \t]+[\p{L}\p{N}])/u;
/** A two-letter place in capitals («ОШ, 2 окт»), which also counts only when a date follows. */
const PLACE_SHORT = /^[A-ZА-ЯЁ]{2}(?=,[ \t]+\d)/u;
/** Regions after the place ("OSAKA, Japan"): capitalised words. */
const REGION = /^,[ \t]+[A-ZА-ЯЁ][\p{L}\p{N}.' ]{0,29}?(?=[ \t]*(?:[(/]|[-–—]{1,2}[ \t]|[:,][ \t]))/u;
const AGENCY_BRACKETS = /^[ \t]*\.?[ \t]*(?:\(([A-ZА-ЯЁ][^()\n]{0,30})\)|\/([A-ZА-ЯЁ][^/\n]{0,30})\/)/u;
const DASH = /^[ \t]*(?:[-–—]{1,2}|:)(?=[ \t])/u;
const AGENCY_CAPS = /^[ \t]*\.?[ \t]*([A-ZА-ЯЁ][A-ZА-ЯЁ.-]{2,}(?:[ \t][A-ZА-ЯЁ][A-ZА-ЯЁ.-]{2,})?)(?=[ \t]*(?:[-–—]{1,2}|:)[ \t])/u;
/** After "/ТАСС/" a full stop also closes the dateline. */
const STOP = /^[ \t]*\.(?=[ \t\n]|$)/u;
/** After a dated place: an agency in capitals after a comma (", APA"), then a full stop and the first sentence. */
const DATED_STOP = /^(?:,[ \t]+([A-ZА-ЯЁ][A-ZА-ЯЁ.-]+))?\.[ \t]+(?=[\p{Lu}«"“])/u;
const SENTENCE_AFTER = /^[ \t]+(?=[\p{Lu}«"“])/u;
/** An agency after the dash, closed by a full stop, a dash or a colon ("— РИА Новости.", "- Kazinform -"). */
const AGENCY_AFTER = /^[ \t]+([A-ZА-ЯЁ][\p{L}\p{N}.]*(?:[ \t][A-ZА-ЯЁ][\p{L}\p{N}.]*)?)[ \t]*(?:[.:,](?=[ \t]+\p{Lu}|[ \t]*(?:\n|$))|[-–—](?=[ \t]))/u;

/** The dateline of the text, looked for at the head of its first lines. */
export function dateline(text: string): Dateline | null {
  let offset = 0;
  let lines = 0;
  while (offset < text.length && lines < 5) {
    const next = text.indexOf('\n', offset);
    const lineEnd = next < 0 ? text.length : next;
    const line = text.slice(offset, lineEnd);
    if (line.trim()) {
      lines++;
      const found = datelineAt(line.replace(/^[ \t]+/, ''), offset + (line.length - line.replace(/^[ \t]+/, '').length));
      if (found) return found;
    }
    if (next < 0) break;
    offset = next + 1;
  }
  return null;
}

function datelineAt(line: string, base: number): Dateline | null {
  const caps = PLACE_CAPS.exec(line);
  // The capitals may run into the text ("LONDON - The ..."): the longest place that a dateline follows.
  if (caps) {
    for (let length = caps[0].length; length >= 3; length--) {
      if (!/[A-ZА-ЯЁ.]/u.test(caps[0][length - 1]!)) continue;
      const found = datelineAfter(line, base, caps[0].slice(0, length), false);
      if (found) return found;
    }
    return null;
  }
  const named = PLACE_NAME.exec(line) ?? PLACE_SHORT.exec(line);
  return named ? datelineAfter(line, base, named[0], true) : datedOnly(line, base);
}

/**
 * A dateline without a place: a date that opens the line, then a dash ("March 12, 2024 — Today, ...",
 * «5 января 2024 г. — ...», "Jan 5 (Reuters) -"). The date needs its year or an agency after it, so that an
 * agenda line ("12 March – talks in Oslo") is not read as one.
 */
function datedOnly(line: string, base: number): Dateline | null {
  const d = findLineDate(line.slice(0, 40));
  if (d?.index !== 0) return null;
  let pos = d.length;
  let agency: string | null = null;
  let agencyStart = -1;
  const bracket = AGENCY_BRACKETS.exec(line.slice(pos));
  if (bracket) {
    const name = (bracket[1] ?? bracket[2])!;
    agency = name.trim();
    agencyStart = base + pos + bracket[0].indexOf(name);
    pos += bracket[0].length;
  }
  if (d.year === null && !agency) return null;
  const dash = DASH.exec(line.slice(pos));
  if (!dash) return null;
  pos += dash[0].length;
  return { start: base, end: base + pos + 1, agency, agencyStart, date: { day: d.day, month: d.month, year: d.year, start: base, end: base + d.length } };
}

function datelineAfter(line: string, base: number, place: string, named: boolean): Dateline | null {
  let pos = place.length;
  let agency: string | null = null;
  let agencyStart = -1;
  // "ASTANA. KAZINFORM -": the agency after a full stop inside the capitals.
  if (!named) {
    // Not an abbreviated place ("ST. LOUIS"): the place before the full stop has three letters or more.
    const split = /^([A-ZА-ЯЁ][A-ZА-ЯЁ'’\- ]{2,})\.[ \t]+([A-ZА-ЯЁ][A-ZА-ЯЁ.\- ]{2,})$/u.exec(place);
    if (split) {
      agency = split[2]!.trim();
      agencyStart = base + split[1]!.length + place.slice(split[1]!.length).indexOf(split[2]!);
    }
  }
  // The date: ", March 3", «, 3 марта», ". 3 марта»; else a region ("OSAKA, Japan").
  let date: LineDate | null = null;
  const dated = /^[,.][ \t]+/.exec(line.slice(pos));
  if (dated) {
    const rest = line.slice(pos + dated[0].length, pos + dated[0].length + 40);
    const d = findLineDate(rest);
    if (d && d.index === 0) {
      date = { day: d.day, month: d.month, year: d.year, start: base + pos + dated[0].length, end: base + pos + dated[0].length + d.length };
      pos += dated[0].length + d.length;
    }
  }
  if (!date && named) return null;
  if (!date) {
    for (let k = 0; k < 2; k++) {
      const region = REGION.exec(line.slice(pos));
      if (!region) break;
      const d = findLineDate(region[0].replace(/^,[ \t]+/, ''));
      if (d && d.index === 0) {
        const at = pos + region[0].length - region[0].replace(/^,[ \t]+/, '').length;
        date = { day: d.day, month: d.month, year: d.year, start: base + at, end: base + at + d.length };
      }
      pos += region[0].length;
    }
  }
  // An agency in capitals before the dash («АСТАНА. 3 марта. КАЗИНФОРМ -», "Москва. 3 марта. INTERFAX.RU -").
  const capsAgency = AGENCY_CAPS.exec(line.slice(pos));
  if (capsAgency && !agency) {
    agency = capsAgency[1]!;
    agencyStart = base + pos + capsAgency[0].indexOf(capsAgency[1]!);
    pos += capsAgency[0].length;
  }
  const bracket = AGENCY_BRACKETS.exec(line.slice(pos));
  if (bracket) {
    const name = (bracket[1] ?? bracket[2])!;
    // "WASHINGTON (March 12, 2024) —": a date in the brackets, not an agency.
    const inside = date ? null : findLineDate(name);
    if (inside && inside.index === 0 && inside.length >= name.trim().length) {
      const at = base + pos + bracket[0].indexOf(name);
      date = { day: inside.day, month: inside.month, year: inside.year, start: at, end: at + inside.length };
    } else {
      agency = name.trim();
      agencyStart = base + pos + bracket[0].indexOf(name);
    }
    pos += bracket[0].length;
    const stop = STOP.exec(line.slice(pos)) ?? DASH.exec(line.slice(pos));
    if (bracket[2] !== undefined && stop) pos += stop[0].length;
    else if (bracket[2] === undefined && DASH.exec(line.slice(pos))) pos += DASH.exec(line.slice(pos))![0].length;
    else if (bracket[2] === undefined) return null;
    return { start: base, end: base + pos + 1, agency, agencyStart, date };
  }
  const dash = DASH.exec(line.slice(pos));
  if (!dash) {
    // «Минск, 5 июня. Председатель ...», "Baku, 13 June, APA. Today ...": a dated place closed by a full stop
    // before the first sentence, with an agency in capitals after a comma.
    // The full stop may already close the date («5 июня.» is read with it, as "Jan." is).
    const closed = !date ? null : (DATED_STOP.exec(line.slice(pos)) ?? (line[pos - 1] === '.' ? SENTENCE_AFTER.exec(line.slice(pos)) : null));
    if (!closed) return null;
    if (closed[1] && !agency) {
      agency = closed[1];
      agencyStart = base + pos + closed[0].indexOf(closed[1]);
    }
    return { start: base, end: base + pos + closed[0].length, agency, agencyStart, date };
  }
  pos += dash[0].length;
  const after = AGENCY_AFTER.exec(line.slice(pos));
  // Not an abbreviation that opens the sentence ("— U.S. officials met").
  if (after && !agency && !/^(?:\p{Lu}\.)+\p{Lu}?$/u.test(after[1]!)) {
    agency = after[1]!;
    agencyStart = base + pos + after[0].indexOf(after[1]!);
    pos += after[0].length;
  }
  return { start: base, end: base + pos + 1, agency, agencyStart, date };
}

export interface DatedHeader extends LineDate {
  /** The line the date was read from. */
  lineStart: number;
  lineEnd: number;
}

const TIME = /(?<![\p{L}\p{N}])\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?![\p{N}])/gu;
/** How far down a date line may stand: above the title, under it, or under the lead (a news site's time line). */
const HEADER_LINES = 6;

/**
 * Lines that date the article: a line that is only a date (and a time, a weekday, a place, "Posted on") among
 * the first lines or as the last line (with its year), and a "Published ..." / «Опубликовано ...» line anywhere.
 * Lines saying "Updated" do not count.
 */
export function datedHeaders(text: string): DatedHeader[] {
  const headers: DatedHeader[] = [];
  let offset = 0;
  let lines = 0;
  let last: { start: number; end: number } | null = null;
  while (offset < text.length) {
    const next = text.indexOf('\n', offset);
    const lineEnd = next < 0 ? text.length : next;
    const line = text.slice(offset, lineEnd);
    if (line.trim()) {
      lines++;
      last = lines > HEADER_LINES ? { start: offset, end: lineEnd } : null;
      const published = DATE_WORDS.some((w) => w.published.test(line));
      if ((lines <= HEADER_LINES || published) && line.length <= 120) {
        const header = headerDate(line, published);
        if (header) headers.push({ ...header, start: offset + header.start, end: offset + header.end, lineStart: offset, lineEnd });
      }
    }
    if (next < 0) break;
    offset = next + 1;
  }
  // A release signed off with its date on the last line ("Islamabad\n5 June 2019", «20 марта 2023 года»).
  if (last && !headers.some((h) => h.lineStart === last.start) && last.end - last.start <= 120) {
    const footer = headerDate(text.slice(last.start, last.end), false);
    if (footer?.year) headers.push({ ...footer, start: last.start + footer.start, end: last.start + footer.end, lineStart: last.start, lineEnd: last.end });
  }
  return headers;
}

const UPDATED = /updated|обновлен/iu;
/** A line that says when the article was changed, not when it was written ("Last updated ...", «Обновлено ...»). */
export const isUpdateLine = (line: string): boolean => UPDATED.test(line);

function headerDate(whole: string, published: boolean): LineDate | null {
  // "Published March 12, 2024 | Updated March 13, 2024": the publication date before the update.
  const update = UPDATED.exec(whole);
  if (update && (!published || update.index === 0)) return null;
  const line = update ? whole.slice(0, update.index) : whole;
  const d = findLineDate(line);
  if (!d) return null;
  const timed = TIME.test(line.slice(d.index + d.length));
  TIME.lastIndex = 0;
  // A date without a year dates the article only with a time or a publication word («3 марта, 14:20»).
  if (d.year === null && !timed && !published) return null;
  if (published) return { day: d.day, month: d.month, year: d.year, start: d.index, end: d.index + d.length };
  const rest = `${line.slice(0, d.index)} ${line.slice(d.index + d.length)}`.replace(TIME, ' ');
  const words = rest.match(/[\p{L}][\p{L}.'’-]*/gu) ?? [];
  let names = 0;
  for (const word of words) {
    const w = word.toLowerCase().replace(/\.$/, '');
    if (DATE_WORDS.some((x) => x.headerWords.test(w) || x.weekdays.some((re) => re.test(w)))) continue;
    // A place beside the date ("New York / 17 September 2023", «Москва, 3 марта 2025»): up to three names.
    if (/^\p{Lu}/u.test(word) && ++names <= 3) continue;
    return null;
  }
  return { day: d.day, month: d.month, year: d.year, start: d.index, end: d.index + d.length };
}
