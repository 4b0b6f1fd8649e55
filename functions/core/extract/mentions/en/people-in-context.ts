// English people the capitalised-sequence rules miss, found from the sentence layout: an apposition after a
// position ("The mayor of London, Sadiq Khan, met ...", "his counterpart, Pedro Alonso"), a name after a title
// ("Defence Secretary John Reid"), a list of names after a dash or colon ("Leaders of A, B and C — Ann Lee,
// Tom Hart and Eva Ross — met ..."). Only free tokens (or ones a non-country mention holds) become people.

import { APPOSITION_ROLE_WORDS_EN, GROUP_WORDS_EN, HONORIFICS_EN, NAME_FUNCTION_WORDS_EN, PLURAL_TITLES_EN, TITLES_BEFORE_NAME_EN, TITLES_EN, WEEKDAYS_MONTHS_EN } from '../../lexicon/en.ts';
import { type AnalysedDocument, setMentions } from '../../model/document.ts';
import type { Mention } from '../../model/mention.ts';
import { readName } from './titles.ts';

/** A capitalised Latin word that can be part of a name. */
function nameWord(doc: AnalysedDocument, k: number): boolean {
  const t = doc.tokens[k];
  // A title is no name ("counterpart Foreign Minister ...").
  if (t?.kind !== 'lat' || !t.cap || (t.upper && t.text.length > 1) || NAME_FUNCTION_WORDS_EN.has(t.text.toLowerCase()) || TITLES_EN.has(t.text.toLowerCase()) || WEEKDAYS_MONTHS_EN.test(t.text)) return false;
  const m = doc.mentionAt[k];
  return !m || (m.type !== 'PER' && !m.country);
}

/** The name starting at k: 2–3 name words in the same sentence; its end, or -1. */
function nameAt(doc: AnalysedDocument, k: number): number {
  const sentence = doc.tokens[k]?.sentence;
  let end = k;
  while (end < doc.tokens.length && end - k < 3 && doc.tokens[end]!.sentence === sentence && nameWord(doc, end)) end++;
  if (end - k < 2) {
    // Initials and particles: "S. Kumar", "Ana de Sousa" (2–4 capitalised words, none a taken name or country).
    const name = readName(doc.tokens, k);
    const words = name ? doc.tokens.slice(name.start, name.end).filter((t) => t.cap) : [];
    if (!name || name.start !== k || words.length < 2 || words.length > 4) return -1;
    for (let i = name.start; i < name.end; i++) if (doc.tokens[i]!.cap && !nameWord(doc, i) && doc.tokens[i]!.text.length > 1) return -1;
    end = name.end;
  }
  // A mention that starts inside the name must end inside it too.
  for (let i = k; i < end; i++) {
    const m = doc.mentionAt[i];
    if (m && (m.first < k || m.last > end)) return -1;
  }
  return end;
}

export function addEnglishPeople(doc: AnalysedDocument): void {
  const spans: Array<[number, number]> = [];
  const { tokens } = doc;
  // Whether each sentence names a group of people ("Leaders of ..."), computed once per sentence.
  const groups = new Map<number, boolean>();
  const groupSentence = (s: number) => {
    let g = groups.get(s);
    if (g === undefined) {
      g = GROUP_WORDS_EN.test(sentenceTextOf(doc, s));
      groups.set(s, g);
    }
    return g;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // "the mayor of London, Sadiq Khan," / "his counterpart, Pedro Alonso."
    if (t.text === ',' && afterRoleWord(doc, k)) {
      const end = nameAt(doc, k + 1);
      const after = tokens[end];
      if (end > 0 && (!after || after.sentence !== t.sentence || /^[,.;)—–-]$/.test(after.text))) spans.push([k + 1, end]);
      continue;
    }
    // "Defence Secretary John Reid"
    if (t.kind === 'lat' && TITLES_BEFORE_NAME_EN.has(t.text.toLowerCase()) && !doc.mentionAt[k] && tokens[k + 1]?.sentence === t.sentence) {
      const end = nameAt(doc, k + 1);
      const after = tokens[end];
      if (end > 0 && (!after || after.sentence !== t.sentence || !(after.kind === 'lat' && after.cap))) spans.push([k + 1, end]);
      continue;
    }
    // "between Vladimir Putin and Xi Jinping": a name joined by "and" to a person's name, on either side.
    if (t.text === 'and' && tokens[k - 1]?.sentence === t.sentence && tokens[k + 1]?.sentence === t.sentence) {
      const left = doc.mentionAt[k - 1];
      const right = doc.mentionAt[k + 1];
      if (left?.type === 'PER' && !right) {
        const end = nameAt(doc, k + 1);
        if (end > 0 && !(tokens[end]?.kind === 'lat' && tokens[end]!.cap && tokens[end]!.sentence === t.sentence)) spans.push([k + 1, end]);
      } else if (right?.type === 'PER' && !left) {
        for (let start = k - 3; start <= k - 2; start++) {
          if (start >= 0 && nameAt(doc, start) === k && !(tokens[start - 1]?.kind === 'lat' && tokens[start - 1]!.cap && tokens[start - 1]!.sentence === t.sentence)) {
            spans.push([start, k]);
            break;
          }
        }
      }
    }
    // "Leaders of A, B and C — Ann Lee, Tom Hart and Eva Ross — met ..."
    if (/^[—–:-]$/.test(t.text) && groupSentence(t.sentence) && groupBefore(doc, k)) for (const span of nameList(doc, k + 1)) spans.push(span);
    // "Presidents Ann Lee of A, Tom Hart of B and Eva Ross of C met ...": a plural title before a list of names.
    else if (t.kind === 'lat' && PLURAL_TITLES_EN[t.text.toLowerCase()] && !doc.mentionAt[k] && tokens[k + 1]?.sentence === t.sentence) for (const span of nameList(doc, k + 1, true)) spans.push(span);
  }
  if (spans.length === 0) return;
  const taken = new Set<number>();
  const added: Mention[] = [];
  for (const [first, last] of spans) {
    if ([...Array(last - first).keys()].some((i) => taken.has(first + i))) continue;
    for (let i = first; i < last; i++) taken.add(i);
    added.push({ type: 'PER', start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last });
  }
  // The added names do not overlap: each token knows the one it is in (asking every name of every mention
  // made a long list quadratic).
  const addedAt: Array<Mention | undefined> = new Array(tokens.length);
  for (const a of added) for (let i = a.first; i < a.last; i++) addedAt[i] = a;
  const covered = (m: Mention) => {
    const a = addedAt[m.first];
    return !!a && m.last <= a.last;
  };
  setMentions(doc, [...doc.mentions.filter((m) => !covered(m)), ...added]);
}

/** A position word within the six tokens before this comma, with no other comma or clause word between. */
function afterRoleWord(doc: AnalysedDocument, comma: number): boolean {
  const sentence = doc.tokens[comma]!.sentence;
  for (let k = comma - 1; k >= 0 && comma - k <= 6; k--) {
    const t = doc.tokens[k]!;
    if (t.sentence !== sentence || /^[,;:—–]$/.test(t.text) || /^(and|or|but|said|says|who|which|that)$/i.test(t.text)) return false;
    if (t.kind === 'lat' && APPOSITION_ROLE_WORDS_EN.has(t.text.toLowerCase().replace(/['’]s$/, ''))) return !doc.mentionAt[k] || doc.mentionAt[k]!.type !== 'PER';
  }
  return false;
}

function sentenceTextOf(doc: AnalysedDocument, s: number): string {
  const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
  return from < to ? doc.text.slice(doc.tokens[from]!.start, doc.tokens[to - 1]!.end) : '';
}

/** A plural position word within the twelve tokens before the dash ("Leaders of A, B and C —"). */
function groupBefore(doc: AnalysedDocument, dash: number): boolean {
  const sentence = doc.tokens[dash]!.sentence;
  for (let k = dash - 1; k >= 0 && dash - k <= 12 && doc.tokens[k]!.sentence === sentence; k--) {
    if (GROUP_WORDS_EN.test(doc.tokens[k]!.text)) return true;
  }
  return false;
}

/** "Ann Lee, Tom Hart and Eva Ross": two or more names joined by commas and "and", ending the list. */
function nameList(doc: AnalysedDocument, k: number, verbEnds = false): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const sentence = doc.tokens[k]?.sentence;
  let i = k;
  for (;;) {
    // Forms of address before a name of the list ("Shaikh X, Dr Y and Z").
    while (doc.tokens[i]?.kind === 'lat' && HONORIFICS_EN.has(doc.tokens[i]!.text.toLowerCase()) && !doc.mentionAt[i]) i += doc.tokens[i + 1]?.text === '.' ? 2 : 1;
    const pm = doc.mentionAt[i];
    let end: number;
    if (pm && pm.type === 'PER' && pm.first === i) end = pm.last;
    else {
      end = nameAt(doc, i);
      if (end < 0) return [];
      out.push([i, end]);
    }
    // "Ann Lee of Ruritania": the person's country after the name.
    if (doc.tokens[end]?.text === 'of') {
      let j = end + 1;
      while (j < end + 4 && doc.tokens[j]?.sentence === sentence && doc.tokens[j]!.kind === 'lat' && doc.tokens[j]!.cap) j++;
      if (j > end + 1) end = j;
    }
    const sep = doc.tokens[end];
    if (!sep || sep.sentence !== sentence || /^[—–:.;)-]$/.test(sep.text)) break;
    // After a plural title the list ends where the sentence goes on ("... and Eva Ross met in Riga").
    if (verbEnds && out.length + (pm ? 1 : 0) > 0 && sep.kind === 'lat' && !sep.cap && sep.text !== 'and') break;
    if (sep.text === ',' && doc.tokens[end + 1]?.text === 'and') i = end + 2;
    else if (sep.text === ',' || sep.text === 'and') i = end + 1;
    else return [];
  }
  return out;
}
