// Russian mention rules run last, over the whole document: one sense per document (a surname or place
// seen once is the same elsewhere), surnames that were read as places, and Latin names in brackets.

import { type Ctx, has, personCapable, verbFollows } from './context.ts';
import { CLOSE_QUOTES } from '../shared.ts';
import type { EntityType, Mention } from '../../model/mention.ts';

/**
 * 8. The same surname, place or name elsewhere in the document gets the same type
 *    (sentence-initial "Ашикбаев подтвердил", a surname alone after the full name, «Водоканала» after
 *    ГУП «Водоканал»).
 */
export function oneSensePerDocument(c: Ctx): void {
  const tokens = c.tokens;
  const known = new Map<string, EntityType>();
  const surnames = new Set<string>();
  for (const m of c.live()) {
    if (m.type === 'PER') {
      const v = c.views.at(m.last - 1);
      for (const l of v.lemmas) if (!known.has(l)) known.set(l, 'PER');
      known.set(tokens[m.last - 1]!.text.toLowerCase(), 'PER');
      if (m.last - m.first >= 2) for (const l of v.lemmas) surnames.add(l);
    } else if (m.last - m.first === 1 && tokens[m.first]!.cap && !tokens[m.first]!.upper) {
      known.set(tokens[m.first]!.text.toLowerCase(), m.type);
      if (m.type === 'ORG' && tokens[m.first]!.kind === 'cyr') for (const p of c.analysis(m.first)?.parses ?? []) if (p.pos === 'NOUN' && !known.has(p.lemma)) known.set(p.lemma, 'ORG');
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (c.owner[i] || !t.cap || (t.kind !== 'cyr' && t.kind !== 'lat')) continue;
    let type = known.get(t.text.toLowerCase());
    if (!type && t.kind === 'cyr') {
      const a = c.analysis(i);
      if (a?.parses.some((p) => (p.surname || p.name || !p.known) && known.get(p.lemma) === 'PER')) type = 'PER';
      // Any reading whose lemma is the surname of a person named in full here ("Оливер Орёл" ... "Орла").
      else if (!t.first && c.views.lemmaList(i).some((l) => surnames.has(l))) type = 'PER';
      else if (a?.parses.some((p) => p.pos === 'NOUN' && known.get(p.lemma) === 'ORG')) type = 'ORG';
    }
    if (!type) continue;
    if (type === 'PER' && t.first && c.analysis(i)?.common && !has(c.analysis(i), (p) => p.surname || p.name)) {
      // A common word that is also this document's surname opens a sentence: only when a verb follows
      // within a few words ("Брод напомнил", "Брод также напомнил").
      const lemmaSeen = c.views.lemmaList(i).some((l) => surnames.has(l));
      if (!lemmaSeen || !verbFollows(c, i, 3)) continue;
    }
    let last = i + 1;
    if (type === 'PER') while (last < tokens.length && !c.owner[last] && tokens[last]!.cap && personCapable(c, last)) last += 1;
    c.add(type, i, last);
  }
}

/**
 * 8b. A multi-word organisation name found once ("«Голоса Америки»") is the same organisation wherever its
 *     words recur in any case, also at the start of a line ("Голос Америки: ..."), replacing the shorter
 *     mentions inside it.
 */
export function multiWordSense(c: Ctx): void {
  const tokens = c.tokens;
  const key = (k: number) => {
    const t = tokens[k]!;
    return t.kind === 'cyr' ? (c.analysis(k)?.parses[0]?.lemma ?? t.text.toLowerCase()) : t.text.toLowerCase();
  };
  const names = new Map<string, string[][]>();
  for (const m of c.live()) {
    if (m.type !== 'ORG' || m.last - m.first < 2 || m.last - m.first > 5 || !tokens[m.first]!.cap) continue;
    const words: string[] = [];
    for (let k = m.first; k < m.last; k++) {
      if (tokens[k]!.kind !== 'cyr' && tokens[k]!.kind !== 'lat') break;
      words.push(key(k));
    }
    if (words.length !== m.last - m.first) continue;
    const list = names.get(words[0]!) ?? [];
    if (!list.some((w) => w.join(' ') === words.join(' '))) list.push(words);
    names.set(words[0]!, list);
  }
  if (names.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || (t.kind !== 'cyr' && t.kind !== 'lat')) continue;
    const candidates = names.get(key(i));
    if (!candidates) continue;
    for (const words of candidates) {
      const last = i + words.length;
      if (last > tokens.length || (c.owner[i]?.first === i && c.owner[i]!.last === last)) continue;
      let same = true;
      for (let k = i + 1; k < last && same; k++) same = tokens[k]!.start - tokens[k - 1]!.end <= 1 && (tokens[k]!.kind === 'cyr' || tokens[k]!.kind === 'lat') && key(k) === words[k - i];
      if (!same) continue;
      // Only mentions wholly inside the name give way.
      const inside = new Set<Mention>();
      for (let k = i; k < last; k++) if (c.owner[k]) inside.add(c.owner[k]!);
      if ([...inside].some((m) => m.first < i || m.last > last)) continue;
      for (const m of inside) c.drop(m);
      c.add('ORG', i, last);
      i = last - 1;
      break;
    }
  }
}

/**
 * 8a. A one-word place that is the surname of a person named in full in the same document is that
 *     person ("Оливер Кан" ... "Реакцией Кана"), unless the gazetteer names it as a country.
 */
export function surnamesNotPlaces(c: Ctx): void {
  const tokens = c.tokens;
  const surnames = new Set<string>();
  const live = c.live();
  for (const m of live) {
    if (m.type !== 'PER' || m.last - m.first < 2 || tokens[m.last - 1]!.kind !== 'cyr') continue;
    for (const l of c.views.at(m.last - 1).lemmas) surnames.add(l);
  }
  if (surnames.size === 0) return;
  for (const m of live) {
    if (m.type !== 'LOC' || m.country || m.last - m.first !== 1 || tokens[m.first]!.kind !== 'cyr') continue;
    if (c.views.lemmaList(m.first).some((l) => surnames.has(l))) m.type = 'PER';
  }
}

/**
 * 9. A name in Latin script in brackets right after a mention is the same entity written in the
 *    original ("Билал Хассеин (Bilal Hussein)", "Кориера делла Сера (Corriere della Sera)").
 */
export function parentheticalNames(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.text !== '(') continue;
    const prev = c.owner[i - 1] ?? (CLOSE_QUOTES.has(tokens[i - 1]!.text) ? c.owner[i - 2] : undefined);
    if (!prev) continue;
    let close = i + 1;
    while (close < tokens.length && close - i <= 6 && tokens[close]!.text !== ')' && (tokens[close]!.kind === 'lat' || tokens[close]!.text === '-' || tokens[close]!.text === '.')) close++;
    if (tokens[close]?.text !== ')' || close === i + 1 || !tokens[i + 1]!.cap || tokens[i + 1]!.kind !== 'lat') continue;
    if (c.isBlocked(prev)) {
      // The original spelling of a product ("«Шкода Октавия» (Skoda Octavia)") is no entity either.
      for (let k = i + 1; k < close; k++) if (c.owner[k] && !c.isBlocked(c.owner[k])) c.drop(c.owner[k]!);
      c.block(i + 1, close);
      i = close;
      continue;
    }
    for (let k = i + 1; k < close; k++) {
      const m = c.owner[k];
      if (m) c.drop(m);
    }
    if (c.free(i + 1, close)) c.add(prev.type, i + 1, close, prev.country);
    i = close;
  }
}
