// Russian mention rules for places: a name after a place noun (город Дацин), place phrases (Свердловской
// области, Белом доме, на Луне) and the remaining Geox words.

import { CELESTIAL, LANDMARK_ADJECTIVES, LANDMARK_NOUNS, PLACE_DESCRIPTORS_RU, PLACE_NAME_DESCRIPTORS_RU, PLACE_PREPOSITIONS_RU, PRONOMINAL_ADJECTIVES_RU } from '../../lexicon/ru.ts';
import { type Ctx, has, isAdjective, isNoun } from './context.ts';

/**
 * 5c. A capitalised name right after a lower-case place noun: "город Дацин", "реке Славянка",
 *     "на острове Уайт", "поселка Петро-Славянка", "площади Тяньаньмынь". Up to two words.
 */
export function namedPlaces(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const d = tokens[i - 1]!;
    if (d.kind !== 'cyr' || d.cap || c.owner[i] || !c.freeCapWord(i) || tokens[i]!.first) continue;
    if (!c.lemmaIs(i - 1, PLACE_NAME_DESCRIPTORS_RU) || !isNoun(c.views.at(i - 1))) continue;
    const a = c.analysis(i);
    // A first name or an adjective agreeing with something else is not the place's name ("улица Ленина" is fine).
    if (has(a, (p) => (p.name || p.patronymic) && p.known)) continue;
    if (has(a, (p) => p.known && (p.pos === 'PREP' || p.pos === 'CONJ' || p.pos === 'PRCL' || p.pos === 'NPRO'))) continue;
    let last = i + 1;
    // A second word only when the first is not a known place itself ("штата Аризона Гэбриэль Гиффордс").
    const complete = has(a, (p) => p.geo && p.known);
    if (!complete && c.freeCapWord(last) && !tokens[last]!.first && tokens[last]!.start - tokens[last - 1]!.end <= 1 && !has(c.analysis(last), (p) => p.known && !p.geo)) last += 1;
    c.add('LOC', i, last);
    i = last - 1;
  }
}

/** 5b. Place phrases before people: "Московской области", "Белом доме", celestial bodies ("на Луне"). */
export function placePhrases(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (c.owner[i] || t.kind !== 'cyr' || !t.cap) continue;
    const next = tokens[i + 1];
    if (next && !c.owner[i + 1] && next.kind === 'cyr' && !next.cap && isAdjective(c.views.at(i)) && !c.lemmaIsExact(i, PRONOMINAL_ADJECTIVES_RU)) {
      if (c.lemmaIs(i + 1, PLACE_DESCRIPTORS_RU) || (c.lemmaIs(i, LANDMARK_ADJECTIVES) && c.lemmaIs(i + 1, LANDMARK_NOUNS))) {
        c.add('LOC', i, i + 2);
        i += 1;
        continue;
      }
      // "Чукотский автономный округ", "Дальневосточном федеральном округе".
      const after = tokens[i + 2];
      if (after && !c.owner[i + 2] && after.kind === 'cyr' && !after.cap && isAdjective(c.views.at(i + 1)) && c.lemmaIs(i + 2, PLACE_DESCRIPTORS_RU)) {
        c.add('LOC', i, i + 3);
        i += 2;
        continue;
      }
    }
    if (!t.first && c.lemmaIs(i, CELESTIAL)) c.add('LOC', i, i + 1);
    else if (regionOfContinent(c, i)) {
      c.add('LOC', i, i + 2);
      i += 1;
    }
  }
}

/**
 * A capitalised adjective agreeing with a place name after it: "Южной Азии", "Восточной Африки". Claimed
 * before people, so that a place that is also a first name (Азия) does not start a name chain
 * ("по делам Южной Азии Дональдом Лу").
 */
function regionOfContinent(c: Ctx, i: number): boolean {
  const next = c.tokens[i + 1];
  if (!next || !c.freeCapWord(i + 1) || next.start - c.tokens[i]!.end > 1) return false;
  const adjective = c.analysis(i);
  if (!has(adjective, (p) => p.pos === 'ADJF' && p.known) || has(adjective, (p) => p.name || p.surname || p.patronymic)) return false;
  const cases = new Set(adjective!.parses.filter((p) => p.pos === 'ADJF' && p.known && p.number === 'sing').map((p) => `${p.case}/${p.gender}`));
  return has(c.analysis(i + 1), (p) => p.geo && p.known && cases.has(`${p.case}/${p.gender}`));
}


/** 7. Places: Geox words with their capitalised adjectives, "Свердловская область", "в Дюссельдорфе". */
export function geoWords(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (c.owner[i] || t.kind !== 'cyr' || !t.cap) continue;
    const v = c.views.at(i);
    const prep = i > 0 && c.lemmaIs(i - 1, PLACE_PREPOSITIONS_RU) && !tokens[i - 1]!.cap;
    const descriptorAfter = i + 1 < tokens.length && !c.owner[i + 1] && !tokens[i + 1]!.cap && isAdjective(v) && c.lemmaIs(i + 1, PLACE_DESCRIPTORS_RU) && !c.lemmaIsExact(i, PRONOMINAL_ADJECTIVES_RU);
    if (descriptorAfter) {
      c.add('LOC', i, i + 2);
      i += 1;
      continue;
    }
    const geo = has(v.analysis, (p) => p.geo && (p.known || prep));
    const unknownAfterPrep = prep && !t.first && !v.analysis?.known && has(v.analysis, (p) => p.pos === 'NOUN');
    if (geo || unknownAfterPrep) {
      let first = i;
      if (i > 0 && !c.owner[i - 1] && tokens[i - 1]!.cap && isAdjective(c.views.at(i - 1))) first = i - 1;
      c.add('LOC', first, i + 1);
    }
  }
}
