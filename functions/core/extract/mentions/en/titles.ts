// English title phrases and the names after them: "US Secretary of State Mike Pompeo", "the President of
// Armenia Armen Sargsyan", "External Affairs Minister S. Jaishankar", "Her Majesty Queen Camilla", "H.E. Mr.
// Josep Borrell". A title is modifiers + a head word + an optional of/for complement (a country, a body or a
// field: "of State for South and Central Asian Affairs"); a name is capitalised words with initials ("J."),
// particles ("bin", "von der"), a regnal number ("the III"), never a title word; forms of address between
// the title and the name are skipped. Pure functions over the tokens: the mention finder and the roles use them.

import { demonymCountry } from '../../knowledge/demonyms.ts';
import { gazetteer, givenNamesEn, isEnglishCityName } from '../../knowledge/gazetteer.ts';
import {
  STATE_FORMS_EN,
  ADJECTIVES_EN,
  EN,
  ENVOY_HEADS_EN,
  HEADLINE_VERBS_EN,
  HONORIFICS_EN,
  NAME_FUNCTION_WORDS_EN,
  NAME_PARTICLES_EN,
  NOT_ORG_ACRONYMS_EN,
  ORG_HEADS_EN,
  ORG_HEADS_FOR_EN,
  ROYAL_TITLES_EN,
  TITLE_HEADS_EN,
  TITLE_WORD_ENDINGS_EN,
  TITLE_WORDS_EN,
  WEEKDAYS_MONTHS_EN,
} from '../../lexicon/en.ts';
import type { Country } from '../../model/mention.ts';
import type { Token } from '../../model/token.ts';

/** A country or a body named inside a title ("of Armenia", "European Commission", "NATO"). */
export interface TitleUnit {
  type: 'LOC' | 'ORG';
  first: number;
  last: number;
  country?: Country;
}

export interface Span {
  start: number;
  end: number;
}

export interface TitledName {
  /** The title's tokens, when there is one (a form of address alone also marks a name: "Dr Yahya bin Said"). */
  title: Span | null;
  name: Span;
  /** Countries and bodies inside the title. */
  units: TitleUnit[];
}

const lat = (t: Token | undefined): t is Token => t?.kind === 'lat';
const same = (tokens: Token[], k: number, sentence: number) => tokens[k] !== undefined && tokens[k]!.sentence === sentence;

/** A title head ("Minister", "Secretary-General", "Vice-President"); a possessive is not one ("the President's Own"). */
export function isTitleHead(t: Token | undefined): boolean {
  if (!lat(t) || !t.cap) return false;
  const w = t.text.toLowerCase();
  return TITLE_HEADS_EN.has(w) || (w.includes('-') && w.split('-').some((part) => TITLE_HEADS_EN.has(part)));
}

/** A head or a field word of a title ("Minister", "Foreign", "Affairs"): never a body's or a person's name alone. */
export function isTitleWord(t: Token): boolean {
  return isTitleHead(t) || TITLE_WORDS_EN.has(t.text.toLowerCase());
}

/** A plural of a head or a field word ("Ministers", "Leaders", "Presidents"): a group, never a name. */
function isPluralTitleWord(t: Token): boolean {
  const w = t.text.toLowerCase();
  if (!w.endsWith('s')) return false;
  const singular = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  return TITLE_HEADS_EN.has(singular) || TITLE_WORDS_EN.has(singular);
}

/** An acronym that names a body ("NATO", "EBRD"), not a title or field word in capitals ("MINISTER"). */
function isAcronym(t: Token): boolean {
  const w = t.text.toLowerCase();
  return t.upper && !NOT_ORG_ACRONYMS_EN.has(t.text) && !TITLE_HEADS_EN.has(w) && !TITLE_WORDS_EN.has(w) && !HONORIFICS_EN.has(w);
}

/** A country named from token k on ("Armenia", "the Republic of Korea" without "the", "U.S."). */
export function countryAt(tokens: Token[], k: number): { last: number; country: Country } | null {
  const t = tokens[k];
  if (!lat(t) || !t.cap) return null;
  const g = gazetteer();
  // "U.S." is four tokens.
  if (t.text === 'U' && tokens[k + 1]?.text === '.' && tokens[k + 2]?.text === 'S' && tokens[k + 3]?.text === '.') {
    const us = g.enCountries.get('us');
    if (us) return { last: k + 4, country: us };
  }
  const words: string[] = [];
  let best: { last: number; country: Country } | null = null;
  for (let j = k; j < tokens.length && j - k < g.enMaxWords && tokens[j]!.sentence === t.sentence && lat(tokens[j]); j++) {
    words.push(tokens[j]!.text.toLowerCase());
    const c = tokens[j]!.cap ? g.enCountries.get(words.join(' ')) : undefined;
    if (c) best = { last: j + 1, country: c };
  }
  // "Republic of Uzbekistan", "Sultanate of Oman": a state's formal name the list lacks.
  if (!best && STATE_FORMS_EN.has(t.text.toLowerCase()) && tokens[k + 1]?.text === 'of' && tokens[k + 1]!.sentence === t.sentence) {
    return countryAt(tokens, tokens[k + 2]?.text === 'the' ? k + 3 : k + 2);
  }
  return best;
}

/** A field word of a title ("Foreign", "Affairs", "Works", "Reconstruction"); endings only off the given-names list. */
function isFieldWord(t: Token): boolean {
  const w = t.text.toLowerCase();
  if (TITLE_WORDS_EN.has(w) || ORG_HEADS_EN.has(w)) return true;
  return !givenNamesEn().has(t.text) && TITLE_WORD_ENDINGS_EN.test(w);
}

interface UnitReading {
  last: number;
  unit?: TitleUnit;
}

/** One word group of a title complement: a country, an acronym, a bracketed acronym, a field or body word;
 *  `open` (after a name, nothing follows) also takes any capitalised word that is not a title head. */
function unitAt(tokens: Token[], k: number, sentence: number, open: boolean): UnitReading | null {
  const t = tokens[k];
  if (!t || t.sentence !== sentence) return null;
  if (t.text === '(' && /^\p{Lu}\p{L}*\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')') return { last: k + 3 };
  if (!lat(t) || !t.cap || isTitleHead(t) || /['’]s$/.test(t.text)) return null;
  const c = countryAt(tokens, k);
  if (c) return { last: c.last, unit: { type: 'LOC', first: k, last: c.last, country: c.country } };
  if (t.upper) return isAcronym(t) ? { last: k + 1, unit: { type: 'ORG', first: k, last: k + 1 } } : null;
  if (isFieldWord(t) || demonymCountry(t.text)) return { last: k + 1 };
  // A word the lists lack before a field word: "Coastal Affairs", "Nordic Investment Bank".
  const next = tokens[k + 1];
  if (next && next.sentence === sentence && lat(next) && next.cap && !next.upper && isFieldWord(next) && !givenNamesEn().has(t.text)) return { last: k + 1 };
  // ... or before a name that starts with an English given name: "Chancellor of the Exchequer Rachel Reeves".
  if (!open && next && next.sentence === sentence && givenNamesEn().has(next.text) && !NAME_PARTICLES_EN.has(next.text.toLowerCase()) && !givenNamesEn().has(t.text) && nameWord(tokens[k + 2], false, false)) return { last: k + 1 };
  const w = t.text.toLowerCase();
  if (open && !isPluralTitleWord(t) && !WEEKDAYS_MONTHS_EN.test(w) && !HONORIFICS_EN.has(w) && !NAME_FUNCTION_WORDS_EN.has(w)) return { last: k + 1 };
  return null;
}

/** "of State for South and Central Asian Affairs", "for Foreign Affairs of Latvia", "of the European Council":
 *  the complement starting at the "of"/"for" at k, or null. */
export function readComplement(tokens: Token[], k: number, open: boolean, to = false): { end: number; units: TitleUnit[] } | null {
  const t = tokens[k];
  if (!t || !(/^(of|for)$/.test(t.text) || (to && t.text === 'to'))) return null;
  const sentence = t.sentence;
  const units: TitleUnit[] = [];
  let j = k + 1;
  let end = -1;
  const unitFrom = (s: number) => unitAt(tokens, tokens[s]?.text === 'the' ? s + 1 : s, sentence, open);
  // Right after a country only a listed word goes on ("of the Czech Republic Parliament"): a word guessed from
  // its ending may be the name that follows ("of Latvia Edgars Rinkevics").
  let afterCountry = false;
  const listed = (t: Token | undefined) => !!t && (t.upper || t.text === '(' || TITLE_WORDS_EN.has(t.text.toLowerCase()) || ORG_HEADS_EN.has(t.text.toLowerCase()));
  for (;;) {
    if (afterCountry && !listed(tokens[j])) break;
    const u = unitFrom(j);
    if (!u) break;
    afterCountry = u.unit?.type === 'LOC';
    if (u.unit) units.push(u.unit);
    j = u.last;
    // A complement ends in a noun: "of the European" is cut ("Vice-President of the European Comm'n").
    if (!ADJECTIVES_EN.has(tokens[j - 1]!.text.toLowerCase()) && !(demonymCountry(tokens[j - 1]!.text) && !u.unit)) end = j;
    const c = tokens[j];
    // Connectors go on only into another field word ("Foreign Affairs and Security Policy"), not into the
    // next person's title ("of France and Chancellor X").
    if (c && c.sentence === sentence && ((/^(and|of|for|&|\/)$/.test(c.text) && unitFrom(j + 1)) || (c.text === ',' && fieldListAt(tokens, j)))) {
      j += 1;
      afterCountry = false;
    }
  }
  return end > 0 ? { end, units: [...units, ...orgRuns(tokens, k + 1, end)] } : null;
}

/** ", Trade and Industry": a comma going on into field words closed by "and" ("Minister of Economy, Trade and
 *  Industry"); not into the next person's title ("Minister of Finance, Trade Minister X"). */
function fieldListAt(tokens: Token[], comma: number): boolean {
  const sentence = tokens[comma]!.sentence;
  const field = (t: Token | undefined) => lat(t) && t.cap && t.sentence === sentence && TITLE_WORDS_EN.has(t.text.toLowerCase());
  for (let j = comma + 1; j < comma + 12 && field(tokens[j]); j += 2) {
    if (tokens[j + 1]?.text === 'and') return field(tokens[j + 2]);
    if (tokens[j + 1]?.text !== ',') return false;
  }
  return false;
}

/** Bodies inside a title: capitalised words ending in an organisation head ("European Commission", "State Council"). */
function orgRuns(tokens: Token[], from: number, to: number): TitleUnit[] {
  const out: TitleUnit[] = [];
  let k = from;
  while (k < to) {
    let j = k;
    while (j < to && lat(tokens[j]) && tokens[j]!.cap && !tokens[j]!.upper && !isTitleHead(tokens[j]) && !countryAt(tokens, j)) j++;
    let head = -1;
    for (let h = k; h < j; h++) if (ORG_HEADS_EN.has(tokens[h]!.text.toLowerCase())) head = h;
    // A lone head names a body only with its country: "Bank of England", "Senate of the Slovak Republic".
    const ofCountry = head === j - 1 && tokens[j]?.text === 'of' ? countryAt(tokens, tokens[j + 1]?.text === 'the' ? j + 2 : j + 1) : null;
    if (head > k || (head === k && ofCountry && ofCountry.last <= to)) {
      // "European Bank for Reconstruction and Development": some heads take a "for" complement of field words.
      let last = head + 1;
      if (last === j && ORG_HEADS_FOR_EN.has(tokens[head]!.text.toLowerCase()) && tokens[j]?.text === 'for') {
        let e = j + 1;
        while (e < to && lat(tokens[e]) && (tokens[e]!.cap ? isFieldWord(tokens[e]!) && !countryAt(tokens, e) : tokens[e]!.text === 'and' && tokens[e + 1]?.cap)) e++;
        if (e > j + 1 && tokens[e - 1]!.cap) last = j = e;
      }
      // "Central Bank of Nigeria": a country after "of" belongs to the body's name.
      if (last === j && ofCountry && ofCountry.last <= to) last = j = ofCountry.last;
      out.push({ type: 'ORG', first: k, last });
    }
    k = Math.max(j, k + 1);
  }
  return out;
}

/** Abbreviated heads and forms of address take a full stop ("Gen.", "Sen.", "Dr."). */
const skipStop = (tokens: Token[], k: number) => (tokens[k]?.text === '.' && tokens[k - 1]!.text.length <= 4 ? k + 1 : k);

/** A title phrase starting at k: modifiers, a head, an optional complement, and a coordinated title
 *  ("Deputy Prime Minister and Minister of Foreign Affairs"). */
export function readTitle(tokens: Token[], k: number): Span | null {
  const t = tokens[k];
  if (!lat(t) || !t.cap) return null;
  const sentence = t.sentence;
  let j = k;
  let headEnd = -1;
  while (same(tokens, j, sentence)) {
    const w = tokens[j]!;
    if (isTitleHead(w)) {
      j += 1;
      headEnd = j;
      continue;
    }
    const c = countryAt(tokens, j);
    if (c) {
      j = c.last;
      continue;
    }
    if (!lat(w) || !w.cap) break;
    // An acronym before a mixed-case head ("NATO Secretary General"); in a line in capitals every word looks
    // like one ("FOREIGN MINISTER ARVID LANGE").
    if (w.upper ? (isAcronym(w) && !tokens[j + 1]?.upper) || TITLE_WORDS_EN.has(w.text.toLowerCase()) : TITLE_WORDS_EN.has(w.text.toLowerCase()) || ORG_HEADS_EN.has(w.text.toLowerCase()) || demonymCountry(w.text)) {
      // A body before the head may have an of-complement: "Bank of England Governor".
      j += tokens[j + 1]?.text === 'of' && ORG_HEADS_EN.has(w.text.toLowerCase()) && headEnd < 0 && tokens[j + 2]?.cap ? 2 : 1;
      continue;
    }
    // Any words of a body's name before the head: "World Bank President", "Federal Reserve Chair".
    if (headEnd < 0 && !w.upper && bodyAhead(tokens, j)) {
      j += 1;
      continue;
    }
    break;
  }
  if (headEnd < 0) return null;
  let end = skipStop(tokens, headEnd);
  const complement = readComplement(tokens, end, false);
  if (complement) end = complement.end;
  // An envoy's post names where he is sent: "Ambassador of Japan to Kazakhstan".
  const sentTo = ENVOY_HEADS_EN.has(tokens[headEnd - 1]!.text.toLowerCase()) ? readComplement(tokens, end, false, true) : null;
  if (sentTo) end = sentTo.end;
  if (tokens[end]?.text === 'and' && same(tokens, end, sentence)) {
    const next = readTitle(tokens, end + 1);
    if (next) end = next.end;
  }
  return { start: k, end };
}

/** An organisation head within the next capitalised words before any title head ("World | Bank President"). */
function bodyAhead(tokens: Token[], k: number): boolean {
  for (let j = k + 1; j < k + 4 && lat(tokens[j]) && tokens[j]!.cap && !isTitleHead(tokens[j]); j++) {
    if (ORG_HEADS_EN.has(tokens[j]!.text.toLowerCase())) return true;
  }
  return false;
}

/** The token after the forms of address starting at k ("His Majesty", "H.E. Mr.", "Dr"). */
export function skipHonorifics(tokens: Token[], k: number): number {
  let j = k;
  for (;;) {
    const t = tokens[j];
    if (!lat(t) || !t.cap) return j;
    // "H.E." is four tokens.
    if (t.text === 'H' && tokens[j + 1]?.text === '.' && tokens[j + 2]?.text === 'E') {
      j = skipStop(tokens, j + 3);
      continue;
    }
    const w = t.text.toLowerCase();
    // "His Royal Highness"; "Royal" alone starts names of bodies ("Royal Dutch Shell").
    if (w === 'royal' && tokens[j + 1]?.text === 'Highness') {
      j += 1;
      continue;
    }
    if (!HONORIFICS_EN.has(w) && t.text !== 'HE') return j;
    j = skipStop(tokens, j + 1);
  }
}

const isRegnal = (t: Token | undefined) => t?.upper === true && /^[IVX]{2,5}$/.test(t.text);

/** A word that can be part of a name: capitalised (in capitals only in an all-capitals title), no function word,
 *  month or plural position; the first word is no title or field word either. */
function nameWord(t: Token | undefined, first: boolean, capitals: boolean): boolean {
  if (!lat(t) || !t.cap || (t.upper && !capitals) || t.text.length < 2) return false;
  const w = t.text.toLowerCase().replace(/['’]s$/, '');
  if (NAME_FUNCTION_WORDS_EN.has(w) || HONORIFICS_EN.has(w) || WEEKDAYS_MONTHS_EN.test(w) || isPluralTitleWord(t)) return false;
  // In capitals the verb of a headline follows the name ("MINISTER ARVID LANGE MEETS ...").
  if (t.upper && (EN.cueWord.test(w) || HEADLINE_VERBS_EN.has(w))) return false;
  return !first || !(isTitleHead(t) || TITLE_WORDS_EN.has(w));
}

/** A person's name starting at k (after forms of address): its span, or null. A possessive ends it. */
export function readName(tokens: Token[], k: number, capitals = false): Span | null {
  const sentence = tokens[k]?.sentence;
  if (sentence === undefined) return null;
  const start = skipHonorifics(tokens, k);
  let j = start;
  let end = -1;
  let words = 0;
  while (same(tokens, j, sentence) && words < 6) {
    const t = tokens[j]!;
    // An initial: "Antony J. Blinken", "S. Jaishankar".
    if (lat(t) && t.cap && t.text.length === 1 && tokens[j + 1]?.text === '.' && nameWord(tokens[j + 2], false, capitals)) {
      j += 2;
      continue;
    }
    // ... or without its full stop inside a name: "George W Bush".
    if (words > 0 && lat(t) && t.cap && t.text.length === 1 && nameWord(tokens[j + 1], false, capitals)) {
      j += 1;
      continue;
    }
    // Initials written together before a name: "JD Vance".
    const joinedInitials = words === 0 && !capitals && t.upper && t.text.length === 2 && !countryAt(tokens, j) && nameWord(tokens[j + 1], false, false);
    if (joinedInitials || nameWord(t, words === 0, capitals) || (words > 0 && /^(?:al|el|as|ash|ad|bin|ibn|abu|de|di|da|van|von)-\p{Lu}/u.test(t.text))) {
      words += 1;
      j += 1;
      end = j;
      if (/['’]s$/.test(t.text)) break;
      // A regnal number: "Abdullah II", "Charles the III".
      if (isRegnal(tokens[j])) end = j = j + 1;
      else if (tokens[j]?.text === 'the' && isRegnal(tokens[j + 1])) end = j = j + 2;
      continue;
    }
    // Particles between name words: "Yahya bin Mahfoudh al Mantheri", "Ursula von der Leyen".
    if (words > 0 && lat(t) && !t.cap && NAME_PARTICLES_EN.has(t.text)) {
      let p = j;
      while (lat(tokens[p]) && !tokens[p]!.cap && NAME_PARTICLES_EN.has(tokens[p]!.text) && p - j < 3) p++;
      if (same(tokens, p, sentence) && nameWord(tokens[p], false, capitals)) {
        j = p;
        continue;
      }
    }
    break;
  }
  return end > start ? { start, end } : null;
}

/** The name after a title or a form of address starting at k: "Secretary of State Antony J. Blinken",
 *  "His Majesty King Charles the III", "Dr Yahya bin Mahfoudh al Mantheri". Null when no name follows, or when
 *  the words are a body ("President of Ghana Kofi Annan Centre") or a place. */
export function readTitledName(tokens: Token[], k: number): TitledName | null {
  const lead = skipHonorifics(tokens, k);
  const title = readTitle(tokens, lead);
  if (!title && lead === k) return null;
  const capitals = title !== null && tokens.slice(title.start, title.end).every((t) => t.kind !== 'lat' || t.upper || !t.cap);
  const name = readName(tokens, title ? title.end : lead, capitals);
  if (!name) return null;
  const words = tokens.slice(name.start, name.end).filter((t) => t.kind === 'lat' && t.cap);
  const lastWord = words[words.length - 1]!.text.toLowerCase().replace(/['’]s$/, '');
  if (ORG_HEADS_EN.has(lastWord)) return null;
  if (words.length === 1 && name.end - name.start === 1) {
    const w = words[0]!.text.replace(/['’]s$/, '');
    const royal = title !== null && ROYAL_TITLES_EN.has(tokens[title.end - 1]!.text.toLowerCase());
    if (!royal && (countryAt(tokens, name.start) || isEnglishCityName(w))) return null;
  }
  const units = title ? titleUnits(tokens, title) : [];
  return { title, name, units };
}

/** Countries and bodies inside a title, for the mentions and the person's organisation. */
export function titleUnits(tokens: Token[], title: Span): TitleUnit[] {
  const units: TitleUnit[] = [];
  for (let k = title.start; k < title.end; k++) {
    const c = countryAt(tokens, k);
    if (c) {
      units.push({ type: 'LOC', first: k, last: c.last, country: c.country });
      k = c.last - 1;
    } else if (lat(tokens[k]) && isAcronym(tokens[k]!)) units.push({ type: 'ORG', first: k, last: k + 1 });
  }
  units.push(...orgRuns(tokens, title.start, title.end));
  return units.sort((a, b) => a.first - b.first);
}

/** The title phrase that ends right before a name (forms of address may stand between): "Secretary of State"
 *  for "Antony J. Blinken" in "Secretary of State Antony J. Blinken"; with `comma`, one that ends at the comma
 *  before the name ("the High Representative of the EU for Foreign Affairs, H.E. Mr. Josep Borrell"). */
export function titleBefore(tokens: Token[], nameFirst: number, comma = false): Span | null {
  const sentence = tokens[nameFirst]?.sentence;
  let e = honorificsStart(tokens, nameFirst);
  if (comma) {
    if (tokens[e - 1]?.text !== ',') return null;
    e -= 1;
  }
  for (let s = Math.max(0, e - 24); s < e; s++) {
    if (tokens[s]!.sentence !== sentence) continue;
    const t = readTitle(tokens, s);
    if (t && t.end === e) return t;
  }
  return null;
}

/** The first token of the forms of address right before k (k itself when there are none). */
export function honorificsStart(tokens: Token[], k: number): number {
  for (let s = Math.max(0, k - 6); s < k; s++) {
    if (tokens[s]!.sentence === tokens[k]!.sentence && skipHonorifics(tokens, s) === k && lat(tokens[s])) return s;
  }
  return k;
}
