// English roles: the title before a name ("Italian Prime Minister Silvio Berlusconi", "the mayor of London,
// Sadiq Khan,") or an apposition after it ("Mahmoud Abbas, the Palestinian leader,"), and whom it says the
// person represents.

import { demonymCountry } from '../../knowledge/demonyms.ts';
import { cityCountry, gazetteer } from '../../knowledge/gazetteer.ts';
import { TITLES_EN } from '../../lexicon/en.ts';
import { organizationName } from '../organization-names.ts';
import type { RoleReading } from '../roles.ts';
import type { AnalysedDocument } from '../../model/document.ts';
import type { Mention } from '../../model/mention.ts';

export function englishRole(doc: AnalysedDocument, person: Mention): RoleReading {
  const { tokens, text } = doc;
  const sentence = tokens[person.first]!.sentence;
  // "The mayor of London, Sadiq Khan, ...": the title phrase stands before the name and a comma.
  const before = tokens[person.first - 1];
  const titleThenComma = before?.text === ',' && before.sentence === sentence;
  const end = titleThenComma ? person.first - 1 : person.first;
  let start = end;
  let sawTitle = false;
  while (start > 0 && end - start < 8) {
    const k = start - 1;
    const t = tokens[k]!;
    if (t.sentence !== sentence) break;
    const lower = t.text.toLowerCase().replace(/['’]s$/, '');
    const m = doc.mentionAt[k];
    if (m && m.type === 'PER') break;
    if (TITLES_EN.has(lower) || /^(general|foreign|affairs|finance|trade|economy|defence|defense|state|interior|chief|minister|director|head|former|de)$/.test(lower)) {
      sawTitle = true;
      start = k;
    } else if ((t.cap && (m || demonymCountry(t.text))) || (t.cap && (sawTitle || titleThenComma)) || /^['’]s$/.test(t.text) || t.text === "'" || t.text === '’') {
      start = k;
    } else if ((lower === 'for' || lower === 'of' || (lower === 'the' && titleThenComma && !sawTitle)) && (sawTitle || titleThenComma)) {
      start = k;
    } else break;
  }
  while (start < end && /^(the|former|of|for|'|’|s|but|and|yet|so|or|then)$/i.test(tokens[start]!.text)) start++;
  // Before a comma the phrase starts with its title or a capitalised owner ("Spain's director general for Europe, X").
  if (titleThenComma) while (start < end && !TITLES_EN.has(tokens[start]!.text.toLowerCase()) && !tokens[start]!.cap) start++;
  // "Mr", "Dr": a form of address is not a position.
  const honorificsOnly = tokens.slice(start, end).every((t) => /^(mr|mrs|ms|miss|dr|sir|lord|lady|dame)$/i.test(t.text));
  if (start < end && sawTitle && !honorificsOnly) {
    const role = text.slice(tokens[start]!.start, tokens[end - 1]!.end).trim();
    return { role, organization: englishOrganization(doc, start, end) };
  }
  // Apposition: "Mahmoud Abbas, the Palestinian leader," / "Tony Blair, the prime minister".
  const comma = tokens[person.last];
  if (comma?.text === ',') {
    let k = person.last + 1;
    // ", and the Palestinian leader, X": the next person's title, not this one's.
    if (/^(and|or|but)$/i.test(tokens[k]?.text ?? '')) return { role: null, organization: null };
    if (tokens[k]?.text.toLowerCase() === 'the') k++;
    // The apposition names a position: it starts with a title, a capitalised word or a demonym, not a verb
    // ("Sadiq Khan, held talks with the chief executive" is the sentence going on).
    const opener = tokens[k];
    if (!opener || !(TITLES_EN.has(opener.text.toLowerCase()) || opener.cap || /^(former|deputy|acting|new)$/i.test(opener.text))) return { role: null, organization: null };
    const from = k;
    let hasTitle = false;
    while (k < tokens.length && k - from < 7 && tokens[k]!.kind !== 'punct') {
      if (TITLES_EN.has(tokens[k]!.text.toLowerCase())) hasTitle = true;
      k++;
    }
    if (hasTitle && k > from) {
      return { role: text.slice(tokens[from]!.start, tokens[k - 1]!.end), organization: englishOrganization(doc, from, k) };
    }
  }
  return { role: null, organization: null };
}

function englishOrganization(doc: AnalysedDocument, from: number, to: number): string | null {
  const g = gazetteer();
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    const m = doc.mentionAt[k];
    if (m?.type === 'ORG') return organizationName(doc, m);
    if (m?.type === 'LOC' && m.country) return g.countryName.en.get(m.country.code) ?? m.country.name;
    const demonym = demonymCountry(t.text);
    if (demonym) return g.countryName.en.get(demonym.code) ?? demonym.name;
    if (t.cap && !TITLES_EN.has(t.text.toLowerCase())) {
      // A body named in several words with connectors ("Transport for London", "Bank of England").
      let j = k + 1;
      while (j < to && (doc.tokens[j]!.cap || (/^(for|of|and|&)$/i.test(doc.tokens[j]!.text) && doc.tokens[j + 1]?.cap && j + 1 < to))) j++;
      if (j - k > 1) return doc.text.slice(t.start, doc.tokens[j - 1]!.end);
      const name = t.text.replace(/['’]s$/, '');
      // A city: a mayor or governor of it represents its country ("mayor of London" -> United Kingdom).
      if (m?.type === 'LOC') {
        const city = cityCountry(name);
        if (city) return g.countryName.en.get(city.code) ?? name;
      }
      const country = g.enCountries.get(name.toLowerCase());
      if (country) return g.countryName.en.get(country.code) ?? country.name;
      return name;
    }
  }
  return null;
}
