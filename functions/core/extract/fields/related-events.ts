// Related events step: other events the article announces beside the meeting ("конференция пройдет
// в Аммане (Иордания)", "запланировано на конец 2026 года", "основной темой станет ..."): title, date, place, theme.

import type { RelatedEvent } from '../../record/record.ts';
import { statedYearOrDate } from './date-stated.ts';
import { meetingPlace } from './place.ts';
import { analyse } from '../knowledge/morphology.ts';
import { phraseToNominative } from '../knowledge/nominative.ts';
import { EVENT_NOUNS_EN } from '../lexicon/en.ts';
import { lexicon } from '../lexicon/index.ts';
import { EVENT_NOUNS_RU } from '../lexicon/ru.ts';
import { type AnalysedDocument, sentenceText } from '../model/document.ts';

const WINDOW = 4;

export function relatedEvents(doc: AnalysedDocument, frameSentence: number | undefined): RelatedEvent[] {
  for (let s = 0; s < doc.sentenceCount; s++) {
    if (s === frameSentence) continue;
    const text = sentenceText(doc, s);
    const future = lexicon(doc.language).eventFuture.test(text);
    if (!future) continue;
    const hasEvent = doc.language === 'ru' ? doc.tokens.slice(...doc.sentenceTokens[s]!).some((t) => isEventNoun(t.text)) : EVENT_NOUNS_EN.test(text);
    if (!hasEvent) continue;
    const window = Array.from({ length: WINDOW }, (_, k) => s + k).filter((k) => k < doc.sentenceCount);
    const texts = window.map((k) => sentenceText(doc, k));
    const title = eventTitle(doc);
    if (!title) return [];
    const event: RelatedEvent = { title };
    const date = statedYearOrDate(texts);
    if (date) event.date = date;
    const location = meetingPlace(doc, window);
    if (location) event.location = location;
    for (const t of texts) {
      const m = lexicon(doc.language).eventTheme.exec(t);
      if (m) {
        event.theme = m[1]!.trim();
        break;
      }
    }
    return [event];
  }
  return [];
}

function isEventNoun(word: string): boolean {
  return analyse(word).parses.some((p) => p.pos === 'NOUN' && EVENT_NOUNS_RU.has(p.lemma));
}

/** The fullest naming of the event in the text ("международной конференции высокого уровня"), in the nominative. */
function eventTitle(doc: AnalysedDocument): string | null {
  if (doc.language === 'en') {
    const m = /\b((?:[A-Za-z-]+ ){0,3}(?:conference|summit|forum|assembly|congress|symposium)(?: on [a-z ]{3,40})?)/i.exec(doc.text);
    return m ? m[1]!.trim() : null;
  }
  let best: string[] | null = null;
  let bestHead = 0;
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'cyr' || !isEventNoun(tokens[i]!.text)) continue;
    let first = i;
    while (first > 0 && tokens[first - 1]!.kind === 'cyr' && analyse(tokens[first - 1]!.text).parses.some((p) => p.pos === 'ADJF' && p.known)) first--;
    let last = i + 1;
    while (last < tokens.length && last - i <= 3 && tokens[last]!.kind === 'cyr' && tokens[last]!.sentence === tokens[i]!.sentence && analyse(tokens[last]!.text).parses.some((p) => (p.pos === 'NOUN' || p.pos === 'ADJF') && p.case === 'gent' && p.known)) last++;
    while (last > i + 1 && !analyse(tokens[last - 1]!.text).parses.some((p) => p.pos === 'NOUN')) last--;
    const words = tokens.slice(first, last).map((t) => t.text);
    if (!best || words.length > best.length) {
      best = words;
      bestHead = i - first;
    }
  }
  if (!best) return null;
  const nominative = phraseToNominative(best, bestHead);
  nominative[0] = nominative[0]!.toLowerCase() === nominative[0] ? nominative[0]! : nominative[0]!;
  return nominative.join(' ').toLowerCase();
}
