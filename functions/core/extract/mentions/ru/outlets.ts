// Russian mention rules for outlets and named bodies set off by their descriptor: web names
// (Лента.ру), quoted names after a descriptor or crediting verb (компания «Газпром»), names after a media
// or company noun without quotes (агентства БелТА), and titles with a country (Голос Америки).

import { CELESTIAL, MEMBER_NOUNS_RU, ORG_DESCRIPTORS_RU, ORG_HEADS_RU, ORG_NAME_DESCRIPTORS_RU, PLACE_DESCRIPTORS_RU, QUOTE_CREDITING_RU, ROLE_HEADS_RU } from '../../lexicon/ru.ts';
import { type Ctx, has, isNoun, matchRuCountry } from './context.ts';
import { CLOSE_QUOTES, OPEN_QUOTES, ROMAN_NUMERAL, WEB_NAME } from '../shared.ts';

const MAX_QUOTE_TOKENS = 10;

/** 0. Web names are the outlets they name ("сообщает Лента.ру"). */
export function webNames(c: Ctx): void {
  for (let i = 0; i < c.tokens.length; i++) {
    const t = c.tokens[i]!;
    if (t.kind !== 'punct' && t.kind !== 'num' && WEB_NAME.test(t.text)) c.add('ORG', i, i + 1);
  }
}

/** 1. Quoted names: «Газпром», «Единая Россия» after a descriptor or a crediting verb. */
export function quotedNames(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!OPEN_QUOTES.has(tokens[i]!.text)) continue;
    let close = -1;
    for (let k = i + 1; k < tokens.length && k <= i + MAX_QUOTE_TOKENS; k++) {
      if (CLOSE_QUOTES.has(tokens[k]!.text)) {
        close = k;
        break;
      }
      if (tokens[k]!.sentence !== tokens[i]!.sentence) break;
    }
    if (close <= i + 1) continue;
    const inner = tokens[i + 1]!;
    if (!inner.cap && inner.kind !== 'num') continue;
    const before = i > 0 ? i - 1 : -1;
    const descriptor = before >= 0 && (c.lemmaIs(before, ORG_DESCRIPTORS_RU) || tokens[before]!.upper || describedBefore(c, before));
    const crediting = before >= 0 && QUOTE_CREDITING_RU.test(tokens[before]!.text);
    const orgTagged = close === i + 2 && has(c.analysis(i + 1), (p) => p.org);
    if (descriptor || crediting || orgTagged || memberBefore(c, i) || (close - i <= 4 && quotedSubject(c, i, close))) c.add('ORG', i + 1, close);
  }
}

/** A descriptor with its genitive complement before the quote: "Центр современного искусства «Винзавод»". */
function describedBefore(c: Ctx, k: number): boolean {
  for (let j = k, n = 0; j >= 1 && n < 3; j--, n++) {
    const t = c.tokens[j]!;
    if (t.kind !== 'cyr' || t.cap || !has(c.analysis(j), (p) => (p.pos === 'NOUN' || p.pos === 'ADJF') && p.case === 'gent')) return false;
    if (c.lemmaIs(j - 1, ORG_DESCRIPTORS_RU) && isNoun(c.views.at(j - 1))) return true;
  }
  return false;
}

/** A person of the organisation before the quote, maybe with an adjective: "солист ленинградского «Телевизора»". */
function memberBefore(c: Ctx, open: number): boolean {
  let k = open - 1;
  const t = c.tokens[k];
  if (t && t.kind === 'cyr' && !t.cap && has(c.analysis(k), (p) => p.pos === 'ADJF' && p.known) && !isNoun(c.views.at(k))) k -= 1;
  const d = c.tokens[k];
  // Not a name ending in such a noun: "в статье Частного корреспондента «...»" quotes an article title.
  if (c.tokens[k - 1]?.cap && !c.tokens[k - 1]!.first && has(c.analysis(k - 1), (p) => p.pos === 'ADJF')) return false;
  return !!d && d.kind === 'cyr' && !d.cap && (c.lemmaIs(k, MEMBER_NOUNS_RU) || c.lemmaIs(k, ROLE_HEADS_RU)) && isNoun(c.views.at(k));
}

/**
 * A quoted name standing as the subject of a verb: "«Телевизор» переживает подъём", "проекта «Фэйсбук»
 * предоставляет". Not in apposition to a nominative noun before it ("фильм «Брат» вышел" names a film).
 */
function quotedSubject(c: Ctx, open: number, close: number): boolean {
  const verb = close + 1;
  const verbs = (c.analysis(verb)?.parses ?? []).filter((p) => p.pos === 'VERB' && p.known && p.verbForm !== '');
  if (verbs.length === 0 || c.tokens[verb]!.cap) return false;
  // A nominative noun before the quote that the verb agrees with is the subject, the name its apposition.
  const before = c.tokens[open - 1];
  const numbers = new Set(verbs.map((p) => p.number));
  if (before && before.kind === 'cyr' && has(c.analysis(open - 1), (p) => p.pos === 'NOUN' && p.case === 'nomn' && numbers.has(p.number))) return false;
  // The name itself can be a subject: a noun or adjective in the nominative (or a word az does not know).
  return has(c.analysis(open + 1), (p) => (p.pos === 'NOUN' || p.pos === 'ADJF') && p.case === 'nomn') || !c.analysis(open + 1)?.known;
}

/**
 * 1a. A name right after an organisation descriptor, without quotes: "агентства БелТА",
 *     "профсоюза Юнайт", "команды Red Bull". The name is a word the dictionary does not know as a
 *     common word, a first name or a place (or Latin script); up to three such words.
 */
export function descriptorNames(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const d = tokens[i - 1]!;
    if (d.kind !== 'cyr' || d.cap || !c.lemmaIs(i - 1, ORG_NAME_DESCRIPTORS_RU)) continue;
    let last = i;
    while (last < tokens.length && last - i < 3 && !c.owner[last] && (last === i || tokens[last]!.start - tokens[last - 1]!.end <= 1) && nameLikeAfterDescriptor(c, last)) last += 1;
    if (last > i) {
      c.add('ORG', i, last);
      i = last - 1;
    }
  }
}

function nameLikeAfterDescriptor(c: Ctx, i: number): boolean {
  const t = c.tokens[i]!;
  if (!t.cap || t.first) return false;
  if (t.kind === 'lat') return !ROMAN_NUMERAL.test(t.text);
  if (t.kind !== 'cyr') return false;
  const a = c.analysis(i);
  if (!a) return false;
  if (has(a, (p) => p.known && (p.name || p.patronymic || p.geo))) return false;
  if (has(a, (p) => p.known && (p.pos === 'PREP' || p.pos === 'CONJ' || p.pos === 'PRCL' || p.pos === 'NPRO'))) return false;
  // A common word names the outlet only in the nominative ("агентства Интерфакс", "газеты Правда";
  // not "сайта Президента").
  if (a.common && !has(a, (p) => p.surname && p.known)) return has(a, (p) => p.known && p.pos === 'NOUN' && p.case === 'nomn') && !c.lemmaIs(i, ROLE_HEADS_RU);
  return true;
}

/**
 * 1b. A capitalised common noun inside a sentence followed by a country in the genitive is a name
 *     ("Голос Америки", "Радио Свобода" style titles of organisations and media).
 */
export function titleWithCountry(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (c.owner[i] || t.kind !== 'cyr' || !t.cap || t.first || t.upper || !next.cap || next.kind !== 'cyr') continue;
    const a = c.analysis(i);
    if (!a?.common || has(a, (p) => (p.name || p.surname || p.geo || p.org) && p.known) || !isNoun(c.views.at(i)) || c.lemmaIs(i, ORG_HEADS_RU)) continue;
    if (c.lemmaIs(i, ROLE_HEADS_RU) || c.lemmaIs(i, PLACE_DESCRIPTORS_RU) || c.lemmaIs(i, CELESTIAL)) continue;
    const country = matchRuCountry(c, i + 1, 1);
    if (country && has(c.analysis(i + 1), (p) => p.geo && p.case === 'gent')) {
      c.add('ORG', i, i + 2);
      i += 1;
    }
  }
}

/**
 * 4a. A quoted name in a list with organisations: "МТС, «Вымпелком» и «Мегафон»", "институт «Икар»,
 *     «Жилищная солидарность», ...". Runs after the acronyms and compound words are known.
 */
export function quotedInLists(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!OPEN_QUOTES.has(tokens[i]!.text) || !tokens[i + 1]?.cap || c.owner[i + 1]) continue;
    let close = -1;
    for (let k = i + 2; k < tokens.length && k <= i + 5; k++) {
      if (CLOSE_QUOTES.has(tokens[k]!.text)) {
        close = k;
        break;
      }
      if (tokens[k]!.sentence !== tokens[i]!.sentence) break;
    }
    if (close < 0 || !c.free(i + 1, close)) continue;
    const joinedBefore = i >= 2 && (tokens[i - 1]!.text === ',' || tokens[i - 1]!.text === 'и') && organisationEndsAt(c, i - 2);
    const joinedAfter = (tokens[close + 1]?.text === ',' || tokens[close + 1]?.text === 'и') && organisationStartsAt(c, close + 2);
    if (joinedBefore || joinedAfter) c.add('ORG', i + 1, close);
    i = close;
  }
}

function isOrganisation(c: Ctx, k: number): boolean {
  const m = c.owner[k];
  return !!m && m.type === 'ORG' && !c.isBlocked(m);
}

function organisationEndsAt(c: Ctx, k: number): boolean {
  return isOrganisation(c, k) || (CLOSE_QUOTES.has(c.tokens[k]!.text) && isOrganisation(c, k - 1));
}

function organisationStartsAt(c: Ctx, k: number): boolean {
  return !!c.tokens[k] && (isOrganisation(c, k) || (OPEN_QUOTES.has(c.tokens[k]!.text) && isOrganisation(c, k + 1)));
}
