// People step: the PER mentions of the document grouped by person (a lone surname, an inflected form and the
// full name are one person), each with the nominative full name.

import { analyse } from '../knowledge/morphology.ts';
import { readRussianName, surnameCandidates } from '../knowledge/nominative.ts';
import { personCases } from '../mentions/ru/person-cases.ts';
import type { AnalysedDocument } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';

export interface PersonGroup {
  name: string;
  surname: string;
  mentions: Mention[];
}

/** Groups the PER mentions of the document by person, each with its nominative full name. */
export function people(doc: AnalysedDocument): PersonGroup[] {
  const groups: PersonGroup[] = [];
  const bySurname = new Map<string, PersonGroup>();
  const single: Mention[] = [];
  // The gender of a surname seen alone and unambiguous elsewhere ("Медведев") settles the full mentions.
  const genderOfSurname = new Map<string, string>();
  if (doc.language === 'ru') {
    for (const m of doc.mentions) {
      if (m.type !== 'PER' || m.last - m.first !== 1) continue;
      const surnames = analyse(doc.tokens[m.first]!.text).parses.filter((p) => p.surname);
      const genders = new Set(surnames.map((p) => p.gender));
      if (surnames.length > 0 && genders.size === 1) genderOfSurname.set(surnames[0]!.lemma, surnames[0]!.gender!);
    }
  }
  const nameOf = (m: Mention): string[] => {
    if (doc.language === 'ru') {
      const last = analyse(doc.tokens[m.last - 1]!.text).parses.find((p) => p.surname);
      const gender = last ? genderOfSurname.get(last.lemma) : undefined;
      return readRussianName(doc.tokens, m, { gender, cases: personCases(doc, m) }).words;
    }
    // "Stefan Johannesson of Iceland": the name stops before "of". Words as written, with an initial's full
    // stop ("Antony J. Blinken").
    const tokens = doc.tokens.slice(m.first, m.last);
    const cut = tokens.findIndex((t, i) => i > 0 && /^(of|from)$/.test(t.text));
    const kept = cut > 0 ? tokens.slice(0, cut) : tokens;
    return doc.text.slice(kept[0]!.start, kept[kept.length - 1]!.end).replace(/['’]s$/, '').split(/\s+/);
  };
  for (const m of doc.mentions) {
    if (m.type !== 'PER') continue;
    if (m.last - m.first < 2) {
      single.push(m);
      continue;
    }
    const words = nameOf(m);
    const surname = words[words.length - 1]!.toLowerCase();
    const existing = bySurname.get(surname);
    // "Donald J. Trump" and "Melania Trump": one surname, two people (a short form or an initial is the same one).
    if (existing && doc.language === 'en' && !samePerson(existing.name.split(' '), words)) {
      groups.push({ name: words.join(' '), surname, mentions: [m] });
      continue;
    }
    if (existing) {
      existing.mentions.push(m);
      if (words.length > existing.name.split(' ').length) existing.name = words.join(' ');
      continue;
    }
    const group = { name: words.join(' '), surname, mentions: [m] };
    groups.push(group);
    bySurname.set(surname, group);
  }
  for (const m of single) {
    const word = doc.tokens[m.first]!.text.replace(/['’]s$/, '');
    const candidates = doc.language === 'ru' ? surnameCandidates(word) : [word];
    const match = candidates.map((c) => bySurname.get(c.toLowerCase())).find(Boolean);
    if (match) {
      match.mentions.push(m);
      continue;
    }
    const name = doc.language === 'ru' ? nameOf(m)[0]! : word;
    const group = { name, surname: name.toLowerCase(), mentions: [m] };
    groups.push(group);
    bySurname.set(group.surname, group);
    for (const c of candidates) if (!bySurname.has(c.toLowerCase())) bySurname.set(c.toLowerCase(), group);
  }
  for (const g of groups) g.mentions.sort((a, b) => a.start - b.start);
  return groups;
}

/** Two English names of one person: one is the end of the other ("Le Drian", "Jean-Yves Le Drian"), or the first
 *  names agree (equal, a short form "Joe" of "Joseph", or an initial "J."). */
function samePerson(a: string[], b: string[]): boolean {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  if (long.slice(long.length - short.length).join(' ') === short.join(' ')) return true;
  const x = a[0]!.toLowerCase().replace(/\.$/, '');
  const y = b[0]!.toLowerCase().replace(/\.$/, '');
  return x.startsWith(y) || y.startsWith(x);
}
