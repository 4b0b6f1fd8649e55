// The grammar around a Russian person mention that the field steps ask about: is a word the head of a
// position ("министр", "главой"), and which cases can the name be in (from the role word before it, an event
// noun that governs the genitive, or what all its words can be).

import { analyse } from '../../knowledge/morphology.ts';
import { GENITIVE_GOVERNORS, ROLE_HEADS_RU } from '../../lexicon/ru.ts';
import type { AnalysedDocument } from '../../model/document.ts';
import type { Mention } from '../../model/mention.ts';

export function isRoleHead(doc: AnalysedDocument, k: number): boolean {
  const t = doc.tokens[k]!;
  if (t.kind !== 'cyr') return false;
  const lower = t.text.toLowerCase();
  if (ROLE_HEADS_RU.has(lower)) return true;
  return analyse(t.text).parses.some((p) => p.pos === 'NOUN' && ROLE_HEADS_RU.has(p.lemma));
}

/** Cases a Russian person mention can be in: from the role word right before it, else from the name. */
export function personCases(doc: AnalysedDocument, m: Mention): Set<string> {
  const out = new Set<string>();
  let k = m.first - 1;
  while (k >= 0 && doc.mentionAt[k] && doc.mentionAt[k]!.type !== 'PER' && m.first - k < 6) k = doc.mentionAt[k]!.first - 1;
  // A role head with a lower-case genitive complement before the name («главы государства X»).
  const free = (j: number) => j >= 0 && doc.tokens[j]!.kind === 'cyr' && !doc.mentionAt[j] && doc.tokens[j]!.sentence === doc.tokens[m.first]!.sentence;
  for (let j = k, steps = 0; steps < 3 && free(j) && !isRoleHead(doc, k) && !doc.tokens[j]!.cap; j--, steps++) {
    if (isRoleHead(doc, j)) k = j;
  }
  // A genitive head is itself the complement of a head right before it («заместитель начальника генштаба X»).
  while (free(k) && free(k - 1) && isRoleHead(doc, k) && isRoleHead(doc, k - 1) && analyse(doc.tokens[k]!.text).parses.some((p) => p.pos === 'NOUN' && p.case === 'gent')) k--;
  if (k >= 0 && doc.tokens[k]!.sentence === doc.tokens[m.first]!.sentence && !doc.mentionAt[k] && isRoleHead(doc, k)) {
    // Only cases the name can be in: the role word may be the complement of another head ("главой Офиса
    // президента Андреем Богданом" is instrumental, not the genitive of "президента").
    // One person: the role word's singular readings only («главы государства X» is genitive, not a plural),
    // unless a list of people follows («министров X и Y»).
    const list = /^(?:и|,)$/.test(doc.tokens[m.last]?.text ?? '') && doc.mentionAt[m.last + 1]?.type === 'PER';
    for (const p of analyse(doc.tokens[k]!.text).parses) if (p.pos === 'NOUN' && p.case && (list || p.number !== 'plur')) out.add(p.case);
    const own = personalCases(doc, m);
    if (own && ![...out].some((c) => own.has(c))) return own;
    if (out.size > 0) return out;
  }
  // A noun that governs its agent in the genitive right before the name ("Визит Касым-Жомарта Токаева",
  // "встреча Ангелы Меркель"): genitive, when the name can be.
  const before = doc.tokens[m.first - 1];
  if (before && before.kind === 'cyr' && before.sentence === doc.tokens[m.first]!.sentence && !doc.mentionAt[m.first - 1]) {
    if (analyse(before.text).parses.some((p) => p.pos === 'NOUN' && p.known && GENITIVE_GOVERNORS.has(p.lemma))) {
      const name = analyse(doc.tokens[m.first]!.text).parses;
      if (name.some((p) => p.case === 'gent')) return new Set(['gent']);
    }
  }
  // The second of two names joined by «и» or a comma is in the case of the first («министров Ивана Серова
  // и Петра Лаврова»), when it can be.
  const own = nameCases(doc, m);
  const previous = doc.mentionAt[m.first - 2];
  if (before && /^(?:и|,)$/.test(before.text) && previous?.type === 'PER' && previous !== m && before.sentence === doc.tokens[m.first]!.sentence) {
    const shared = [...personCases(doc, previous)].filter((c) => own.has(c));
    if (shared.length > 0) return new Set(shared);
  }
  return own;
}

/** The cases that every word of the name with a dictionary name reading can be in (Андреем Богданом: ablt). */
function personalCases(doc: AnalysedDocument, m: Mention): Set<string> | undefined {
  let common: Set<string> | undefined;
  for (let i = m.first; i < m.last; i++) {
    const t = doc.tokens[i]!;
    if (t.kind !== 'cyr') continue;
    const personal = analyse(t.text).parses.filter((p) => (p.name || p.surname || p.patronymic) && p.known && !p.fixed);
    if (personal.length === 0) continue;
    const cases = new Set(personal.flatMap((p) => (p.case ? [p.case] : [])));
    common = common ? new Set([...common].filter((c) => cases.has(c))) : cases;
  }
  return common && common.size > 0 ? common : undefined;
}

/** The cases every word of the name can be in ("Артура Волкова": genitive or accusative, not the female nominative). */
function nameCases(doc: AnalysedDocument, m: Mention): Set<string> {
  const all = ['nomn', 'ablt', 'gent', 'datv', 'accs', 'loct'];
  let common = new Set(all);
  for (let i = m.first; i < m.last; i++) {
    const t = doc.tokens[i]!;
    if (t.kind !== 'cyr') continue;
    const parses = analyse(t.text).parses;
    if (parses.length === 0 || parses.some((p) => p.fixed) || !parses.some((p) => p.known)) continue;
    const personal = parses.filter((p) => p.name || p.surname || p.patronymic);
    const cases = new Set((personal.length > 0 ? personal : parses).flatMap((p) => (p.case ? [p.case] : [])));
    const both = new Set([...common].filter((c) => cases.has(c)));
    if (both.size > 0) common = both;
  }
  return common;
}
