// Not-an-event step (inside the frame step): cue sentences that use meeting words without reporting a
// meeting as a real event. A game between teams ("встреча завершилась со счётом 2:1", "will meet Chelsea at
// the stadium"), a denied meeting ("опроверг сообщения о встрече", "denied that a meeting took place"), an
// expert's guess ("по мнению эксперта, переговоры могут возобновиться", "analysts said talks could resume"),
// a past meeting recalled in passing ("в прошлом году ... встречался", "had met ... years ago"); and a
// meeting called off with no new date ("встреча отменена", "talks were called off"). The word lists are in
// the lexicon of each language.

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

export function isBackground(text: string, language: 'ru' | 'en'): boolean {
  return lexicon(language).background.test(lower(text));
}

/** A cue sentence that does not report a meeting as a real event, whatever the rest of the text says. */
export function notAnEvent(texts: string[], s: number, language: 'ru' | 'en'): boolean {
  const text = texts[s] ?? '';
  return isGame(texts, s, language) || isDenied(text, language) || isSpeculation(text, language);
}

/** The meeting is called off in one of these sentences and none of them gives it a new date. */
export function calledOffWithoutNewDate(texts: string[], language: 'ru' | 'en'): boolean {
  const joined = lower(texts.join(' \n '));
  const cancelled = lexicon(language).cancelled;
  const newDate = lexicon(language).newDate;
  return cancelled.test(joined) && !newDate.test(joined);
}
