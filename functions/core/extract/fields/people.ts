// People step: the PER mentions of the document grouped by person (a lone surname, an inflected form and the
// full name are one person), each with the nominative full name. Two full names with one surname are one person
// only when their first names agree ("Donald J. Trump" and "Melania Trump" are two; "Дональд Трамп" and
// "Дональда Трампа" one), and a surname the dictionary cannot put into the nominative («Трампа», a ship's "трамп"
// to az) still joins its person by its case ending.

import { givenNamesEn } from '../knowledge/gazetteer.ts';
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

interface Group extends PersonGroup {
  /** The first name (lower case) of the fullest form, if any. */
  first: string | null;
  /** The name was read from a headline mention. */
  fromHeadline: boolean;
}

/** Russian case endings a name takes when the dictionary does not decline it (Трамп-а, Токаев-ым, Жомарт-ом). */
const CASE_ENDING_RU = /(?:ами|ями|ыми|ими|ом|ем|ым|им|ой|ей|ою|ею|ых|их|а|я|у|ю|е|ы|и)$/;

/** A Russian name word without its case ending, when enough of it is left. */
function stemRu(word: string): string {
  const stem = word.replace(CASE_ENDING_RU, '');
  return stem.length >= 3 ? stem : word;
}

/** One name word, whatever its case ("токаев", "токаева", "токаевым"). */
function sameWord(a: string, b: string, language: string): boolean {
  return a === b || (language === 'ru' && stemRu(a) === stemRu(b));
}

/**
 * First names that can be one person's: equal or inflected ("дональд", "дональда"), an initial of the other, or
 * a short form ("joe", "joseph"; but not "jill").
 */
function sameFirstName(a: string | null, b: string | null, language: string): boolean {
  if (a === null || b === null || sameWord(a, b, language)) return true;
  const [short, long] = a.length <= b.length ? [a.replace(/\.$/, ''), b] : [b.replace(/\.$/, ''), a];
  if (short.length === 1) return long.startsWith(short);
  return short.length <= 4 && long.length > 4 && long.startsWith(short.slice(0, 2));
}

/** Groups the PER mentions of the document by person, each with its nominative full name. */
export function people(doc: AnalysedDocument, inHeadline: (m: Mention) => boolean = () => false): PersonGroup[] {
  const groups: Group[] = [];
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
      return withRegnalNumber(doc, m, asWritten(doc, m, readRussianName(doc.tokens, m, { gender, cases: personCases(doc, m) }).words));
    }
    // "Stefan Johannesson of Iceland": the name stops before "of"; "Biden’s Meeting": after the possessive.
    // Words as written, with an initial's full stop ("Antony J. Blinken").
    const tokens = doc.tokens.slice(m.first, m.last);
    const cut = tokens.findIndex((t, i) => i > 0 && /^(of|from)$/.test(t.text));
    let kept = cut > 0 ? tokens.slice(0, cut) : tokens;
    const owner = kept.findIndex((t) => /['’]s$/.test(t.text));
    if (owner >= 0) kept = kept.slice(0, owner + 1);
    return withRegnalNumber(doc, m, doc.text.slice(kept[0]!.start, kept[kept.length - 1]!.end).replace(/['’]s$/, '').split(/\s+/));
  };
  // One person: the first names agree, or one name is the end of the other ("Le Drian", "Jean-Yves Le Drian").
  const samePerson = (g: Group, first: string | null, words: string[] | null) =>
    sameFirstName(g.first, first, doc.language) || (!!words && endsWith(g.name.split(' '), words));
  const groupFor = (surnames: string[], first: string | null, words: string[] | null = null) =>
    // An exact surname first ("Иванова" is Мария Иванова's before Сергей Иванов's), then an inflected one.
    groups.find((g) => surnames.includes(g.surname) && samePerson(g, first, words)) ??
    groups.find((g) => surnames.some((s) => sameWord(g.surname, s, doc.language)) && samePerson(g, first, words));
  for (const m of doc.mentions) {
    if (m.type !== 'PER') continue;
    if (m.last - m.first < 2) {
      single.push(m);
      continue;
    }
    const words = nameOf(m);
    const surname = words[words.length - 1]!.toLowerCase();
    const first = words.length > 1 ? words[0]!.toLowerCase() : null;
    const existing = groupFor([surname], first, words);
    if (existing) {
      existing.mentions.push(m);
      // The fullest form; a headline's form gives way to the body's (a headline names people in the
      // genitive of «О встрече X с Y», and the body in the nominative).
      const length = existing.name.split(' ').length;
      if (words.length > length || (words.length === length && existing.fromHeadline && !inHeadline(m))) {
        existing.name = words.join(' ');
        existing.first = first;
        existing.fromHeadline = inHeadline(m);
      }
      continue;
    }
    groups.push({ name: words.join(' '), surname, first, mentions: [m], fromHeadline: inHeadline(m) });
  }
  for (const m of single) {
    const word = doc.tokens[m.first]!.text.replace(/['’]s$/, '');
    const candidates = doc.language === 'ru' ? surnameCandidates(word) : [word];
    const match =
      groupFor(
        candidates.map((c) => c.toLowerCase()),
        null,
      ) ?? surnameFirst(groups, word, doc.language);
    if (match) {
      match.mentions.push(m);
      continue;
    }
    const words = doc.language === 'ru' ? nameOf(m) : withRegnalNumber(doc, m, [word]);
    groups.push({ name: words.join(' '), surname: words[0]!.toLowerCase(), first: null, mentions: [m], fromHeadline: inHeadline(m) });
  }
  for (const g of groups) g.mentions.sort((a, b) => a.start - b.start);
  return groups.map(({ name, surname, mentions }) => ({ name, surname, mentions }));
}

/**
 * An English name written surname first ("Lim Wei Ming", "Park Min-jun") is later called by its first word
 * ("Minister Lim"); a given name alone ("Donald") is not taken for such a surname.
 */
function surnameFirst(groups: Group[], word: string, language: string): Group | undefined {
  if (language !== 'en' || givenNamesEn().has(word)) return undefined;
  const lower = word.toLowerCase();
  return groups.find((g) => g.first === lower);
}

/**
 * The nominative words with the punctuation of the text between them: initials keep their full stops and
 * spacing ("М.Ю.Галузин", "А. Т. Иванов"). Words joined by a space when the reading changed their number.
 */
function asWritten(doc: AnalysedDocument, m: Mention, words: string[]): string[] {
  const tokens = doc.tokens.slice(m.first, m.last);
  if (tokens.filter((t) => t.kind !== 'punct').length !== words.length || !tokens.some((t) => t.text === '.')) return words;
  const out: string[] = [];
  let k = 0;
  let glued = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const text = t.kind === 'punct' ? t.text : words[k++]!;
    if (glued && out.length > 0) out[out.length - 1] += text;
    else out.push(text);
    glued = i + 1 < tokens.length && tokens[i + 1]!.start === t.end;
  }
  return out;
}

/** A regnal number right after the name is part of it ("Абдалла II", "Charles III"). */
function withRegnalNumber(doc: AnalysedDocument, m: Mention, words: string[]): string[] {
  const next = doc.tokens[m.last];
  if (!next || next.sentence !== doc.tokens[m.last - 1]!.sentence || !/^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/.test(next.text)) return words;
  if (words[words.length - 1] === next.text) return words;
  return [...words, next.text];
}

/** One name is the end of the other, word for word ("Le Drian" of "Jean-Yves Le Drian"). */
function endsWith(a: string[], b: string[]): boolean {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  return short.length > 1 && long.slice(long.length - short.length).join(' ').toLowerCase() === short.join(' ').toLowerCase();
}
