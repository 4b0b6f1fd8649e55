// Not-an-event step (inside the frame step): cue sentences that use meeting words without reporting a
// meeting as a real event. A game between teams ("встреча завершилась со счётом 2:1", "will meet Chelsea at
// the stadium"), a denied meeting ("опроверг сообщения о встрече", "denied that a meeting took place"), an
// expert's guess ("по мнению эксперта, переговоры могут возобновиться", "analysts said talks could resume"),
// a past meeting recalled in passing ("в прошлом году ... встречался", "had met ... years ago"); and a
// meeting called off with no new date ("встреча отменена", "talks were called off"); talks said not to be
// planned, hoped for, stalled or moving markets; a meeting of long ago; a question about a meeting. The word
// lists are in the lexicon of each language.

import { lexicon } from '../lexicon/index.ts';

const SCORE = /(?:^|\s)\d{1,2}\s?[:–-]\s?\d{1,2}(?:\s|[.,;]|$)/u;





const lower = (text: string) => text.toLowerCase();

/** Strength of sports wording in a stretch of text: strong words count 1, weak ones ½, a score 1. */
export function sportScore(text: string, language: 'ru' | 'en'): number {
  const strong = lexicon(language).sportStrong;
  const weak = lexicon(language).sportWeak;
  const t = lower(text);
  const count = (re: RegExp) => new Set([...t.matchAll(new RegExp(re.source, `${re.flags}g`))].map((m) => m[1]!.slice(0, 5))).size;
  return count(strong) + count(weak) / 2 + (SCORE.test(text) ? 1 : 0);
}

/** A cue sentence about a game: the cue is a word sport shares, and the sentence with its neighbours speaks of sport. */
export function isGame(texts: string[], s: number, language: 'ru' | 'en'): boolean {
  if (!lexicon(language).gameCue.test(lower(texts[s] ?? ''))) return false;
  const around = texts.slice(Math.max(0, s - 1), s + 3).join(' \n ');
  return sportScore(around, language) >= 2;
}

export function isDenied(text: string, language: 'ru' | 'en'): boolean {
  return lexicon(language).denial.test(lower(text));
}

export function isSpeculation(text: string, language: 'ru' | 'en'): boolean {
  const t = lower(text);
  return lexicon(language).opinion.test(t) && lexicon(language).possible.test(t);
}

/** A question asks about a meeting, it reports none ("Is a summit being prepared?", «Обсуждаются ли сроки встречи?»). */
export function isQuestion(text: string): boolean {
  return /\?[\s»"”’)]*$/u.test(text);
}

export function isBackground(text: string, language: 'ru' | 'en'): boolean {
  return lexicon(language).background.test(lower(text));
}

/**
 * Talks named without a meeting taking place: said not to be planned or prepared ("no preparations are under
 * way"), hoped for ("hopeful the swap could lead to talks"), stalled ("a standstill in negotiations"), moving
 * a market ("shares rose on hopes of trade talks"), or an old meeting's anniversary («годовщина встречи на Эльбе»). A verb that reports the meeting ("met", «провели»)
 * keeps the sentence a report: "Negotiators met on Monday, but the talks broke down".
 */
export function notHappening(text: string, language: 'ru' | 'en'): boolean {
  const { notPlanned, hope, stalled, market, anniversary, eventVerb } = lexicon(language);
  const t = lower(text);
  return !eventVerb.test(t) && (notPlanned.test(t) || hope.test(t) || stalled.test(t) || market.test(t) || anniversary.test(t));
}

const YEAR = /(?:^|[^\d.,])((?:1[89]|20)\d\d)(?![\d.,]\d)/g;

/**
 * A meeting of long ago (a biography's "they first met in 1918"): every year the sentence names is more than
 * five years before the anchor (the publication date, or a dated header line near the top), or it puts the
 * meeting many years back ("ten years ago", «десять лет назад»), and it names no day of the present ("прошла в
 * пятницу в рамках программы, начатой в 2005 году" is news).
 */
export function longAgo(text: string, anchorYear: number | null, language: 'ru' | 'en'): boolean {
  const lx = lexicon(language);
  const t = lower(text);
  // A meeting told only in a relative clause of long ago: the main clause's day is not the meeting's ("X, who held
  // talks with Y in the 1980s, died on Sunday"). The first few clauses only, to stay linear in the sentence.
  for (const m of [...t.matchAll(lx.relativeClause)].slice(0, 3)) {
    const rest = t.slice(0, m.index) + t.slice(m.index + m[0].length);
    if (lx.meetingCue.test(m[0]) && !lx.meetingCue.test(rest) && oldTime(m[0], anchorYear, language)) return true;
  }
  return oldTime(t, anchorYear, language);
}

/** A lower-cased stretch names no day of the present, and many years back or only years of long ago. */
function oldTime(t: string, anchorYear: number | null, language: 'ru' | 'en'): boolean {
  const lx = lexicon(language);
  if (lx.nowWords.test(t)) return false;
  if (lx.yearsAgo.test(t)) return true;
  if (anchorYear === null) return false;
  const years = [...t.matchAll(YEAR)].map((m) => Number(m[1]));
  return years.length > 0 && years.every((y) => y < anchorYear - 5);
}

/** The year of the publication date, else of a dated header line ("27 Apr 2020", «14 сентября 2020, 17:48») in the first lines. */
export function anchorYear(texts: string[], publishedAt: string | undefined): number | null {
  const published = publishedAt?.match(/^(\d{4})-/);
  if (published) return Number(published[1]);
  for (const text of texts.slice(0, 4)) {
    const header = text.match(/^\s*\d{1,2}[\s./-]+[\p{L}\d]+\.?[\s./-]+((?:19|20)\d\d)\b[^\p{L}]*$/u);
    if (header) return Number(header[1]);
  }
  return null;
}

/**
 * Years the sentence names that all lie more than a year before the anchor, with no day of the present:
 * past the lead, such a sentence recalls an earlier encounter ("when he met the developer in 2021").
 */
export function pastYears(text: string, anchorYear: number | null, language: 'ru' | 'en'): boolean {
  if (anchorYear === null || lexicon(language).nowWords.test(lower(text))) return false;
  const years = [...text.matchAll(YEAR)].map((m) => Number(m[1]));
  return years.length > 0 && years.every((y) => y < anchorYear - 1);
}

/**
 * The article opens with meeting words that report no meeting: the headline (or, without one, the first
 * sentence) is a denial, a guess, a question about a meeting, a fake picture or a market report ("Analysts see slim chance of a summit",
 * "Tokyo denies report of a visit", «Политолог допустил встречу лидеров»). Its later mentions of "the talks",
 * "such a meeting" refer back to that non-event.
 */
export function nonEventLead(text: string, language: 'ru' | 'en'): boolean {
  // A question opens the text about a meeting only when it names one ("Will the leaders meet?"), not a rhetorical one.
  const askedAbout = isQuestion(text) && lexicon(language).meetingCue.test(lower(text));
  return askedAbout || isDenied(text, language) || isSpeculation(text, language) || notHappening(text, language);
}

/** A cue sentence that does not report a meeting as a real event, whatever the rest of the text says. */
export function notAnEvent(texts: string[], s: number, language: 'ru' | 'en'): boolean {
  const text = texts[s] ?? '';
  return isQuestion(text) || isGame(texts, s, language) || isDenied(text, language) || isSpeculation(text, language) || notHappening(text, language);
}

/** The meeting is called off in one of these sentences and none of them gives it a new date. */
export function calledOffWithoutNewDate(texts: string[], language: 'ru' | 'en'): boolean {
  const joined = lower(texts.join(' \n '));
  const cancelled = lexicon(language).cancelled;
  const newDate = lexicon(language).newDate;
  return cancelled.test(joined) && !newDate.test(joined);
}
