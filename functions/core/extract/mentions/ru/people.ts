// Russian mention rules for people: initials with a surname (Н. Кан), and chains of capitalised words read
// as names (OpenCorpora Name/Surn/Patr, words the dictionary does not know, East Asian syllables, particles).

import { HYPHENATED_FUNCTION_WORDS, MEMBER_NOUNS_RU, NAME_PARTICLES, ORG_HEADS_RU, ROLE_HEADS_RU } from '../../lexicon/ru.ts';
import { wellKnownCity } from '../../knowledge/city-names.ts';
import { afterPlaceWord, type Ctx, has, isPerson, matchRuCountry, personCapable } from './context.ts';
import { CLOSE_QUOTES, OPEN_QUOTES } from '../shared.ts';

/** 6a. Initials before a capitalised word make a person whatever else the word could be ("Н. Кан", "В. В. Путин"). */
export function initialsWithSurname(c: Ctx): void {
  const tokens = c.tokens;
  const isInitial = (k: number) => {
    const t = tokens[k];
    return !!t && t.kind === 'cyr' && t.cap && t.text.length === 1 && tokens[k + 1]?.text === '.' && tokens[k + 1]!.start === t.end;
  };
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!isInitial(i) || c.owner[i]) continue;
    // Not the end of an enumeration or a sentence-final letter: the initial must precede a word in the same sentence.
    const before = tokens[i - 1];
    if (before && before.kind === 'cyr' && before.cap && !before.upper && !c.owner[i - 1] && !before.first) continue;
    let k = i + 2;
    if (isInitial(k)) k += 2;
    const s = tokens[k];
    if (!s || !c.freeCapWord(k) || s.start - tokens[k - 1]!.end > 1) continue;
    const a = c.analysis(k);
    if (has(a, (p) => p.known && (p.pos === 'PREP' || p.pos === 'CONJ' || p.pos === 'PRCL' || p.pos === 'NPRO'))) continue;
    if (!has(a, (p) => p.surname || p.name) && a?.common && !has(a, (p) => p.geo)) continue;
    c.add('PER', i, k + 1);
    i = k;
  }
}


/** 6. People: chains of capitalised words with name parses (Name, Surn, Patr) or unknown words. */
export function people(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (c.owner[i] || !personCapable(c, i)) continue;
    let last = i + 1;
    const a0 = c.analysis(i);
    // A known first name, or a foreign word the dictionary does not know inside a sentence ("Йохен", "Фелипе"),
    // anchors the chain: the capitalised word after it is the surname.
    const anchored = has(a0, (p) => (p.name || p.patronymic) && p.known) || (!a0?.known && !tokens[i]!.first && !afterPlaceWord(c, i));
    // A name keeps at most four words (below), and the split before a second name looks at most that far: reading
    // the chain further changes nothing, and reading it to its end from every word made a sentence of capitalised
    // words quadratic.
    const horizon = i + 5;
    while (last < horizon && last < tokens.length && !c.owner[last] && !tokens[last]!.first && tokens[last]!.start - tokens[last - 1]!.end <= 1) {
      if (personCapable(c, last)) last += 1;
      // After a known first name, a capitalised word is the surname even when it is also a common
      // noun or a place (Бут, Кан, Понедельник); name particles join (Ле Пен, Де Сантис, бин Ладен).
      else if (anchored && tokens[last]!.kind === 'cyr' && tokens[last]!.cap && !tokens[last]!.upper && !c.lemmaIs(last, ROLE_HEADS_RU) && !placeAfterForeignWord(c, i, last)) last += 1;
      else if (NAME_PARTICLES.has(tokens[last]!.text) && tokens[last + 1]?.cap && tokens[last + 1]!.kind === 'cyr' && !c.owner[last + 1]) last += 2;
      else break;
    }
    // An employer in the genitive glued onto the person after it ("лидера Аль-Кайды Усамы бин Ладена"):
    // after a role or member noun, words that are no names before a known first name are the organisation.
    const employerEnd = employerBeforeName(c, i, last);
    if (employerEnd > i) {
      c.add('ORG', i, employerEnd);
      i = employerEnd - 1;
      continue;
    }
    // Two names side by side ("Бориса Ельцина Наина Иосифовна"): split before a known first name that follows a surname.
    for (let k = i + 2; k < last; k++) {
      const prev = c.analysis(k - 1);
      if (has(c.analysis(k), (p) => p.name && p.known) && has(prev, (p) => p.surname) && !has(prev, (p) => p.name)) {
        last = k;
        break;
      }
    }
    if (last - i > 4) last = i + 4;
    let from = i;
    // A syllable before a chain that starts with a capitalised function word ("Пак Со Джун").
    if (from >= 1 && tokens[i]!.text.length <= 3 && has(c.analysis(i), (p) => p.known && (p.pos === 'PREP' || p.pos === 'CONJ' || p.pos === 'PRCL'))) {
      const b = tokens[i - 1]!;
      if (c.freeCapWord(i - 1) && !b.first && b.text.length <= 4 && tokens[i]!.start - b.end <= 1) from = i - 1;
    }
    // A short capitalised syllable before the chain ("Си Цзиньпин", "Ким Чен Ын"): a word of up to three letters
    // that the dictionary reads only as an indeclinable or unknown word, not a function word.
    if (from === i && from >= 1 && c.freeCapWord(i - 1) && tokens[i - 1]!.text.length <= 3 && tokens[i]!.start - tokens[i - 1]!.end <= 1 && eastAsianSyllable(c, i - 1)) from = i - 1;
    // A foreign first name that the dictionary reads as a common noun ("главой МИД Турции Хаканом Фиданом"):
    // after a role, right before a one-word surname it agrees with in case.
    if (from === i && last - i === 1 && i >= 2 && c.freeCapWord(i - 1) && !tokens[i - 1]!.first && tokens[i]!.start - tokens[i - 1]!.end <= 1 && foreignFirstName(c, i - 1, i)) from = i - 1;
    // Initials before the surname ("А. Кудрин").
    if (from >= 2 && tokens[from - 1]!.text === '.' && tokens[from - 2]!.cap && tokens[from - 2]!.text.length === 1 && !c.owner[from - 2]) from -= 2;
    // A lower-case name particle before the first name ("ибн Эзра", "аль-Барадеи" stays one word).
    if (from === i && from >= 1 && NAME_PARTICLES.has(tokens[from - 1]!.text) && !tokens[from - 1]!.cap && !c.owner[from - 1]) from -= 1;
    const quoted = last - i === 1 && i > 0 && OPEN_QUOTES.has(tokens[i - 1]!.text) && CLOSE_QUOTES.has(tokens[last]?.text ?? '');
    if (!quoted && !HYPHENATED_FUNCTION_WORDS.has(tokens[i]!.text.toLowerCase()) && isPerson(c, i, last)) c.add('PER', from, last);
    i = last - 1;
  }
}

/**
 * After a foreign word the dictionary does not know, a well-known city or a country is not its surname:
 * "вместо Нетаньяху Иерусалим будет представлять ..." (a river's name may be: "Хайко Маас"; after a known
 * first name any place may be: "Оливер Кан").
 */
function placeAfterForeignWord(c: Ctx, anchor: number, k: number): boolean {
  if (c.analysis(anchor)?.known) return false;
  const a = c.analysis(k);
  if (has(a, (p) => p.name || p.surname)) return false;
  return !!matchRuCountry(c, k, 1) || (a?.parses ?? []).some((p) => p.geo && p.known && !!wellKnownCity(p.lemma));
}

/** The end of an organisation name at the start of the chain [i, last), or i when there is none. */
function employerBeforeName(c: Ctx, i: number, last: number): number {
  const before = c.tokens[i - 1];
  if (before?.kind !== 'cyr' || before.cap || !(c.lemmaIs(i - 1, ROLE_HEADS_RU) || c.lemmaIs(i - 1, MEMBER_NOUNS_RU))) return i;
  // The person part keeps a first name and a surname: "послом Кэнтой Давидом" is one foreign name.
  for (let k = i + 1; k < last - 1 && k <= i + 2; k++) {
    const prev = c.analysis(k - 1);
    if (has(prev, (p) => (p.name || p.surname || p.patronymic) && p.known) || prev?.known) return i;
    if (has(c.analysis(k), (p) => p.name && p.known)) return k;
  }
  return i;
}

function eastAsianSyllable(c: Ctx, k: number): boolean {
  const a = c.analysis(k);
  if (!a || c.lemmaIs(k, ROLE_HEADS_RU)) return false;
  if (has(a, (p) => p.known && (p.pos === 'PREP' || p.pos === 'CONJ' || p.pos === 'PRCL' || p.pos === 'NPRO' || p.geo || p.org))) return false;
  return a.parses.length === 0 || a.parses.every((p) => p.fixed || !p.known);
}

/** k is a capitalised common noun standing as the first name of the surname at i, after a role word. */
function foreignFirstName(c: Ctx, k: number, i: number): boolean {
  const a = c.analysis(k);
  if (!a || has(a, (p) => p.geo || p.org || p.abbr) || c.lemmaIs(k, ROLE_HEADS_RU) || c.lemmaIs(k, ORG_HEADS_RU)) return false;
  const nouns = a.parses.filter((p) => p.pos === 'NOUN' && !p.fixed && p.number !== 'plur' && (p.gender === 'masc' || p.gender === 'femn'));
  if (nouns.length === 0) return false;
  const surnameCases = new Set((c.analysis(i)?.parses ?? []).filter((p) => p.pos === 'NOUN' || p.surname).flatMap((p) => (p.case ? [p.case] : [])));
  if (!nouns.some((p) => p.case && p.case !== 'nomn' && surnameCases.has(p.case))) return false;
  // A role must stand before: the role word itself, then its complement: a country or organisation, or
  // lower-case words of its complement ("министром иностранных дел Турции Хаканом Фиданом", "по энергетике").
  for (let j = k - 1, steps = 0; j >= 0 && steps < 7 && c.tokens[j]!.sentence === c.tokens[k]!.sentence; j--, steps++) {
    if (c.lemmaIs(j, ROLE_HEADS_RU)) return true;
    const t = c.tokens[j]!;
    const complement = t.kind === 'cyr' && !t.cap && (t.text === 'по' || t.text === 'при' || has(c.analysis(j), (p) => (p.pos === 'NOUN' || p.pos === 'ADJF') && !!p.case && p.case !== 'nomn'));
    if (!(t.upper || c.owner[j] || (t.cap && !t.first) || complement)) return false;
  }
  return false;
}
