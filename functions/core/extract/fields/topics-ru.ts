// Russian topics: the subjects after «обсудили» are in the accusative («ситуацию на Ближнем Востоке»). Each
// comma-separated or coordinated subject («конфликт на Украине и иранскую проблему») becomes a topic when
// its first word can be an object; the head noun and the adjectives before it go into the nominative
// («ситуация на Ближнем Востоке»), the complement after it stays as written.

import { analyse, type MorphParse } from '../knowledge/morphology.ts';
import { wordToNominative } from '../knowledge/nominative.ts';
import type { TopicCues } from '../lexicon/types.ts';

const OBJECT_CASES = new Set(['accs', 'nomn']);
const ATTRIBUTE = new Set(['ADJF', 'PRTF', 'NUMR']);
const PREPOSITION_LEADS = new Set(['с', 'со', 'по', 'в', 'во', 'на']);

const cyrillic = (word: string) => /^[а-яё-]+$/iu.test(word);
const parsesOf = (word: string): MorphParse[] => (cyrillic(word) ? analyse(word).parses : []);
const casesOf = (word: string) => new Set(parsesOf(word).map((p) => p.case).filter((c): c is string => !!c));

/** A word that can open a direct object: a noun or an attribute in the accusative (or nominative, like it). */
function opensObject(word: string): boolean {
  if (!cyrillic(word)) return /^[A-ZА-ЯЁ0-9«"]/u.test(word);
  return parsesOf(word).some((p) => (p.pos === 'NOUN' || ATTRIBUTE.has(p.pos)) && !!p.case && OBJECT_CASES.has(p.case));
}

const onlyVerb = (word: string) => {
  const parses = parsesOf(word);
  return parses.length > 0 && parses.every((p) => p.pos === 'VERB' || p.pos === 'INFN' || p.pos === 'GRND');
};

export function russianSubjects(pieces: string[], cues: TopicCues): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    let subjects: string[][] = [];
    for (const [k, segment] of piece.split(/\s*,\s*/u).entries()) {
      const words = withoutLead(segment.trim().replace(cues.lead, '').split(/\s+/u).filter(Boolean));
      if (words.length === 0 || cues.notSubject.test(words.join(' '))) break;
      const last = subjects.at(-1);
      // «рынков газа, нефти и …»: a segment in the case of the word before the comma (not an object's
      // case) lists that word's items; the last subject goes on.
      if (k > 0 && last && sharesCase(last.at(-1)!, words[0]!, (c) => !OBJECT_CASES.has(c))) {
        subjects = [...subjects.slice(0, -1), [...last.slice(0, -1), `${last.at(-1)},`, ...words]];
        continue;
      }
      // A later segment that opens no object is a clause or an aside: the subjects end there.
      if (k > 0 && !opensObject(words[0]!)) break;
      subjects.push(...coordinated(words));
    }
    out.push(...subjects.map((subject) => nominative(subject).join(' ')));
  }
  return out;
}

/**
 * «обсудили по телефону …», «обсудили с послом Узбекистана …», «обсудили в Казани …»: a prepositional
 * phrase before the subject says how, with whom or where, not what. Skipped while its words cannot be an object.
 */
function withoutLead(words: string[]): string[] {
  // «обсудили и утвердили план»: the second verb's object is the subject.
  if (words.length > 1 && onlyVerb(words[0]!)) return words.slice(1);
  if (!PREPOSITION_LEADS.has(words[0]?.toLowerCase() ?? '')) return words;
  let k = 1;
  while (k < words.length - 1 && (/^[А-ЯЁA-Z]/u.test(words[k]!) || !opensObject(words[k]!))) k++;
  return k > 1 ? words.slice(k) : words;
}

/** Some case (passing `counts`) in which both words can be read. */
function sharesCase(a: string, b: string, counts: (grammaticalCase: string) => boolean): boolean {
  const cases = casesOf(a);
  return [...casesOf(b)].some((c) => cases.has(c) && counts(c));
}

/**
 * Splits at «и» where the words on its two sides share no case («конфликт на Украине и иранскую проблему»),
 * not where they do («образования и культуры»); a verb after «и» ends the subjects («… и договорились»).
 */
function coordinated(words: string[]): string[][] {
  const out: string[][] = [];
  let start = 0;
  for (let k = 1; k < words.length - 1; k++) {
    if (words[k]!.toLowerCase() !== 'и') continue;
    const next = words[k + 1]!;
    if (onlyVerb(next)) return [...out, words.slice(start, k)];
    if (!sharesCase(words[k - 1]!, next, () => true) && casesOf(words[k - 1]!).size > 0 && opensObject(next)) {
      out.push(words.slice(start, k));
      start = k + 1;
    }
  }
  return [...out, words.slice(start)];
}

/**
 * The head (the first noun) and the attributes before it from the accusative into the nominative, each
 * where its form is not already a nominative («ситуацию» -> «ситуация»; «энергетическую безопасность» ->
 * «энергетическая безопасность»; «поставки», «двусторонние отношения» stay).
 */
function nominative(words: string[]): string[] {
  const head = words.findIndex((word) => parsesOf(word).some((p) => p.pos === 'NOUN'));
  if (head < 0) return words;
  const parses = parsesOf(words[head]!);
  const accusative = parses.find((p) => p.pos === 'NOUN' && p.case === 'accs');
  if (!accusative) return words;
  const out = [...words];
  if (!parses.some((p) => p.case === 'nomn')) out[head] = wordToNominative(words[head]!, accusative);
  for (let k = head - 1; k >= 0; k--) {
    const readings = parsesOf(words[k]!);
    const agrees = (p: MorphParse) => ATTRIBUTE.has(p.pos) && p.case === 'accs' && (p.number === 'plur' ? accusative.number === 'plur' : p.gender === accusative.gender);
    const attribute = readings.find(agrees);
    if (!attribute) break;
    if (!readings.some((p) => ATTRIBUTE.has(p.pos) && p.case === 'nomn')) out[k] = wordToNominative(words[k]!, attribute, accusative.gender);
  }
  return out;
}
