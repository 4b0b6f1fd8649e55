// Organisations step, bodies that take part without being the frame sentence's subject: the ministry that
// hosts the talks («в МИД России», «в министерстве иностранных дел ...» with the country named elsewhere, "at
// the Kazakh MFA"), the organisation whose headquarters the meeting is held at, and English acronyms the
// mention finder leaves alone ("NATO and G7 leaders").

import { spokenBy } from './organization-filters.ts';
import { isCountryName, isKnownCountry } from './organization-generic-names.ts';
import { demonymCountry } from '../knowledge/demonyms.ts';
import { gazetteer } from '../knowledge/gazetteer.ts';
import { NOT_ORG_ACRONYMS_EN } from '../lexicon/en.ts';
import { lexicon } from '../lexicon/index.ts';
import { organizationName } from '../mentions/organization-names.ts';
import type { AnalysedDocument } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';
import { ROMAN_NUMERAL } from '../mentions/shared.ts';

const FOREIGN_MINISTRY_RU = /^(?:мид|министерство иностранных дел)$/i;
/** "at the Kazakh MFA", "in the Foreign Ministry of Peru": a foreign ministry as the place of the talks. */
const HOST_MINISTRY_EN = /\b(?:at|in) the ((?:[A-Z][\p{L}'’]+ )?(?:MFA|Foreign Ministry|Ministry of Foreign Affairs|Foreign Office)(?: of (?:the )?[A-Z][\p{L}]+(?: [A-Z][\p{L}]+){0,2})?)/gu;

/** The country an English word names: a country ("Peru"), a demonym ("Italian"), or a short form ("Kazakh"). */
function countryWord(word: string): boolean {
  const lower = word.replace(/['’]s$/, '').toLowerCase();
  if (lower.length < 4) return false;
  if (gazetteer().enCountries.has(lower) || demonymCountry(lower)) return true;
  return lower.length >= 5 && [...gazetteer().enCountries.keys()].some((k) => !k.includes(' ') && k.startsWith(lower) && k.length - lower.length <= 4);
}

/** A place named right after a ministry ("at the Ministry of Foreign Affairs, Islamabad", "... in Lima"): the
 *  ministry is a particular one, the host. */
function cityAfter(doc: AnalysedDocument, offset: number): boolean {
  const gap = /^,?\s+(?:in\s+)?/.exec(doc.text.slice(offset))?.[0];
  return gap !== undefined && doc.mentions.some((m) => m.type === 'LOC' && m.start === offset + gap.length);
}

/** The foreign ministry where the talks are held, with its country ("МИД Казахстана", "Kazakh MFA"). */
export function hostMinistries(doc: AnalysedDocument, sentences: number[]): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
    if (doc.language === 'en') {
      const start = doc.tokens[from]?.start ?? 0;
      for (const x of doc.text.slice(start, doc.tokens[to - 1]?.end ?? start).matchAll(HOST_MINISTRY_EN)) {
        const name = x[1]!;
        const words = name.split(' ');
        if (countryWord(words[0]!) || (/ of /.test(name) && countryWord(words[words.length - 1]!)) || cityAfter(doc, start + (x.index ?? 0) + x[0].length)) out.push(name);
      }
      continue;
    }
    // «В министерстве иностранных дел начались переговоры»: the ministry's country is named elsewhere («МИД Казахстана»).
    for (const m of doc.sentenceMentions[s] ?? []) {
      if (m.type !== 'ORG' || !/^(в|во)$/i.test(doc.tokens[m.first - 1]?.text ?? '') || spokenBy(doc, m.first - 1, m.last)) continue;
      if (!FOREIGN_MINISTRY_RU.test(organizationName(doc, m)) || doc.mentionAt[m.last]?.country) continue;
      const named = doc.mentions.find((x) => x.type === 'ORG' && FOREIGN_MINISTRY_RU.test(organizationName(doc, x)) && doc.mentionAt[x.last]?.country && doc.mentionAt[x.last]!.first === x.last);
      if (named) {
        const country = doc.mentionAt[named.last]!;
        out.push(`МИД ${doc.text.slice(country.start, country.end)}`);
      }
    }
  }
  return out;
}

/** "в миде Грузии", "в МИД России": the ministry hosting the meeting. */
export function hostOrganizations(doc: AnalysedDocument, sentences: number[]): string[] {
  if (doc.language !== 'ru') return [];
  const out: string[] = [];
  for (const s of sentences) {
    const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
    for (let k = from + 1; k + 1 < to; k++) {
      const t = doc.tokens[k]!;
      const next = doc.mentionAt[k + 1];
      if (!/^(в|во)$/.test(doc.tokens[k - 1]!.text) || !/^мид[еау]?$/i.test(t.text) || !next || next.type !== 'LOC' || !next.country || next.first !== k + 1) continue;
      if (spokenBy(doc, k - 1, next.last)) continue;
      out.push(`МИД ${doc.text.slice(next.start, next.end)}`);
    }
  }
  return out;
}

/** "at United Nations Headquarters", "at the headquarters of the African Union", «в штаб-квартире ОБСЭ»: the
 *  organisation whose seat the meeting is held at hosts it. */
export function hostHeadquarters(doc: AnalysedDocument, sentences: number[]): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
    for (let k = from + 1; k < to; k++) {
      const word = doc.tokens[k]!.text.toLowerCase();
      if (doc.language === 'ru') {
        const org = doc.mentionAt[k + 1];
        if (/^штаб-квартир[еыу]$/.test(word) && /^(в|во|на)$/i.test(doc.tokens[k - 1]!.text) && org?.type === 'ORG' && org.first === k + 1) out.push(organizationName(doc, org));
        continue;
      }
      if (word !== 'headquarters') continue;
      // "the headquarters of (the) X": the capitalised words after it.
      if (doc.tokens[k + 1]?.text === 'of' && /^(at|in)$/i.test(doc.tokens[k - (doc.tokens[k - 1]!.text.toLowerCase() === 'the' ? 2 : 1)]?.text ?? '')) {
        const first = doc.tokens[k + 2]?.text.toLowerCase() === 'the' ? k + 3 : k + 2;
        const name = capitalisedRun(doc, first, to);
        if (name) out.push(name);
        continue;
      }
      // "at (the) X Headquarters": the capitalised words before it, after "at/in (the)".
      let b = k - 1;
      while (b >= from && k - b <= 6 && (doc.tokens[b]!.cap || /^(?:of|for|and)$/.test(doc.tokens[b]!.text)) && doc.mentionAt[b]?.type !== 'PER') b--;
      if (b === k - 1 || b < from) continue;
      const p = doc.tokens[b]!.text.toLowerCase() === 'the' ? b - 1 : b;
      if (!/^(at|in)$/i.test(doc.tokens[p]?.text ?? '') || !doc.tokens[b + 1]!.cap) continue;
      const name = doc.tokens.slice(b + 1, k).map((t) => t.text).join(' ');
      if (!isCountryName(doc, name)) out.push(name);
    }
  }
  return out;
}

/** The capitalised words (with "of/for/and" inside) from token `first`, up to six; null if none. */
function capitalisedRun(doc: AnalysedDocument, first: number, to: number): string | null {
  let end = first;
  while (end < to && end - first < 6 && (doc.tokens[end]!.cap || (end > first && /^(?:of|for|and)$/.test(doc.tokens[end]!.text))) && doc.mentionAt[end]?.type !== 'PER' && doc.mentionAt[end]?.type !== 'LOC') end++;
  while (end > first && !doc.tokens[end - 1]!.cap) end--;
  return end > first ? doc.tokens.slice(first, end).map((t) => t.text).join(' ') : null;
}

/** English acronyms in a sentence that no mention holds ("NATO and G7 Leaders", "the leaders of NATO"), as
 *  organisation mentions: only where a party stands (before the first meeting word, after "of/with/between", in
 *  a list of such, or before a title), not in a topic ("talks on AI and LNG"). */
export function bareAcronyms(doc: AnalysedDocument, s: number): Mention[] {
  if (doc.language !== 'en') return [];
  const out: Mention[] = [];
  const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
  const cue = lexicon('en').cueWord;
  let cueSeen = false;
  let lastTaken = -10;
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    if (cue.test(t.text.toLowerCase())) cueSeen = true;
    if (doc.mentionAt[k] || t.kind !== 'lat' || !/^[A-Z][A-Z0-9]{1,5}$/.test(t.text) || !/[A-Z]{2}|[A-Z]\d/.test(t.text)) continue;
    if (NOT_ORG_ACRONYMS_EN.has(t.text) || ROMAN_NUMERAL.test(t.text) || isKnownCountry(t.text) || (doc.tokens[k + 1]?.text === '.' && doc.tokens[k + 2]?.kind === 'lat')) continue;
    const p = doc.tokens[k - 1]?.text.toLowerCase() === 'the' ? k - 2 : k - 1;
    const before = doc.tokens[p]?.text.toLowerCase() ?? '';
    const after = doc.tokens[k + 1]?.text ?? '';
    const party = !cueSeen || /^(of|with|between)$/.test(before) || ((before === 'and' || before === ',') && p - 1 === lastTaken) || PARTY_AFTER_EN.test(after);
    if (!party) continue;
    lastTaken = k;
    out.push({ type: 'ORG', start: t.start, end: t.end, first: k, last: k + 1 });
  }
  return out;
}
/** Words after a body that make it a party ("NATO leaders", "EU Secretary General"). */
const PARTY_AFTER_EN = /^(?:leaders?|officials?|members?|delegation|chiefs?|heads?|summit|ministers?|envoys?|[A-Z][a-z]+)$/;
