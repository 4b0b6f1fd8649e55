// English roles: the title before a name ("Italian Prime Minister Silvio Berlusconi", "the mayor of London,
// Sadiq Khan,") or an apposition after it ("Mahmoud Abbas, the Palestinian leader,"), and whom it says the
// person represents.

import { demonymCountry } from '../../knowledge/demonyms.ts';
import { cityCountry, gazetteer, isEnglishCityName } from '../../knowledge/gazetteer.ts';
import { HONORIFICS_EN, NAME_PARTICLES_EN, NOT_TITLE_OWNERS_EN, PLURAL_TITLES_EN, ROYAL_TITLES_EN, STATE_BODY_HEADS_EN, TENURE_WORDS_EN, TITLE_HEADS_EN, TITLE_WORDS_EN, TITLES_EN } from '../../lexicon/en.ts';
import { organizationName } from '../organization-names.ts';
import type { RoleReading } from '../roles.ts';
import type { AnalysedDocument } from '../../model/document.ts';
import type { Country, Mention } from '../../model/mention.ts';
import { countryAt, honorificsStart, isTitleHead, isTitleWord, readComplement, type Span, skipHonorifics, titleBefore, titleUnits } from './titles.ts';

export function englishRole(doc: AnalysedDocument, person: Mention): RoleReading {
  const { tokens, text } = doc;
  const sentence = tokens[person.first]!.sentence;
  // A capitalised title right before the name ("Secretary of State Antony J. Blinken"), or before a comma
  // ("the High Representative of the EU for Foreign Affairs, H.E. Mr. Josep Borrell") unless that title is the
  // apposition of the person named before it ("Milan Novak, President of the Senate, Jan Hora, ...").
  const direct = titleBefore(tokens, person.first);
  const set = titleBefore(tokens, person.first, true);
  const title = direct ?? (set && !(tokens[set.start - 1]?.text === ',' && doc.mentionAt[set.start - 2]?.type === 'PER') ? set : null);
  // A royal title alone gives way to the office the apposition names ("Prince X, the Crown Prince and Prime Minister,").
  if (title && title.end - title.start === 1 && ROYAL_TITLES_EN.has(tokens[title.start]!.text.toLowerCase())) {
    const office = appositionRole(doc, person);
    if (office.role) return office;
  }
  if (title) return titleRole(doc, title, person);
  if (set) return appositionRole(doc, person);
  // "The mayor of London, Sadiq Khan, ...": the title phrase stands before the name and a comma.
  const nameFirst = honorificsStart(tokens, person.first);
  const before = tokens[nameFirst - 1];
  const titleThenComma = before?.text === ',' && before.sentence === sentence;
  const end = titleThenComma ? nameFirst - 1 : nameFirst;
  let start = end;
  let sawTitle = false;
  while (start > 0 && end - start < 8) {
    const k = start - 1;
    const t = tokens[k]!;
    if (t.sentence !== sentence) break;
    const lower = t.text.toLowerCase().replace(/['’]s$/, '');
    const m = doc.mentionAt[k];
    if (m && m.type === 'PER') break;
    if (TITLES_EN.has(lower) || TITLE_HEADS_EN.has(lower) || /^(general|foreign|affairs|finance|trade|economy|defence|defense|state|interior|chief|minister|director|head|former|de)$/.test(lower)) {
      sawTitle = true;
      start = k;
    } else if (sawTitle && TITLE_WORDS_EN.has(lower)) {
      // The field of a lower-case title: "national security adviser X".
      start = k;
    } else if ((t.cap && (m || demonymCountry(t.text))) || (t.cap && (sawTitle || titleThenComma)) || /^['’]s$/.test(t.text) || t.text === "'" || t.text === '’') {
      start = k;
    } else if ((lower === 'for' || lower === 'of' || (lower === 'the' && titleThenComma && !sawTitle)) && (sawTitle || titleThenComma)) {
      start = k;
    } else break;
  }
  const listed = listRole(doc, person);
  if (listed) return listed;
  while (start < end && /^(the|former|of|for|'|’|s|but|and|yet|so|or|then)$/i.test(tokens[start]!.text)) start++;
  // Before a comma the phrase starts with its title or a capitalised owner ("Spain's director general for Europe, X").
  if (titleThenComma) while (start < end && !TITLES_EN.has(tokens[start]!.text.toLowerCase()) && !tokens[start]!.cap) start++;
  // "Mr", "Dr": a form of address is not a position.
  const honorificsOnly = tokens.slice(start, end).every((t) => /^(mr|mrs|ms|miss|dr|sir|lord|lady|dame)$/i.test(t.text));
  if (start < end && sawTitle && !honorificsOnly) {
    const role = text.slice(tokens[start]!.start, tokens[end - 1]!.end).trim();
    return { role, organization: englishOrganization(doc, start, end) };
  }
  return appositionRole(doc, person);
}

/**
 * A name in a list after a plural title: each person holds the singular title ("State Council members X, Y and
 * Z" -> "State Council member"; "Presidents X of A and Y of B" -> "President of A").
 */
function listRole(doc: AnalysedDocument, person: Mention): RoleReading | null {
  const { tokens, text } = doc;
  const sentence = tokens[person.first]!.sentence;
  let k = person.first - 1;
  for (; k >= 0 && person.first - k < 40 && tokens[k]!.sentence === sentence; k--) {
    const t = tokens[k]!;
    const lower = t.text.toLowerCase().replace(/\.$/, '');
    if (doc.mentionAt[k]?.type === 'PER' || t.text === ',' || /^[—–]$/.test(t.text) || lower === 'and' || lower === 'of' || HONORIFICS_EN.has(lower) || t.text === '.') continue;
    // Names of the list the finder missed, with their particles ("Salim bin Mohamed al Riyami").
    if (t.kind === 'lat' && (NAME_PARTICLES_EN.has(lower) || (t.cap && !PLURAL_TITLES_EN[lower]))) continue;
    break;
  }
  const plural = tokens[k];
  const singular = plural?.kind === 'lat' ? PLURAL_TITLES_EN[plural.text.toLowerCase()] : undefined;
  if (!plural || !singular || plural.sentence !== sentence) return null;
  const shared = distributed(doc, k, singular, person);
  if (shared) return shared;
  let from = k;
  while (from > 0 && tokens[from - 1]!.sentence === sentence && tokens[from - 1]!.kind === 'lat' && tokens[from - 1]!.cap && !NOT_TITLE_OWNERS_EN.has(tokens[from - 1]!.text.toLowerCase())) from--;
  const head = plural.cap ? singular[0]!.toUpperCase() + singular.slice(1) : singular.toLowerCase();
  let role = from < k ? `${text.slice(tokens[from]!.start, tokens[k - 1]!.end)} ${head}` : head;
  // "X of Lithuania": the person's own country after the name.
  const of = tokens[person.last]?.text === 'of' ? countryAt(tokens, tokens[person.last + 1]?.text === 'the' ? person.last + 2 : person.last + 1) : null;
  if (of) role += ` ${text.slice(tokens[person.last]!.start, tokens[of.last - 1]!.end)}`;
  return { role, organization: of ? englishOrganization(doc, person.last, of.last) : englishOrganization(doc, from, k) };
}

/**
 * "the foreign ministers of A, B and C, X, Y and Z" (or "— X, Y and Z"): as many people as countries, the
 * i-th person holds the post of the i-th country ("foreign minister of B" for Y).
 */
function distributed(doc: AnalysedDocument, plural: number, singular: string, person: Mention): RoleReading | null {
  const { tokens, text } = doc;
  if (tokens[plural + 1]?.text !== 'of') return null;
  const countries: Array<{ first: number; last: number; country: Country }> = [];
  let j = plural + 2;
  for (let n = 0; n < 12; n++) {
    if (tokens[j]?.text === 'the') j++;
    const c = countryAt(tokens, j);
    if (!c) break;
    countries.push({ first: j, last: c.last, country: c.country });
    j = c.last;
    if (tokens[j]?.text === ',' && tokens[j + 1]?.text === 'and') j += 2;
    else if (tokens[j]?.text === ',' || tokens[j]?.text === 'and') j++;
    else break;
  }
  if (countries.length < 2) return null;
  // The names right after the countries, joined by commas and "and".
  const names: Mention[] = [];
  const afterCountries = countries[countries.length - 1]!.last;
  for (const m of doc.sentenceMentions[tokens[plural]!.sentence] ?? []) {
    if (m.type !== 'PER' || m.first < afterCountries) continue;
    const gap = tokens.slice(names.length === 0 ? afterCountries : names[names.length - 1]!.last, m.first);
    if (gap.length > 3 || gap.some((t) => !/^(,|and|[—–:]|mr|mrs|ms|dr)$/i.test(t.text))) break;
    names.push(m);
  }
  const i = names.indexOf(person);
  if (i < 0 || names.length !== countries.length) return null;
  let from = plural;
  while (from > 0 && tokens[from - 1]!.sentence === tokens[plural]!.sentence && !tokens[from - 1]!.cap && TITLE_WORDS_EN.has(tokens[from - 1]!.text.toLowerCase())) from--;
  const head = tokens[plural]!.cap ? singular[0]!.toUpperCase() + singular.slice(1) : singular.toLowerCase();
  const modifiers = from < plural ? `${text.slice(tokens[from]!.start, tokens[plural - 1]!.end)} ` : '';
  const own = countries[i]!;
  return { role: `${modifiers}${head} of ${text.slice(tokens[own.first]!.start, tokens[own.last - 1]!.end)}`, organization: countryName(own.country) };
}

/** Apposition: "Mahmoud Abbas, the Palestinian leader," / "Tony Blair, the prime minister" / "Martin Novak,
 *  Deputy Prime Minister and Minister of Foreign Affairs," (to the next punctuation, not into "and H.E. Mr. Y"). */
function appositionRole(doc: AnalysedDocument, person: Mention): RoleReading {
  const { tokens, text } = doc;
  const comma = tokens[person.last];
  if (comma?.text !== ',') return { role: null, organization: null };
  let k = person.last + 1;
  // ", and the Palestinian leader, X": the next person's title, not this one's.
  if (/^(and|or|but)$/i.test(tokens[k]?.text ?? '')) return { role: null, organization: null };
  if (tokens[k]?.text.toLowerCase() === 'the') k++;
  // The apposition names a position: it starts with a title, a capitalised word or a demonym, not a verb
  // ("Sadiq Khan, held talks with the chief executive" is the sentence going on).
  const opener = tokens[k];
  const titleWord = (t: { text: string }) => TITLES_EN.has(t.text.toLowerCase()) || TITLE_HEADS_EN.has(t.text.toLowerCase()) || /^heads?$/i.test(t.text);
  if (!opener || !(titleWord(opener) || opener.cap || /^(former|deputy|acting|new)$/i.test(opener.text))) return { role: null, organization: null };
  const from = k;
  let hasTitle = false;
  while (k < tokens.length && k - from < 14 && tokens[k]!.kind !== 'punct' && tokens[k]!.sentence === comma.sentence) {
    // "..., President of the European Council and H.E. Mr. Josep Borrell": the next person starts.
    if (tokens[k]!.text === 'and' && skipHonorifics(tokens, k + 1) > k + 1) break;
    if (titleWord(tokens[k]!) || isTitleHead(tokens[k])) hasTitle = true;
    k++;
  }
  if (hasTitle && k > from) {
    return { role: text.slice(tokens[from]!.start, tokens[k - 1]!.end), organization: englishOrganization(doc, from, sentFrom(doc, from, k)) };
  }
  return { role: null, organization: null };
}

/** The role from a title phrase, with a complement after the name ("President Vladimir Putin of Russia" ->
 *  "President of Russia") and an owner before it ("Gibraltar's Chief Minister"). */
function titleRole(doc: AnalysedDocument, title: Span, person: Mention): RoleReading {
  const { tokens, text } = doc;
  // "Britain's Europe Director X", "Thailand's acting Prime Minister X": a capitalised owner up to two words
  // (and a word of tenure) before the title.
  let start = title.start;
  const sameSentence = (k: number) => tokens[k]!.sentence === tokens[title.start]!.sentence;
  for (let k = title.start - 1; k >= 0 && title.start - k <= 3 && sameSentence(k) && (tokens[k]!.cap || TENURE_WORDS_EN.has(tokens[k]!.text)); k--) {
    if (/['’]s$/.test(tokens[k]!.text)) {
      start = k;
      break;
    }
  }
  // "Rheinmetall CEO X", "Ashikaga Deputy Mayor Y": a company or place named right before the title (not a
  // word of time or discourse, nor a sentence's first word the text also writes in lower case).
  const k = title.start - 1;
  const owner = tokens[k];
  if (start === title.start && owner && sameSentence(k) && owner.kind === 'lat' && owner.cap && !/['’]s$/.test(owner.text) && doc.mentionAt[k]?.type !== 'PER') {
    const lower = owner.text.toLowerCase();
    const initial = k === doc.sentenceTokens[owner.sentence]![0];
    const writtenLower = initial && new RegExp(`(?:^|[^\\p{L}])${lower}(?:[^\\p{L}]|$)`, 'u').test(text);
    if (!TITLES_EN.has(lower) && !HONORIFICS_EN.has(lower) && !isTitleWord(owner) && !NOT_TITLE_OWNERS_EN.has(lower) && !writtenLower) start = k;
  }
  let role = text.slice(tokens[start]!.start, tokens[title.end - 1]!.end);
  const after = readComplement(tokens, person.last, true);
  if (after) role += ` ${text.slice(tokens[person.last]!.start, tokens[after.end - 1]!.end)}`;
  return { role, organization: (after && englishOrganization(doc, person.last, after.end, false)) ?? englishOrganization(doc, start, sentFrom(doc, start, title.end), false) };
}

/** Where the title's own part ends: an envoy represents his country, not the one he is sent to ("Japanese
 *  Ambassador to Kazakhstan" -> Japan). */
function sentFrom(doc: AnalysedDocument, from: number, to: number): number {
  for (let k = from + 1; k < to; k++) if (doc.tokens[k]!.text === 'to') return k;
  return to;
}

/** Whom a role says the person represents: the country in it (for a state post, or a state body: "President
 *  of the Senate of the Czech Republic"), else the body in it ("European Commission President", "NATO
 *  Secretary General"), else a capitalised body or place among its words ("Transport for London"). */
function englishOrganization(doc: AnalysedDocument, from: number, to: number, anyWord = true): string | null {
  const g = gazetteer();
  const { tokens, text } = doc;
  let country: string | null = null;
  let body: string | null = null;
  for (const u of titleUnits(tokens, { start: from, end: to })) {
    // A country as the text names it ("of the Republic of Korea"), the usual name for an acronym ("US").
    const written = tokens[u.first]!.upper || tokens[u.first]!.text.length === 1 ? null : text.slice(tokens[u.first]!.start, tokens[u.last - 1]!.end);
    if (u.type === 'LOC' && u.country) country ??= written ?? countryName(u.country);
    const m = doc.mentionAt[u.first];
    if (u.type === 'ORG') body ??= m?.type === 'ORG' && m.first === u.first ? organizationName(doc, m) : text.slice(tokens[u.first]!.start, tokens[u.last - 1]!.end);
  }
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const m = doc.mentionAt[k];
    if (m?.type === 'ORG' && m.first >= from && m.last <= to) body ??= organizationName(doc, m);
    if (m?.type === 'LOC' && m.country) country ??= countryName(m.country);
    const word = t.text.replace(/['’]s$/, '');
    const c = t.cap ? (demonymCountry(word) ?? g.enCountries.get(word.toLowerCase())) : undefined;
    if (c) country ??= countryName(c);
  }
  if (country && (!body || STATE_BODY_HEADS_EN.test(body))) return country;
  if (body || country) return body ?? country;
  // A city: a mayor or governor of it represents its country ("Mayor of Leeds" -> United Kingdom).
  const cityOf = (k: number) => {
    const m = doc.mentionAt[k];
    const word = tokens[k]!.text.replace(/['’]s$/, '');
    const named = m ? m.type === 'LOC' && m.last - m.first === 1 : tokens[k]!.cap && !isTitleWord(tokens[k]!) && isEnglishCityName(word);
    const city = named ? cityCountry(word) : undefined;
    return city ? countryName({ code: city.code, name: city.name }) : null;
  };
  // A title read by its grammar names no other body: its other words are fields ("of the Exchequer").
  if (!anyWord) {
    for (let k = from; k < to; k++) if (cityOf(k)) return cityOf(k);
    return null;
  }
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const m = doc.mentionAt[k];
    if (t.cap && !TITLES_EN.has(t.text.toLowerCase()) && !isTitleHead(t)) {
      // A body named in several words with connectors ("Transport for London", "Bank of England"), not a field
      // of the title alone ("Foreign Affairs").
      let j = k + 1;
      while (j < to && (tokens[j]!.cap || (/^(for|of|and|&)$/i.test(tokens[j]!.text) && tokens[j + 1]?.cap && j + 1 < to))) j++;
      const fieldOnly = tokens.slice(k, j).every((w) => !w.cap || isTitleWord(w));
      // A title's words, not a body ("Diplomatic Adviser to the President").
      const titled = tokens.slice(k, j).some((w) => isTitleHead(w));
      if (j - k > 1 && !fieldOnly && !titled) return text.slice(t.start, tokens[j - 1]!.end);
      if (fieldOnly || titled) {
        k = j - 1;
        continue;
      }
      return m?.type === 'LOC' ? cityOf(k) : t.text.replace(/['’]s$/, '');
    }
  }
  return null;
}

/** The usual English name of a country: the ISO name unless it is a long form ("United States of America",
 *  "Russian Federation", "Islamic Republic of Iran"), then the longest other name that is not ("United States",
 *  "Russia", "Iran"). */
function countryName(c: Country): string {
  const g = gazetteer();
  const long = (name: string) => / of |Federation$/.test(name);
  const canonical = g.countryName.en.get(c.code) ?? c.name;
  if (!long(canonical)) return canonical;
  let best: string | undefined;
  for (const [, x] of g.enCountries) {
    if (x.code !== c.code || long(x.name) || x.name === x.name.toUpperCase() || x.name.includes('.')) continue;
    if (!best || x.name.length > best.length) best = x.name;
  }
  return best ?? canonical;
}
