// Topics step: what the sides discussed, as short noun phrases, one per subject ("Стороны обсудили
// ситуацию на Ближнем Востоке, а также ..." -> «ситуация на Ближнем Востоке», ...). The subjects end where
// a clause, an example list or an attribution begins; coordinated subjects become topics of their own; a
// long subject is cut before a preposition; Russian subjects are put into the nominative (topics-ru.ts).

import type { Language } from '../model/document.ts';
import { lexicon } from '../lexicon/index.ts';
import { russianSubjects } from './topics-ru.ts';

/** "At most about six words": a subject longer than this is cut before a preposition. */
const MAX_WORDS = 6;
/** A subject with no preposition to cut at is kept up to this many words, else dropped. */
const MAX_UNCUT_WORDS = 8;
const MAX_TOPICS = 5;

/** What the sides discussed ("Стороны обсудили X, а также Y" → X, Y): short noun phrases, one per subject. */
export function topicsOf(texts: string[], language: Language): string[] {
  const { discussed, topicCues } = lexicon(language);
  const out: string[] = [];
  for (const text of texts) {
    const found = discussed.exec(text)?.[1];
    if (!found) continue;
    const end = topicCues.end.exec(found);
    const subjects = (end ? found.slice(0, end.index) : found).replace(/[.,\s]+$/u, '');
    const pieces = subjects.split(topicCues.separator);
    const phrases = language === 'ru' ? russianSubjects(pieces, topicCues) : englishSubjects(pieces, topicCues);
    for (const phrase of phrases) {
      const topic = shortened(phrase, topicCues.prepositions);
      if (topic && out.length < MAX_TOPICS && !out.some((seen) => seen.toLowerCase() === topic.toLowerCase())) out.push(topic);
    }
  }
  return out;
}

/**
 * English subjects: the article or possessive before each dropped; a piece that is no noun phrase ends them.
 * Commas part subjects ("deterrence, support for Ukraine") unless the first item has a complement, whose
 * items they then list ("cooperation in tourism, healthcare and agriculture").
 */
function englishSubjects(pieces: string[], cues: { lead: RegExp; notSubject: RegExp; prepositions: ReadonlySet<string> }): string[] {
  const out: string[] = [];
  const items = pieces.flatMap((piece) => {
    const parts = piece.split(/\s*,\s*/u);
    const complement = parts[0]!.split(/\s+/u).some((word) => cues.prepositions.has(word.toLowerCase()));
    return complement ? [piece] : parts;
  });
  for (const item of items) {
    const subject = item.trim().replace(cues.lead, '');
    if (cues.notSubject.test(subject)) break;
    if (subject) out.push(subject);
  }
  return out;
}

/**
 * At most MAX_WORDS words, cut before the last preposition that keeps at least two (else before the first
 * that keeps at most MAX_UNCUT_WORDS); no trailing preposition, article or conjunction; undefined when
 * nothing short and whole is left.
 */
function shortened(phrase: string, prepositions: ReadonlySet<string>): string | undefined {
  let words = phrase.trim().split(/\s+/u).filter(Boolean);
  if (words.length > MAX_WORDS) {
    // Before a preposition, or after a comma: «…в сфере финансов, …» ends well at «финансов».
    const at = (k: number) => prepositions.has(words[k]!.toLowerCase()) || words[k - 1]!.endsWith(',');
    let cut = 0;
    for (let k = 2; k <= MAX_WORDS; k++) if (at(k)) cut = k;
    for (let k = MAX_WORDS + 1; !cut && k < Math.min(words.length, MAX_UNCUT_WORDS + 1); k++) if (at(k)) cut = k;
    if (cut) words = words.slice(0, cut);
    else if (words.length > MAX_UNCUT_WORDS) return undefined;
  }
  while (words.length > 0 && /^(?:and|or|the|a|an|и|или|а)$/iu.test(words.at(-1)!)) words.pop();
  while (words.length > 0 && prepositions.has(words.at(-1)!.toLowerCase())) words.pop();
  const topic = words.join(' ').replace(/[,\s–—-]+$/u, '');
  return topic.length >= 3 ? topic : undefined;
}
