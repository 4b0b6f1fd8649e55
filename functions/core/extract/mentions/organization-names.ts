// Names of organisation mentions as the record shows them: the nominative, acronyms expanded against the
// longer names in the same text (МККК = Международный комитет Красного Креста, LSE = London Stock Exchange),
// a leading legal form kept (ОАО «Газпром»).

import { analyse } from '../knowledge/morphology.ts';
import { phraseToNominative } from '../knowledge/nominative.ts';
import { ORG_DESCRIPTORS_RU } from '../lexicon/ru.ts';
import type { AnalysedDocument } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';

const SKIP_INITIALS = new Set(['и', 'по', 'при', 'of', 'and', 'the', 'for', 'de', 'в', 'на']);

function initials(words: string[]): string {
  return words
    .filter((w) => !SKIP_INITIALS.has(w.toLowerCase()))
    .map((w) => w.split('-').map((p) => p[0] ?? '').join(''))
    .join('')
    .toUpperCase();
}

const acronymCache = new WeakMap<AnalysedDocument, Map<string, string>>();

/** Acronym -> full nominative name, for acronyms whose letters are the initials of a longer ORG name in the text. */
export function acronyms(doc: AnalysedDocument): Map<string, string> {
  const hit = acronymCache.get(doc);
  if (hit) return hit;
  const map = new Map<string, string>();
  const byInitials = new Map<string, Mention>();
  for (const m of doc.mentions) {
    if (m.type !== 'ORG' || m.last - m.first < 2) continue;
    const words = doc.tokens.slice(m.first, m.last).map((t) => t.text);
    // "СБ" for "Совет Безопасности РФ": the country's acronym closing a name is no initial of it.
    const keys = [initials(words), ...(doc.tokens[m.last - 1]!.upper && words.length > 2 ? [initials(words.slice(0, -1))] : [])];
    for (const key of keys) if (!byInitials.has(key)) byInitials.set(key, m);
  }
  // English acronyms often stand for a capitalised phrase that is not itself an ORG mention yet.
  for (const m of doc.mentions) {
    if (m.type !== 'ORG' || m.last - m.first !== 1) continue;
    const acronym = doc.tokens[m.first]!.text;
    if (!doc.tokens[m.first]!.upper) continue;
    const found = byInitials.get(acronym.toUpperCase());
    // "министерство иностранных дел" is no one's name: the acronym (МИД) is the usual one.
    if (found && !doc.tokens[found.first]!.cap) continue;
    if (found && !map.has(acronym)) map.set(acronym, nominativeOrg(doc, found));
  }
  acronymCache.set(doc, map);
  return map;
}

/** Capitalised genitive words right after a Russian name that no mention holds belong to it («Совета министров
 *  иностранных дел Содружества | Независимых Государств»): the end of the mention as far as they go (up to three). */
function nameEnd(doc: AnalysedDocument, m: Mention): number {
  if (doc.language !== 'ru' || !isGenitive(doc.tokens[m.last - 1]!.text)) return m.last;
  const sentence = doc.tokens[m.first]!.sentence;
  let end = m.last;
  while (end < m.last + 3) {
    const t = doc.tokens[end];
    if (!t || t.sentence !== sentence || t.kind !== 'cyr' || !t.cap || t.upper || doc.mentionAt[end] || !isGenitive(t.text)) break;
    end++;
  }
  return end;
}

function isGenitive(word: string): boolean {
  return analyse(word).parses.some((p) => (p.pos === 'NOUN' || p.pos === 'ADJF') && p.case === 'gent');
}

function nominativeOrg(doc: AnalysedDocument, m: Mention): string {
  const tokens = doc.tokens.slice(m.first, nameEnd(doc, m));
  const words = tokens.map((t) => t.text);
  if (doc.language !== 'ru' || tokens.some((t) => t.kind !== 'cyr')) return words.join(' ');
  // The head is the first noun that is not an adjective's homonym; adjectives before it agree with it.
  let head = 0;
  while (head < words.length && !analyse(words[head]!).parses.some((p) => p.pos === 'NOUN' && p.known) ) head++;
  if (head >= words.length) return words.join(' ');
  return phraseToNominative(words, head).join(' ');
}

/** A name in quotation marks in a Russian position («гендиректор «Аэрофлота»» -> Аэрофлот): the body the person
 *  heads, in the nominative (the head is its first noun; adjectives before it agree). */
export function quotedOrganization(role: string | null): string | null {
  const quoted = role ? /«([^«»]+)»/.exec(role)?.[1] : undefined;
  if (!quoted) return null;
  const words = quoted.split(/\s+/);
  const head = words.findIndex((w) => analyse(w).parses.some((p) => p.pos === 'NOUN'));
  return head < 0 ? quoted : phraseToNominative(words, head).join(' ');
}

/** Display name: acronyms expanded, the nominative, and a leading legal form kept (ОАО «Газпром»). */
const nameCache = new WeakMap<Mention, string>();

export function organizationName(doc: AnalysedDocument, m: Mention): string {
  let name = nameCache.get(m);
  if (name === undefined) {
    name = computeOrganizationName(doc, m);
    nameCache.set(m, name);
  }
  return name;
}

/** A country's abbreviation glued before a name with a hyphen ("U.S.-ASEAN Business Council") belongs to it. */
const GLUED_PREFIX = /(?:^|[^\p{L}.])((?:\p{Lu}\.){2,}|\p{Lu}{2,})-$/u;

function computeOrganizationName(doc: AnalysedDocument, m: Mention): string {
  const glued = GLUED_PREFIX.exec(doc.text.slice(Math.max(0, m.start - 10), m.start));
  const name = bareOrganizationName(doc, m);
  return glued ? `${glued[1]}-${name}` : name;
}

function bareOrganizationName(doc: AnalysedDocument, m: Mention): string {
  const first = doc.tokens[m.first]!;
  if (m.last - m.first === 1 && first.upper) return acronyms(doc).get(first.text) ?? first.text;
  if (m.last - m.first === 1 && !first.cap && doc.language === 'ru') {
    // "в миде Грузии" -> "МИД Грузии": the abbreviation in capitals, with the country it belongs to.
    const parse = analyse(first.text).parses.find((p) => p.org && p.abbr);
    const abbreviation = (parse?.lemma ?? first.text).toUpperCase();
    const next = doc.mentionAt[m.last];
    return next && next.type === 'LOC' && next.first === m.last ? `${abbreviation} ${doc.text.slice(next.start, next.end)}` : abbreviation;
  }
  const name = nominativeOrg(doc, m);
  const open = doc.tokens[m.first - 1];
  const descriptor = doc.tokens[m.first - 2];
  if (open && /^[«"“„]$/.test(open.text) && descriptor?.upper && ORG_DESCRIPTORS_RU.has(descriptor.text.toLowerCase())) {
    return `${descriptor.text} «${name}»`;
  }
  return name;
}
