// Russian mention rules for outlets and named bodies set off by their descriptor: web names
// (Лента.ру), quoted names after a descriptor or crediting verb (компания «Газпром»), names after a media
// or company noun without quotes (агентства БелТА), and titles with a country (Голос Америки).

import { CELESTIAL, ORG_DESCRIPTORS_RU, ORG_HEADS_RU, ORG_NAME_DESCRIPTORS_RU, PLACE_DESCRIPTORS_RU, ROLE_HEADS_RU } from '../../lexicon/ru.ts';
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
    const descriptor = before >= 0 && (c.lemmaIs(before, ORG_DESCRIPTORS_RU) || tokens[before]!.upper);
    const crediting = before >= 0 && /^(передает|передаёт|сообщает|сообщил[аи]?|цитирует|пишет|по данным|агентству?|изданию)$/i.test(tokens[before]!.text);
    const orgTagged = close === i + 2 && has(c.analysis(i + 1), (p) => p.org);
    if (descriptor || crediting || orgTagged) c.add('ORG', i + 1, close);
  }
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
