// English mention finding: capitalised sequences with function words filtered, the country and city
// gazetteers, English given names, title words (Prime Minister, Chancellor, boss ...) and organisation
// head words (Bank, Exchange, Organisation ...).

import { demonymCountry } from '../../knowledge/demonyms.ts';
import { gazetteer, givenNamesEn, isEnglishCityName } from '../../knowledge/gazetteer.ts';
import { COMPASS_WORDS_EN, EN, HEADLINE_VERBS_EN, LANDMARK_HEADS_EN, NOT_ORG_ACRONYMS_EN, ORG_CONNECTORS_EN, ORG_HEADS_EN, PLACE_NOUNS_EN, TITLES_EN } from '../../lexicon/en.ts';
import type { Country, EntityType, Mention } from '../../model/mention.ts';
import type { Token } from '../../model/token.ts';
import { readTitle, readTitledName, type TitledName, titleUnits } from './titles.ts';

const EN_STOP = new Set(
  `a an the he she it they we i you his her its their our my this that these those there here but and or if
  when while after before as at by for from in into of on to with without about over under mr mrs ms
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december`.split(/\s+/),
);

export function findEnglishMentions(tokens: Token[]): Mention[] {
  const _g = gazetteer();
  const lowerWords = new Set<string>();
  for (const t of tokens) if (t.kind === 'lat' && !t.cap) lowerWords.add(t.text.toLowerCase());
  const owner: Array<Mention | undefined> = new Array(tokens.length);
  const mentions: Mention[] = [];
  const add = (type: EntityType, first: number, last: number, country?: Country) => {
    if (first >= last) return;
    for (let k = first; k < last; k++) if (owner[k]) return;
    const m: Mention = { type, first, last, start: tokens[first]!.start, end: tokens[last - 1]!.end };
    if (country) m.country = country;
    for (let k = first; k < last; k++) owner[k] = m;
    mentions.push(m);
  };
  const capWord = (i: number) => {
    const t = tokens[i];
    if (t?.kind !== 'lat' || !t.cap) return false;
    const lower = t.text.toLowerCase().replace(/['’]s$/, '');
    if (t.first && (EN_STOP.has(lower) || (lowerWords.has(lower) && !givenNamesEn().has(t.text)))) return false;
    return !EN_STOP.has(lower) || lower === 'may';
  };
  // Surnames the document gives a title or a form of address somewhere ("Mr Okafor", "Foreign Minister
  // Lindahl"), read first: an untitled "Chidera Okafor" earlier on (a headline, a first sentence) is then a
  // person even when the given name is in no list of given names.
  const personSurnames = addressedSurnames(tokens);
  // A name after a title or a form of address ("Secretary of State Antony J. Blinken", "H.E. Mr. Josep
  // Borrell"): the title's countries and bodies, then the name; the title itself is nobody's name.
  const titled = (i: number): TitledName | null => (tokens[i]?.kind === 'lat' && tokens[i]!.cap && !owner[i] ? readTitledName(tokens, i) : null);

  for (let i = 0; i < tokens.length; i++) {
    const person = titled(i);
    if (person) {
      for (const u of person.units) add(u.type, u.first, u.last, u.country);
      add('PER', person.name.start, person.name.end);
      personSurnames.add(tokens[person.name.end - 1]!.text.replace(/['’]s$/, ''));
      i = person.name.end - 1;
      continue;
    }
    if (!capWord(i)) continue;
    let last = i + 1;
    // The chain stops where a titled name starts ("Readout of | President Biden's ...").
    while (last < tokens.length && tokens[last]!.sentence === tokens[i]!.sentence && !titled(last)) {
      if (capWord(last) && !tokens[last - 1]!.text.match(/['’]s$/)) last += 1;
      else if (
        ORG_CONNECTORS_EN.has(tokens[last]!.text.toLowerCase()) &&
        tokens[last]!.text !== 'and' &&
        capWord(last + 1) &&
        tokens[last]!.text.length <= 3 &&
        !titled(last + 1)
      )
        last += 2;
      else if (tokens[last]!.text === '-' && capWord(last + 1) && tokens[last]!.start === tokens[last - 1]!.end) last += 2;
      else break;
    }
    classifyEnglish(tokens, i, last, add, personSurnames);
    i = last - 1;
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Last words of the names that stand after a title or a form of address anywhere in the text. */
function addressedSurnames(tokens: Token[]): Set<string> {
  const surnames = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'lat' || !tokens[i]!.cap) continue;
    const person = readTitledName(tokens, i);
    if (!person) continue;
    surnames.add(tokens[person.name.end - 1]!.text.replace(/['’]s$/, ''));
    i = person.name.end - 1;
  }
  return surnames;
}

/** "Jaroslav Kubera, Vice-President of the Senate": a name set off by a comma before a title phrase. */
function titleAfterComma(tokens: Token[], last: number): boolean {
  return tokens[last]?.text === ',' && tokens[last + 1]?.sentence === tokens[last]!.sentence && readTitle(tokens, last + 1) !== null;
}

/** "the mayor of London, Sadiq Khan, ...": a name set off by commas right after a title phrase. */
function appositionAfterTitle(tokens: Token[], first: number, last: number): boolean {
  if (first < 2 || tokens[first - 1]!.text !== ',' || last - first < 2) return false;
  const after = tokens[last];
  if (after && after.text !== ',' && after.text !== '.' && after.kind !== 'punct') return false;
  for (let k = first - 2; k >= 0 && first - k <= 8 && tokens[k]!.sentence === tokens[first]!.sentence; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return false;
    if (!t.cap && TITLES_EN.has(t.text.toLowerCase())) return true;
  }
  return false;
}

function classifyEnglish(
  tokens: Token[],
  first: number,
  last: number,
  add: (type: EntityType, first: number, last: number, country?: Country) => void,
  personSurnames: Set<string>,
): void {
  const g = gazetteer();
  const words = tokens.slice(first, last).map((t) => t.text.replace(/['’]s$/, ''));
  const phrase = words.join(' ').toLowerCase();
  // A chain that is a title with no name after it ("Minister of Foreign Affairs", "Executive Chairman") names
  // nobody: only its countries and bodies are mentions.
  const title = readTitle(tokens, first);
  if (title && title.end >= last) {
    for (const u of titleUnits(tokens, title)) add(u.type, u.first, u.last, u.country);
    return;
  }
  // A demonym is not part of the name: "Italian Silvio Berlusconi" -> PER "Silvio Berlusconi".
  let start = 0;
  while (start < words.length - 2 && demonymCountry(words[start]!)) start += 1;
  const country = g.enCountries.get(phrase) ?? g.enCountries.get(phrase.replace(/^the /, ''));
  if (country) {
    add('LOC', first, last, country);
    return;
  }
  // A place after "city of" ("the Mediterranean city of El Alamein") is a place, whatever given names its words are.
  const before = (k: number) => tokens[first - k]?.text.toLowerCase() ?? '';
  if (before(1) === 'of' && PLACE_NOUNS_EN.has(before(2))) {
    add('LOC', first, last);
    return;
  }
  const lastWord = words[words.length - 1]!.toLowerCase();
  if (words.length >= 2 && ORG_HEADS_EN.has(lastWord)) {
    add('ORG', first, last);
    return;
  }
  // Not a body: time zones and common acronyms, and the verbs of a headline in capitals ("MEETS").
  if (tokens[first]!.upper && words.length === 1 && (NOT_ORG_ACRONYMS_EN.has(words[0]!) || EN.cueWord.test(phrase) || HEADLINE_VERBS_EN.has(phrase))) return;
  if (tokens[first]!.upper && words.length === 1) {
    const acronymCountry = g.enCountries.get(phrase);
    if (acronymCountry) {
      add('LOC', first, last, acronymCountry);
      return;
    }
    add('ORG', first, last);
    return;
  }
  const rest = words.slice(start);
  const firstName = rest[0] ?? '';
  const titled = start > 0 || (first > 0 && TITLES_EN.has(tokens[first - 1]!.text.toLowerCase())) || appositionAfterTitle(tokens, first, last);
  if (title) return;
  const hasAcronym = tokens.slice(first + start, last).some((t) => t.upper);
  // A city named in several words ("New Delhi", "Buenos Aires"), unless a title makes it a person.
  if (words.length >= 2 && start === 0 && !titled && isEnglishCityName(words.join(' '))) {
    add('LOC', first, last);
    return;
  }
  // A name has no connector or organisation head inside ("Indian Institute of Technology Delhi"), does not end
  // in a building's word ("Elysee Palace") nor start with a compass word ("West Africa", "South Asia").
  const bodyLike =
    rest.some((w) => ORG_CONNECTORS_EN.has(w) || ORG_HEADS_EN.has(w.toLowerCase())) || LANDMARK_HEADS_EN.has(lastWord) || COMPASS_WORDS_EN.has(words[0]!.toLowerCase());
  if (rest.length >= 2 && rest.length <= 4 && !hasAcronym && !bodyLike && (givenNamesEn().has(firstName) || titled || titleAfterComma(tokens, last) || personSurnames.has(rest[rest.length - 1]!))) {
    const surname = rest[rest.length - 1]!;
    personSurnames.add(surname);
    add('PER', first + start, last);
    return;
  }
  if (rest.length === 1) {
    if (personSurnames.has(firstName) || (titled && !isEnglishCityName(firstName))) {
      add('PER', first + start, last);
      return;
    }
    if (isEnglishCityName(firstName) && start === 0) {
      add('LOC', first, last);
      return;
    }
    const c = g.enCountries.get(firstName.toLowerCase());
    if (c) {
      add('LOC', first, last, c);
      return;
    }
  }
}
