// Russian roles: the position phrase before a person's name ("первого заместителя министра иностранных дел
// Казахстана Ержана Ашикбаева") or after it as an apposition, in the nominative, and whom it says the person
// represents (the country of a state role, or the organisation in its complement).

import { adjectiveCountry, countryDisplay, shortRuName } from '../../knowledge/country-names.ts';
import { analyse } from '../../knowledge/morphology.ts';
import { phraseToNominative } from '../../knowledge/nominative.ts';
import { EVALUATIVE_ROLE_WORDS_RU, RELATIVE_PRONOUNS_RU, ROLE_BOUNDARY_WORDS_RU, ROLE_HEADS_RU, STATE_ROLES_RU } from '../../lexicon/ru.ts';
import { organizationName } from '../organization-names.ts';
import type { RoleReading } from '../roles.ts';
import { isRoleHead, personCases } from './person-cases.ts';
import type { AnalysedDocument } from '../../model/document.ts';
import type { Mention } from '../../model/mention.ts';

const MAX_ROLE_TOKENS = 14;

function isRoleWord(doc: AnalysedDocument, k: number): boolean {
  const t = doc.tokens[k]!;
  if (doc.mentionAt[k]) return doc.mentionAt[k]!.type !== 'PER';
  if (t.kind === 'punct') return /^[«»"“”„-]$/.test(t.text);
  if (t.kind === 'num') return false;
  if (t.kind === 'lat') return true;
  if (ROLE_BOUNDARY_WORDS_RU.has(t.text.toLowerCase())) return false;
  if (t.kind !== 'cyr') return false;
  const a = analyse(t.text);
  if (a.parses.some((p) => RELATIVE_PRONOUNS_RU.has(p.lemma))) return false;
  return a.parses.some((p) => p.pos === 'NOUN' || p.pos === 'ADJF' || p.pos === 'PRTF' || p.pos === 'CONJ' || (p.pos === 'PREP' && (t.text === 'по' || t.text === 'при')));
}


export function russianRole(doc: AnalysedDocument, person: Mention): RoleReading {
  const { tokens } = doc;
  const sentence = tokens[person.first]!.sentence;
  // A capitalised word right before a name that is no mention is a first name the mention finder left out
  // («министр иностранных дел Турции Хакан Фидан»), not the end of the position.
  const nameEnd = firstNameLeftOut(doc, person) ? person.first - 1 : person.first;
  let start = nameEnd;
  while (start > 0 && person.first - start < MAX_ROLE_TOKENS) {
    const k = start - 1;
    if (tokens[k]!.sentence !== sentence || !isRoleWord(doc, k)) break;
    start = k;
  }
  // The head stands in the name's case ("глава правительства Израиля Биньямин Нетаньяху", not the
  // genitive "министров" of "заседание кабинета министров" before it); the first such head wins.
  const nameCases = personCases(doc, person);
  let head = -1;
  let anyHead = -1;
  for (let k = start; k < nameEnd; k++) {
    if (!isRoleHead(doc, k) || doc.mentionAt[k]) continue;
    if (anyHead < 0) anyHead = k;
    const cases = analyse(tokens[k]!.text).parses.filter((p) => p.pos === 'NOUN' && ROLE_HEADS_RU.has(p.lemma)).map((p) => p.case);
    if (cases.length === 0 || cases.some((c) => c && nameCases.has(c))) {
      head = k;
      break;
    }
  }
  if (head < 0) head = anyHead;
  if (head < 0) return appositionRole(doc, person);
  // Modifiers: adjectives (and "и" between them) right before the head.
  let first = head;
  while (first > start) {
    const k = first - 1;
    const t = tokens[k]!;
    if (t.text === 'и' && first - 2 >= start && isAdjectiveToken(doc, k - 1)) {
      first = k;
      continue;
    }
    if (isAdjectiveToken(doc, k)) first = k;
    else break;
  }
  first = withoutEvaluative(doc, first, head);
  const reading = buildRole(doc, first, head, nameEnd);
  return withCoordinatedRole(doc, reading, first, head, start);
}

/** A surname alone with a capitalised word before it in the same case that no rule read: its first name. */
function firstNameLeftOut(doc: AnalysedDocument, person: Mention): boolean {
  const k = person.first - 1;
  const before = doc.tokens[k];
  const sentence = doc.tokens[person.first]!.sentence;
  // A one-word place that names no country may be such a name too («Армении Арарат Мирзоян»).
  const m = doc.mentionAt[k];
  const free = !m || (m.type === 'LOC' && m.first === k && m.last === k + 1 && !m.country);
  if (person.last - person.first !== 1 || !before || before.kind !== 'cyr' || !before.cap || !free || before.sentence !== sentence) return false;
  if (doc.sentenceTokens[sentence]![0] === k || isRoleHead(doc, k)) return false;
  const cases = personCases(doc, person);
  return analyse(before.text).parses.some((p) => p.pos === 'NOUN' && p.number !== 'plur' && !!p.case && cases.has(p.case));
}

/** Skips evaluative words at the start of the phrase ("новым послом" -> "послом"). */
function withoutEvaluative(doc: AnalysedDocument, first: number, head: number): number {
  while (first < head && (doc.tokens[first]!.text === 'и' || analyse(doc.tokens[first]!.text).parses.some((p) => p.pos === 'ADJF' && EVALUATIVE_ROLE_WORDS_RU.has(p.lemma)))) first++;
  return first;
}

/**
 * Two positions of one person, the first set off by a comma: "министр по делам разведки, глава комиссии X".
 * The earlier phrase joins when its head stands in the same case as the later one.
 */
function withCoordinatedRole(doc: AnalysedDocument, reading: RoleReading, first: number, head: number, start: number): RoleReading {
  const { tokens } = doc;
  if (first !== start || tokens[first - 1]?.text !== ',' || !reading.role) return reading;
  const comma = first - 1;
  let from = comma;
  while (from > 0 && comma - from < MAX_ROLE_TOKENS && tokens[from - 1]!.sentence === tokens[head]!.sentence && isRoleWord(doc, from - 1)) from--;
  const cases = new Set(headCases(doc, head));
  let earlier = -1;
  for (let k = from; k < comma; k++) {
    if (!doc.mentionAt[k] && isRoleHead(doc, k) && headCases(doc, k).some((c) => cases.has(c))) {
      earlier = k;
      break;
    }
  }
  if (earlier < 0) return reading;
  let earlierFirst = earlier;
  while (earlierFirst > from && isAdjectiveToken(doc, earlierFirst - 1)) earlierFirst--;
  const before = buildRole(doc, withoutEvaluative(doc, earlierFirst, earlier), earlier, comma);
  return { role: `${before.role}, ${reading.role}`, organization: reading.organization ?? before.organization };
}

function headCases(doc: AnalysedDocument, k: number): Array<string | undefined> {
  return analyse(doc.tokens[k]!.text).parses.filter((p) => p.pos === 'NOUN' && ROLE_HEADS_RU.has(p.lemma)).map((p) => p.case);
}

function isAdjectiveToken(doc: AnalysedDocument, k: number): boolean {
  const t = doc.tokens[k];
  if (t?.kind !== 'cyr' || doc.mentionAt[k]) return false;
  return analyse(t.text).parses.some((p) => (p.pos === 'ADJF' || p.pos === 'PRTF') && p.known);
}

/** "Мирьяна Сполярич, президент МККК, ..." : a role head right after the name and a comma. */
function appositionRole(doc: AnalysedDocument, person: Mention): RoleReading {
  const { tokens } = doc;
  const comma = tokens[person.last];
  if (comma?.text !== ',') return { role: null, organization: null };
  let head = -1;
  let k = person.last + 1;
  for (; k < tokens.length && k < person.last + 4; k++) {
    if (isRoleHead(doc, k)) {
      head = k;
      break;
    }
    if (!isAdjectiveToken(doc, k)) break;
  }
  if (head < 0) return { role: null, organization: null };
  const first = withoutEvaluative(doc, person.last + 1, head);
  let end = head + 1;
  while (end < tokens.length && end - head < MAX_ROLE_TOKENS && tokens[end]!.sentence === tokens[head]!.sentence && isRoleWord(doc, end)) end++;
  return buildRole(doc, first, head, end);
}

function buildRole(doc: AnalysedDocument, first: number, head: number, end: number): RoleReading {
  const { tokens, text } = doc;
  // Nominative for the modifiers and the head; the complement after the head stays as written.
  const words = tokens.slice(first, head + 1).map((t) => t.text);
  const nominative = phraseToNominative(words, words.length - 1);
  let role = nominative.join(' ').replace(/ ,/g, ',');
  if (end > head + 1) role += ` ${text.slice(tokens[head + 1]!.start, tokens[end - 1]!.end)}`;
  role = role.replace(/\s+/g, ' ').trim();
  // Whom the person represents: the organisation or country in the complement, or the modifiers.
  let organization: string | null = null;
  const headLemma = (analyse(tokens[head]!.text).parses.find((p) => p.pos === 'NOUN')?.lemma ?? tokens[head]!.text).toLowerCase();
  let country: string | null = null;
  let org: string | null = null;
  for (let k = head + 1; k < end; k++) {
    const m = doc.mentionAt[k];
    if (!m) continue;
    if (m.type === 'LOC' && m.country && !country) country = countryDisplay(doc, m);
    if (m.type === 'ORG' && !org) org = organizationName(doc, m);
    k = m.last - 1;
  }
  if (!country) {
    for (let k = first; k <= head; k++) {
      const c = adjectiveCountry(tokens[k]!.text);
      if (c) {
        country = shortRuName(c.code) ?? c.name;
        break;
      }
    }
  }
  const stateRole = STATE_ROLES_RU.test(headLemma);
  // "президент Международного комитета Красного Креста": the organisation is the role's own complement.
  if (!org && !country && end > head + 1) org = complementOrganization(doc, head, end);
  organization = stateRole && country && !org ? country : (org ?? country);
  if (stateRole && country && org && /^(министерств|мид|правительств|администраци)/i.test(org)) organization = country;
  return { role, organization };
}

/** An organisation named by the role's genitive complement: "президентом Международного комитета Красного Креста". */
function complementOrganization(doc: AnalysedDocument, head: number, end: number): string | null {
  const words = doc.tokens.slice(head + 1, end).map((t) => t.text);
  if (!words[0] || !/^[А-ЯЁA-Z]/.test(words[0])) return null;
  let orgHead = 0;
  while (orgHead < words.length && analyse(words[orgHead]!).parses.some((p) => p.pos === 'ADJF' && p.known)) orgHead++;
  if (orgHead >= words.length) return null;
  return phraseToNominative(words, orgHead).join(' ');
}
