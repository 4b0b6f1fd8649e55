// Organisations step: names of ORG mentions in the nominative, with acronyms resolved against the
// longer names in the same text (МККК = Международный комитет Красного Креста, LSE = London Stock Exchange).

import type { Organization, Participant } from '../../record.ts';
import type { Frame } from './frame.ts';
import { gazetteer } from '../knowledge/gazetteer.ts';
import { analyse } from '../knowledge/morphology.ts';
import { phraseToNominative } from '../knowledge/nominative.ts';
import { COMPANY_DESCRIPTORS_EN, ROLE_LAST_EN, TOPIC_STOP_EN } from '../lexicon/en.ts';
import { lexicon } from '../lexicon/index.ts';
import { ORG_HEADS_RU, SESSION_NOUNS_RU, TOPIC_WORDS_RU } from '../lexicon/ru.ts';
import { acronyms, organizationName } from '../mentions/organization-names.ts';
import { isRoleHead } from '../mentions/ru/person-cases.ts';
import { type AnalysedDocument, mentionsIn } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';

export const STATE_ORG = /^(россия|сша|.*стан|.*ия|.*ь)$/i;
/** A state body is its country's (a state official's organisation is the country, not the body). */
export const STATE_BODY = /^(государственн|федеральн|national |state )/i;




export function isGenericOrganization(name: string, language: 'ru' | 'en'): boolean {
  const words = name.replace(/[«»"]/g, '').trim().split(/\s+/);
  // "Defence Secretary", "Foreign Minister": a position, not a body.
  if (language === 'en' && ROLE_LAST_EN.test(words[words.length - 1]!)) return true;
  if (words.length !== 1) return false;
  const word = words[0]!.toLowerCase();
  if (lexicon(language).genericOrganizations.has(word)) return true;
  if (language === 'en') return false;
  // A lone common head noun ("Банк", "Комитет"), not an acronym or a name the dictionary does not know.
  return !/^[А-ЯЁ]{2,}$/.test(words[0]!) && analyse(word).parses.some((p) => p.pos === 'NOUN' && p.known && ORG_HEADS_RU.has(p.lemma));
}

/** An organisation in the frame sentence that takes part: it stands before the first cue word (the subject,
 *  "Euronext has met ...", "Судейский комитет ФИФА на своём заседании"), or in the cue's phrase with no verb
 *  or clause boundary between ("заседание Совета ...", "talks with US bank X", "talks on membership of the WTO"). */
export function takesPart(doc: AnalysedDocument, m: Mention): boolean {
  const s = doc.tokens[m.first]!.sentence;
  const cues = cueTokens(doc, s);
  // The nearest cue before the organisation decides.
  const cue = lastBefore(cues, m.first);
  if (cue < 0) {
    // No cue before it: a subject before the cue, if the sentence has a cue at all after it.
    return cues.length > 0 && cues[cues.length - 1]! >= m.last;
  }
  if (m.first - cue > 14) return false;
  for (let k = cue + 1; k < m.first; k++) {
    if (doc.mentionAt[k]) continue;
    const t = doc.tokens[k]!;
    if (doc.language === 'en') {
      if (TOPIC_STOP_EN.has(t.text.toLowerCase()) || lexicon(doc.language).topicNoun.test(t.text) || t.text === ',' || t.text === ';') return false;
    } else {
      if (t.text === ',' || t.text === ';' || t.text === '—' || TOPIC_WORDS_RU.has(t.text.toLowerCase()) || lexicon(doc.language).topicNoun.test(t.text.toLowerCase())) return false;
      if (t.kind === 'cyr' && analyse(t.text).parses[0]?.pos === 'VERB') return false;
    }
  }
  return true;
}

const cueCache = new WeakMap<AnalysedDocument['mentionAt'], Map<number, number[]>>();

/** The cue words of sentence `s` outside mentions, in order: found once per sentence (a sentence naming
 *  thousands of organisations was read once per organisation). */
function cueTokens(doc: AnalysedDocument, s: number): number[] {
  let cache = cueCache.get(doc.mentionAt);
  if (!cache) {
    cache = new Map();
    cueCache.set(doc.mentionAt, cache);
  }
  let cues = cache.get(s);
  if (!cues) {
    cues = [];
    const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
    const cueRe = lexicon(doc.language).cueWord;
    for (let k = from; k < to; k++) if (!doc.mentionAt[k] && cueRe.test(doc.tokens[k]!.text.toLowerCase())) cues.push(k);
    cache.set(s, cues);
  }
  return cues;
}

/** The largest value below `limit` in an ascending list, or -1. */
function lastBefore(sorted: number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1]! : -1;
}

/** An organisation inside a person's position ("главой МИД Турции Хаканом Фиданом"): part of the role; the
 *  person's own non-state organisation is listed through the participant instead. */
export function insideRole(doc: AnalysedDocument, m: Mention): boolean {
  if (doc.language !== 'ru' || m.first === 0 || doc.mentionAt[m.first - 1] || !isRoleHead(doc, m.first - 1)) return false;
  let k = m.last;
  while (k < doc.tokens.length && k - m.last < 6 && doc.mentionAt[k] && doc.mentionAt[k]!.type !== 'PER') k = doc.mentionAt[k]!.last;
  return doc.mentionAt[k]?.type === 'PER';
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
      out.push(`МИД ${doc.text.slice(next.start, next.end)}`);
    }
  }
  return out;
}

/** English companies named after a descriptor in the frame sentence ("US bank Wells Fargo", "banking group Barclays"). */
export function companiesNamed(doc: AnalysedDocument, s: number): string[] {
  if (doc.language !== 'en') return [];
  const out: string[] = [];
  const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
  for (let k = from; k + 1 < to; k++) {
    if (!COMPANY_DESCRIPTORS_EN.has(doc.tokens[k]!.text.toLowerCase())) continue;
    let end = k + 1;
    while (end < to && end - k <= 3 && doc.tokens[end]!.kind === 'lat' && doc.tokens[end]!.cap && (!doc.mentionAt[end] || doc.mentionAt[end]!.type !== 'LOC')) end++;
    if (end === k + 1) continue;
    const probe: Mention = { type: 'ORG', start: doc.tokens[k + 1]!.start, end: doc.tokens[end - 1]!.end, first: k + 1, last: end };
    if (takesPart(doc, probe)) out.push(doc.text.slice(probe.start, probe.end));
  }
  return out;
}



/** "заседание российского правительства" -> "российское правительство": the body whose session it is. */
export function sessionBodies(doc: AnalysedDocument, sentences: number[]): string[] {
  if (doc.language !== 'ru') return [];
  const out: string[] = [];
  for (const s of sentences) {
    const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
    for (let k = from; k < to; k++) {
      const t = doc.tokens[k]!;
      if (t.kind !== 'cyr' || !analyse(t.text).parses.some((p) => p.pos === 'NOUN' && SESSION_NOUNS_RU.has(p.lemma))) continue;
      let head = k + 1;
      while (head < to && doc.tokens[head]!.kind === 'cyr' && !doc.mentionAt[head] && analyse(doc.tokens[head]!.text).parses.some((p) => p.pos === 'ADJF' && p.case === 'gent' && p.known)) head++;
      if (head >= to || doc.mentionAt[head]) continue;
      const headParse = analyse(doc.tokens[head]!.text).parses.find((p) => p.pos === 'NOUN' && p.case === 'gent' && ORG_HEADS_RU.has(p.lemma));
      if (!headParse) continue;
      let end = head + 1;
      while (end < to && end - head <= 3 && doc.tokens[end]!.kind === 'cyr' && analyse(doc.tokens[end]!.text).parses.some((p) => p.pos === 'NOUN' && p.case === 'gent')) end++;
      const words = doc.tokens.slice(k + 1, end).map((x) => x.text);
      out.push(phraseToNominative(words, head - k - 1).join(' '));
      break;
    }
    if (out.length > 0) break;
  }
  return out;
}



const knownCountryNames = new WeakMap<object, Set<string>>();

export function isKnownCountry(name: string): boolean {
  const g = gazetteer();
  // Every name in lower case, collected once per gazetteer (this is asked per participant).
  let names = knownCountryNames.get(g);
  if (!names) {
    names = new Set<string>();
    for (const table of [g.countryName.ru, g.countryName.en]) for (const n of table.values()) names.add(n.toLowerCase());
    for (const c of g.ruCountries.values()) names.add(c.name.toLowerCase());
    knownCountryNames.set(g, names);
  }
  const lower = name.toLowerCase();
  return names.has(lower) || g.enCountries.has(lower);
}

const countryNamesInText = new WeakMap<AnalysedDocument['mentionAt'], { names: Set<string>; any: boolean }>();

export function isCountryName(doc: AnalysedDocument, name: string): boolean {
  // The text's country mentions, by country name and as written, collected once per document.
  let found = countryNamesInText.get(doc.mentionAt);
  if (!found) {
    found = { names: new Set(), any: false };
    for (const m of doc.mentions) {
      if (m.type !== 'LOC' || !m.country) continue;
      found.any = true;
      found.names.add(m.country.name.toLowerCase());
      found.names.add(doc.text.slice(m.start, m.end).toLowerCase());
    }
    countryNamesInText.set(doc.mentionAt, found);
  }
  return found.names.has(name.toLowerCase()) || (STATE_ORG.test(name) && !name.includes(' ') && found.any);
}

/** The meeting's organisations: those of the participants that are not states, hosts, session bodies, and the
 *  organisations of the frame sentence that take part. */
export function meetingOrganizations(doc: AnalysedDocument, frame: Frame, participants: Participant[], outlets: string[]): Organization[] {
  const main = frame.main;
  const organizations: Organization[] = [];
  // Indexes made once, on the first organisation (looking each name up in every mention made a text of many
  // organisations quadratic): names already listed, the ORG mentions by name, the acronym of each full name.
  const listed = new Set<string>();
  let byName: Map<string, Mention[]> | undefined;
  let acronymOf: Map<string, string> | undefined;
  const addOrg = (name: string, m?: Mention) => {
    if (isGenericOrganization(name, doc.language)) return;
    const lower = name.toLowerCase();
    if (listed.has(lower)) return;
    if (!byName) {
      byName = new Map();
      for (const x of doc.mentions) {
        if (x.type !== 'ORG') continue;
        const key = organizationName(doc, x).toLowerCase();
        const list = byName.get(key);
        if (list) list.push(x);
        else byName.set(key, [x]);
      }
      acronymOf = new Map();
      for (const [acronym, full] of acronyms(doc)) if (!acronymOf.has(full)) acronymOf.set(full, acronym);
    }
    const mentionsOfName = byName.get(lower) ?? [];
    const all = m && !mentionsOfName.includes(m) ? [...mentionsOfName, m] : mentionsOfName;
    listed.add(lower);
    organizations.push({ name, acronym: acronymOf!.get(name) ?? null, mentions: all.map((x) => ({ start: x.start, end: x.end })) });
  };
  for (const p of participants) {
    if (p.organization && !isCountryName(doc, p.organization) && !isKnownCountry(p.organization) && !STATE_BODY.test(p.organization)) addOrg(p.organization);
  }
  // The frame sentence's organisations, and the headline's when the headline itself reports the meeting.
  const headlineOrgs = frame.sentences[0] === 0 && main !== 0 && (doc.sentenceTokens[0]![1] - doc.sentenceTokens[0]![0]) <= 15 ? mentionsIn(doc, 0, 'ORG') : [];
  // Only organisations that take part: before the cue (the subject) or in the cue's own phrase, not the topic
  // ("to talk about Turkey entering the EU", "напомнил о проекте по внедрению СПО").
  const frameOrgs = [...headlineOrgs, ...mentionsIn(doc, main, 'ORG')].filter((m) => takesPart(doc, m) && !insideRole(doc, m));
  for (const name of [...hostOrganizations(doc, frame.sentences), ...companiesNamed(doc, main)]) addOrg(name);
  for (const body of sessionBodies(doc, frame.sentences)) addOrg(body);
  const outletNames = new Set(outlets.map((o) => o.toLowerCase()));
  for (let k = 0; k < frameOrgs.length; k++) {
    const m = frameOrgs[k]!;
    let name = organizationName(doc, m);
    // "Судейский комитет ФИФА": an acronym right after an organisation phrase names whose body it is.
    const next = frameOrgs[k + 1];
    if (next && next.first === m.last && m.last - m.first > 1 && doc.tokens[next.first]!.upper) {
      name = `${name} ${doc.tokens[next.first]!.text}`;
      k += 1;
    }
    if (outletNames.has(name.toLowerCase())) continue;
    addOrg(name, m);
  }

  return organizations;
}
