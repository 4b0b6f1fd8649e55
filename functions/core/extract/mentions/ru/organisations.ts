// Russian mention rules for organisations: phrases headed by an organisation noun with their complements
// (Министерство сельского хозяйства и пищевой промышленности), acronyms, compound words (Роскосмос), and the
// agreeing adjectives before a name (японского МИДа).

import { CAPITALISED_ORG_NOUNS_RU, NOT_ORG_ACRONYMS, ORG_COMPOUND, PLACE_ACRONYMS_RU, ORG_HEADS_LOWER_RU, ORG_HEADS_RU, ORG_PREP_HEADS_RU, PRONOMINAL_ADJECTIVES_RU, ROLE_HEADS_RU, SENTENCE_INITIAL_NAME_HEADS } from '../../lexicon/ru.ts';
import { casesOf, type Ctx, has, isAdjective, isNoun, nounPhrase } from './context.ts';
import { OPEN_QUOTES, ROMAN_NUMERAL } from '../shared.ts';

/**
 * 3. Organisation phrases: [Capitalised adjectives] HEAD [complement]: "Конституционного суда",
 *    "Министерство сельского хозяйства и пищевой промышленности", "Комитета по иностранным делам",
 *    "Движения против нелегальной иммиграции", "Следственного комитета при прокуратуре".
 */
export function orgPhrases(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'cyr' || c.owner[i]) continue;
    if (!c.lemmaIs(i, ORG_HEADS_RU) || !isNoun(c.views.at(i))) continue;
    const headLower = !t.cap && c.lemmaIs(i, ORG_HEADS_LOWER_RU);
    let first = i;
    while (first > 0 && tokens[first - 1]!.kind === 'cyr' && !c.owner[first - 1] && isAdjective(c.views.at(first - 1)) && (tokens[first - 1]!.cap || !tokens[first]!.cap) && tokens[first - 1]!.sentence === t.sentence) {
      first -= 1;
    }
    // Lower-case relational adjectives before a lower-case head count only for ministries and the like.
    if (!tokens[first]!.cap && !headLower) continue;
    const last = orgComplement(c, i, t.sentence);
    // A phrase that describes the quoted name after it ("Центр современной культуры «Гараж»") is its
    // descriptor, as "компания" is in "компания «Газпром»".
    // Not a genitive complement: "Русской службе «Голоса Америки»" names the service of the outlet.
    if (OPEN_QUOTES.has(tokens[last]?.text ?? '') && c.owner[last + 1]?.type === 'ORG') {
      const headCases = casesOf(c, i, 'NOUN');
      if ([...casesOf(c, last + 1)].some((x) => headCases.has(x))) continue;
    }
    const alone = first === i && last === i + 1;
    // A lone head in quotes is a product or a craft («Союз»), not an organisation.
    const quotedAlone = alone && i > 0 && OPEN_QUOTES.has(tokens[i - 1]!.text);
    let capitalised = tokens[first]!.cap && !(tokens[first]!.first && alone) && !quotedAlone;
    // "Японская полиция", "Рабочая группа" at the start of a sentence: capitalised only by position.
    if (capitalised && tokens[first]!.first && first < i && !t.cap && !c.lemmaIs(i, SENTENCE_INITIAL_NAME_HEADS)) {
      let otherCap = false;
      for (let k = first + 1; k <= last && k < tokens.length; k++) if (tokens[k]!.cap && (k < last || tokens[k]!.upper) && tokens[k]!.sentence === t.sentence) otherCap = true;
      if (!otherCap) capitalised = false;
    }
    if (capitalised || (headLower && last > i + 1)) {
      c.add('ORG', first, last);
      i = last - 1;
    }
  }
}

/** The end of an organisation name whose head is at i: genitive complements and prepositional phrases. */
function orgComplement(c: Ctx, i: number, sentence: number): number {
  const tokens = c.tokens;
  let last = i + 1;
  let complement = 0;
  while (last < tokens.length && complement < 4) {
    const end = nounPhrase(c, last, 'gent', sentence);
    if (end === last) break;
    // A nested organisation's own name goes on ("Совет министров иностранных дел Организации черноморского
    // экономического сотрудничества"): its capitalised head starts the count again.
    complement = tokens[last]!.cap && c.lemmaIs(last, ORG_HEADS_RU) ? end - last : complement + end - last;
    last = end;
  }
  last = prepositionalComplement(c, i, last, sentence);
  last = namedAfter(c, last, sentence);
  // "Следственный комитет при прокуратуре": a "при" phrase is part of the name.
  if (tokens[last]?.text === 'при') {
    const end = nounPhrase(c, last + 1, 'loct', sentence);
    if (end > last + 1) {
      last = end;
      for (let n = 0; n < 3 && last < tokens.length; n++) {
        const more = nounPhrase(c, last, 'gent', sentence, true);
        if (more === last) break;
        last = more;
      }
    }
  }
  // "Совет Безопасности РФ", "Совет при Президенте РФ по развитию ...": the country's acronym closes the name,
  // and a committee's "по ..." phrase may still follow it.
  const after = tokens[last];
  const country = c.owner[last];
  if (last > i + 1 && after?.upper && after.kind === 'cyr' && after.sentence === sentence && country?.type === 'LOC' && country.last - country.first === 1) {
    c.drop(country);
    last = prepositionalComplement(c, i, last + 1, sentence);
  }
  return last;
}

/** Prepositional complements of committees, agencies and movements ("по ...", "против ...", "за ...", "в защиту ..."). */
function prepositionalComplement(c: Ctx, i: number, last: number, sentence: number): number {
  const tokens = c.tokens;
  if (!c.lemmaIs(i, ORG_PREP_HEADS_RU)) return last;
  const prep = tokens[last]?.text.toLowerCase();
  let from = -1;
  let grammaticalCase = '';
  if (prep === 'по') [from, grammaticalCase] = [last + 1, 'datv'];
  else if (prep === 'против') [from, grammaticalCase] = [last + 1, 'gent'];
  else if (prep === 'за') [from, grammaticalCase] = [last + 1, 'accs'];
  else if (prep === 'в' && tokens[last + 1]?.text.toLowerCase() === 'защиту') [from, grammaticalCase] = [last + 2, 'gent'];
  if (from < 0) return last;
  const end = nounPhrase(c, from, grammaticalCase, sentence, prep === 'по');
  if (end === from) return last;
  let out = end;
  for (let n = 0; n < 3 && out < tokens.length; n++) {
    const more = nounPhrase(c, out, 'gent', sentence);
    if (more === out) break;
    out = more;
  }
  return out;
}


/**
 * "театра имени Станиславского и Немировича-Данченко", "Театра им. Йозефа Бойса": an organisation named
 * after people keeps their names (not a person of its own). Returns the new end, or `last`.
 */
function namedAfter(c: Ctx, last: number, sentence: number): number {
  const tokens = c.tokens;
  let k = last;
  // The genitive complement may already have taken "имени" as a noun.
  if (tokens[k - 1]?.text === 'имени' && tokens[k]?.cap) k = last;
  else if (tokens[k]?.text === 'имени') k += 1;
  else if (tokens[k]?.text === 'им' && tokens[k + 1]?.text === '.') k += 2;
  else return last;
  let end = k;
  for (let names = 0; names < 3; names++) {
    let j = end;
    while (j < tokens.length && j - end < 5 && tokens[j]!.sentence === sentence && tokens[j]!.cap && (tokens[j]!.kind === 'cyr' || tokens[j]!.text === '.') && !c.owner[j]) {
      // Initials: "имени А. С. Пушкина".
      j += tokens[j]!.text.length === 1 && tokens[j + 1]?.text === '.' ? 2 : 1;
    }
    if (j === end) break;
    end = j;
    if (tokens[end]?.text !== 'и' || !tokens[end + 1]?.cap) break;
    end += 1;
  }
  if (tokens[end - 1]?.text === 'и') end -= 1;
  return end > k ? end : last;
}

/** 4. Acronyms: country acronyms are places (США, РФ), the rest organisations (МККК, НАТО). */
export function acronyms(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (c.owner[i] || !t.upper || (t.kind !== 'cyr' && t.kind !== 'lat')) continue;
    if (ROMAN_NUMERAL.test(t.text) || /\d/.test(t.text) || NOT_ORG_ACRONYMS.has(t.text)) continue;
    if (tokens[i + 1]?.text === '-' && tokens[i + 2]?.kind === 'num') continue;
    if (t.kind === 'cyr' && (PLACE_ACRONYMS_RU.has(t.text) || has(c.analysis(i), (p) => p.geo && p.known))) c.add('LOC', i, i + 1);
    else c.add('ORG', i, i + 1);
  }
}

/** 5a. Compound organisation words: Роскосмоса, Минсвязи, Госдепартамента, Евросоюза (Orgn in the dictionary, or the prefix). */
export function compoundOrgs(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (c.owner[i] || t.kind !== 'cyr' || t.upper) continue;
    // Lower-case abbreviations of institutions ("в миде Грузии") are organisations too.
    if (!t.cap) {
      if (t.text.length > 6) continue;
      const a = c.analysis(i);
      if (has(a, (p) => p.org && p.abbr && p.known) && !a?.common) c.add('ORG', i, i + 1);
      continue;
    }
    // "в Интернете": a common noun written with a capital as the network's name.
    if (c.lemmaIs(i, CAPITALISED_ORG_NOUNS_RU)) {
      c.add('ORG', i, i + 1);
      continue;
    }
    if (t.first) continue;
    const a = c.analysis(i);
    if (has(a, (p) => p.org && p.known)) {
      c.add('ORG', i, i + 1);
      continue;
    }
    if (!ORG_COMPOUND.test(t.text) || a?.common) continue;
    // "Евросоюз" is a union of states, an organisation, although the dictionary marks it as a place.
    if (has(a, (p) => p.geo && p.known && p.lemma.endsWith('союз'))) {
      c.add('ORG', i, i + 1);
      continue;
    }
    // Surnames that happen to start like a compound ("Минченко") are not organisations.
    if (has(a, (p) => ((p.geo || p.name) && p.known) || p.surname || p.name)) continue;
    if (i > 0 && tokens[i - 1]!.cap && has(c.analysis(i - 1), (p) => p.name && p.known)) continue;
    c.add('ORG', i, i + 1);
  }
}


/**
 * 7a. Lower-case adjectives of place or kind before an organisation name belong to it:
 *     "японского МИДа", "российского Минсельхоза", "государственной Комиссии по атомной энергии".
 */
export function relationalAdjectives(c: Ctx): void {
  const tokens = c.tokens;
  for (const m of c.live()) {
    if (m.type !== 'ORG') continue;
    const head = tokens[m.first]!;
    // "предвыборные Интернет страницы": Интернет qualifies the noun after it, the adjective is not its.
    if (head.kind !== 'cyr' || !head.cap || c.lemmaIs(m.first, CAPITALISED_ORG_NOUNS_RU)) continue;
    const cases = casesOf(c, m.first, 'NOUN');
    for (const x of casesOf(c, m.first, 'ADJF')) cases.add(x);
    if (cases.size === 0) continue;
    let first = m.first;
    while (first > 0 && m.first - first < 2) {
      const k = first - 1;
      const t = tokens[k]!;
      if (c.owner[k] || t.kind !== 'cyr' || t.cap || t.sentence !== head.sentence || c.lemmaIsExact(k, PRONOMINAL_ADJECTIVES_RU)) break;
      if (!has(c.analysis(k), (p) => p.known && p.pos === 'ADJF' && !!p.case && cases.has(p.case))) break;
      // A role noun with a rare adjective reading ("главой" = глава, not "главый") is not part of the name.
      if (c.lemmaIs(k, ROLE_HEADS_RU) || c.analysis(k)?.parses[0]?.pos === 'NOUN') break;
      first = k;
    }
    if (first === m.first) continue;
    c.drop(m);
    c.add('ORG', first, m.last);
  }
}
