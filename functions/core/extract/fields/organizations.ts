// Organisations step: names of ORG mentions in the nominative, with acronyms resolved against the
// longer names in the same text (МККК = Международный комитет Красного Креста, LSE = London Stock Exchange).

import type { Organization, Participant } from '../../record/record.ts';
import { type Frame, isHeadline } from './frame.ts';
import { gazetteer } from '../knowledge/gazetteer.ts';
import { analyse } from '../knowledge/morphology.ts';
import { phraseToNominative } from '../knowledge/nominative.ts';
import { COMPANY_DESCRIPTORS_EN, ROLE_LAST_EN, TOPIC_STOP_EN } from '../lexicon/en.ts';
import { lexicon } from '../lexicon/index.ts';
import { ORG_HEADS_RU, SESSION_NOUNS_RU, STATE_FORMS_GEN_RU, TOPIC_WORDS_RU } from '../lexicon/ru.ts';
import { discussed, notAnOrganization, onSidelines, speaksOfMeeting, spokenBy } from './organization-filters.ts';
import { bareAcronyms, hostMinistries } from './organization-hosts.ts';
import { acronyms, organizationName, quotedOrganization } from '../mentions/organization-names.ts';
import { type AnalysedDocument, mentionsIn } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';

/** A state body is its country's (a state official's organisation is the country, not the body). */
export const STATE_BODY = /^(государственн|федеральн|national |state )/i;




export function isGenericOrganization(name: string, language: 'ru' | 'en'): boolean {
  const words = name.replace(/[«»"]/g, '').trim().split(/\s+/);
  // "Defence Secretary", "Foreign Minister": a position, not a body.
  if (language === 'en' && ROLE_LAST_EN.test(words[words.length - 1]!)) return true;
  // "министерство иностранных дел" with no country: whose ministry it is stays unsaid.
  if (language === 'ru' && words.length > 1 && words.slice(1).every((w) => w === w.toLowerCase()) && lexicon(language).stateBody.test(name)) return true;
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
  const scan = sentenceScan(doc, s, cues[0]!);
  // In Russian, a cue after a verb of another clause is another event («в ходе совещания ... была дана оценка
  // встрече комитета X»: the committee met elsewhere).
  if (doc.language === 'ru' && scan.lastOtherVerb[cue - scan.from]! > cues[0]!) return false;
  // A clause boundary, a topic word or (Russian) a verb between the cue and the organisation: not a party.
  if (scan.lastStop[m.first - scan.from]! > cue) return false;
  return scan.party[m.first - scan.from]!;
}

/**
 * What takesPart asks of the tokens between the first cue and an organisation, read once per sentence (asked
 * of each organisation, the walks made a sentence naming thousands of them quadratic). For each token k from
 * the sentence start: the last "other verb" before k, the last token before k that ends the cue's phrase, and
 * whether the last preposition from the first meeting word on makes the body a party («с», "with",
 * "between", one after a word of taking part: «принял участие во встрече», or none: "met a delegation of X") or
 * another's, which a later meeting word does not undo («накануне заседания ОПЕК», "ahead of the IMF board meeting").
 */
interface SentenceScan {
  from: number;
  lastOtherVerb: Int32Array;
  lastStop: Int32Array;
  party: boolean[];
}

const scanCache = new WeakMap<AnalysedDocument['mentionAt'], Map<number, SentenceScan>>();

function sentenceScan(doc: AnalysedDocument, s: number, first: number): SentenceScan {
  let cache = scanCache.get(doc.mentionAt);
  if (!cache) {
    cache = new Map();
    scanCache.set(doc.mentionAt, cache);
  }
  const hit = cache.get(s);
  if (hit) return hit;
  const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
  const n = to - from + 1;
  const scan: SentenceScan = { from, lastOtherVerb: new Int32Array(n).fill(-1), lastStop: new Int32Array(n).fill(-1), party: new Array<boolean>(n).fill(true) };
  const { notSubjectAfter, partyPreposition, takePart, topicNoun } = lexicon(doc.language);
  let otherVerb = -1;
  let stop = -1;
  let party = true;
  for (let k = from; k < to; k++) {
    const i = k - from;
    scan.lastOtherVerb[i] = otherVerb;
    scan.lastStop[i] = stop;
    scan.party[i] = party;
    if (doc.mentionAt[k]) continue;
    const t = doc.tokens[k]!;
    const word = t.text.toLowerCase();
    if (doc.language === 'ru' && isOtherVerb(doc, k)) otherVerb = k;
    if (k > first) {
      if (partyPreposition.test(word) || takePart.test(doc.tokens[k - 1]!.text.toLowerCase())) party = true;
      else if (notSubjectAfter.test(word)) party = false;
    }
    if (endsCuePhrase(doc, k, word, topicNoun)) stop = k;
  }
  scan.lastOtherVerb[n - 1] = otherVerb;
  scan.lastStop[n - 1] = stop;
  scan.party[n - 1] = party;
  cache.set(s, scan);
  return scan;
}

/** A token that ends a cue's phrase: a comma or semicolon, a topic word, and in Russian a clause dash or a verb. */
function endsCuePhrase(doc: AnalysedDocument, k: number, word: string, topicNoun: RegExp): boolean {
  const t = doc.tokens[k]!;
  if (doc.language === 'en') return TOPIC_STOP_EN.has(word) || topicNoun.test(t.text) || t.text === ',' || t.text === ';';
  // «государств — членов ШОС»: a dash before «член-» joins a compound noun, it ends no clause.
  const dash = (t.text === '—' || t.text === '–') && !/^член/i.test(doc.tokens[k + 1]?.text ?? '');
  if (t.text === ',' || t.text === ';' || dash || TOPIC_WORDS_RU.has(word) || topicNoun.test(word)) return true;
  return t.kind === 'cyr' && analyse(t.text).parses[0]?.pos === 'VERB';
}

/** Before the sentence's first meeting word, a body in an opening phrase ("Amid tensions with NATO,", «После
 *  отказа МВФ»): back to the sentence start or a comma, a preposition or subordinator governs it. */
function inOpeningPhrase(doc: AnalysedDocument, m: Mention): boolean {
  if (!beforeCue(doc, m)) return false;
  const [from] = doc.sentenceTokens[doc.tokens[m.first]!.sentence] ?? [0, 0];
  for (let k = m.first - 1; k >= from && doc.tokens[k]!.text !== ','; k--) if (!doc.mentionAt[k] && lexicon(doc.language).notSubjectAfter.test(doc.tokens[k]!.text.toLowerCase())) return true;
  return false;
}

/** A Russian verb that is no meeting word. */
function isOtherVerb(doc: AnalysedDocument, k: number): boolean {
  const t = doc.tokens[k]!;
  return !doc.mentionAt[k] && t.kind === 'cyr' && analyse(t.text).parses[0]?.pos === 'VERB' && !lexicon(doc.language).cueWord.test(t.text.toLowerCase());
}

/** The organisation right after a session or summit noun that the sentence reports is whose gathering it is
 *  («Заседание Евразийского совета завершилось», "The summit of the African Union opened"). */
function holdsGathering(doc: AnalysedDocument, m: Mention): boolean {
  let k = m.first - 1;
  while (k > 0 && /^(?:of|the)$/i.test(doc.tokens[k]!.text)) k--;
  const noun = doc.tokens[k];
  if (!noun || doc.mentionAt[k] || !lexicon(doc.language).multilateralKind.test(noun.text.toLowerCase())) return false;
  // The gathering is what the sentence reports, not a time or topic phrase («по итогам саммита», "after the summit of").
  if (doc.language === 'ru') return analyse(noun.text).parses.some((p) => p.pos === 'NOUN' && p.case === 'nomn');
  let b = k - 1;
  while (b > 0 && /^(?:the|an?|annual|first|second|third|latest|extraordinary)$/i.test(doc.tokens[b]!.text)) b--;
  return !/^(?:at|for|after|before|on|of|about|ahead|to|from|during|since|until|into)$/i.test(doc.tokens[b]?.text ?? '');
}

/** A meeting or participation word in the sentence ("Kazakhstan Participates in World Economic Forum"). */
function hasCueWord(doc: AnalysedDocument, s: number): boolean {
  const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
  const cueRe = lexicon(doc.language).cueWord;
  for (let k = from; k < to; k++) if (cueRe.test(doc.tokens[k]!.text.toLowerCase())) return true;
  return false;
}

/** No cue word stands before the organisation in its sentence: it is the subject ("the leaders of X and Y met"). */
function beforeCue(doc: AnalysedDocument, m: Mention): boolean {
  const [from] = doc.sentenceTokens[doc.tokens[m.first]!.sentence] ?? [0, 0];
  const cueRe = lexicon(doc.language).cueWord;
  for (let k = from; k < m.first; k++) if (!doc.mentionAt[k] && cueRe.test(doc.tokens[k]!.text.toLowerCase())) return false;
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

/** An organisation inside a participant's position, right before the name ("главой МИД Турции Хаканом Фиданом",
 *  "Speaker of the Polish Senate Jan Nowak", "NATO Secretary General Piet de Wit"): it belongs to the role, and
 *  the participant's own organisation stands for it (the country for a state official, NATO for its head). */
export function inParticipantRole(doc: AnalysedDocument, m: Mention, participants: Participant[]): boolean {
  let k = m.last;
  while (k < doc.tokens.length && k - m.last < 6 && doc.mentionAt[k]?.type !== 'PER') k = doc.mentionAt[k] ? doc.mentionAt[k]!.last : k + 1;
  const person = doc.mentionAt[k];
  if (person?.type !== 'PER') return false;
  const participant = participants.find((p) => p.mentions.some((x) => x.start === person.start));
  return !!participant?.role && !!participant.organization && participant.role.includes(doc.text.slice(m.start, m.end));
}

/** The organisation comes after the word of a posting in the person's position ("посол США в ЕС", "Ambassador to
 *  the UN"): where the person serves, not whom they represent. Words are compared by their first four letters,
 *  so that an inflected name («при Организации Объединённых Наций») still matches. */
export function postedTo(role: string | null, organization: string, language: 'ru' | 'en'): boolean {
  if (!role) return false;
  const stem = (w: string) => w.toLowerCase().replace(/[«»"“”]/g, '').slice(0, 4);
  const first = stem(organization.split(/\s+/)[0] ?? '');
  const words = role.split(/\s+/);
  return words.some((w, i) => lexicon(language).postedTo.test(w.toLowerCase()) && stem((words[i + 1]?.toLowerCase() === 'the' ? words[i + 2] : words[i + 1]) ?? '') === first);
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



/** "заседание российского правительства" -> "российское правительство": the body whose session it is, unless a
 *  named organisation follows it (then that organisation is the frame's). */
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
      // «заседание совета директоров «Роснефти»», «президентского совета ФИДЕ»: the named body stands for its organ.
      if (doc.mentions.some((x) => x.type === 'ORG' && x.first > head && x.first <= end) || /^[«"„“]$/.test(doc.tokens[end]?.text ?? '')) continue;
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

/** The country named right after a body belongs to its name: a state body's ("Министерства финансов Латвии"),
 *  and in Russian any body's when the country is in the genitive or follows its form of government
 *  («Парламента Грузии», «Правительства Республики Казахстан»). */
function ownCountry(doc: AnalysedDocument, m: Mention, name: string, country: Mention): boolean {
  if (lexicon(doc.language).stateBody.test(name)) return true;
  if (doc.language !== 'ru') return false;
  return STATE_FORMS_GEN_RU.test(doc.tokens[m.last - 1]!.text) || analyse(doc.tokens[country.first]!.text).parses.some((p) => p.case === 'gent');
}

const countryNamesInText = new WeakMap<AnalysedDocument['mentionAt'], Set<string>>();

/** A country as the text names it (a country mention, or the country's name). */
export function isCountryName(doc: AnalysedDocument, name: string): boolean {
  // The text's country mentions, by country name and as written, collected once per document.
  let names = countryNamesInText.get(doc.mentionAt);
  if (!names) {
    names = new Set();
    for (const m of doc.mentions) {
      if (m.type !== 'LOC' || !m.country) continue;
      names.add(m.country.name.toLowerCase());
      names.add(doc.text.slice(m.start, m.end).toLowerCase());
    }
    countryNamesInText.set(doc.mentionAt, names);
  }
  return isKnownCountry(name) || names.has(name.toLowerCase());
}

/** A sentence's organisation mentions with the English acronyms no mention holds, in text order. */
function orgsOf(doc: AnalysedDocument, s: number): Mention[] {
  return [...mentionsIn(doc, s, 'ORG'), ...bareAcronyms(doc, s)].sort((a, b) => a.start - b.start);
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
    if (isGenericOrganization(name, doc.language) || notAnOrganization(doc, name, m)) return;
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
    // A company the position names in quotation marks («гендиректор «Аэрофлота»») when no organisation was read.
    const organization = p.organization ?? (doc.language === 'ru' ? quotedOrganization(p.role) : null);
    // A state body of the participant's country (СНБО, МВД, a ministry) stands for the country.
    if (organization && !isCountryName(doc, organization) && !postedTo(p.role, organization, doc.language) && !STATE_BODY.test(organization) && !lexicon(doc.language).stateBody.test(organization)) addOrg(organization);
  }
  // The frame sentence's organisations, and the headline's when the headline itself reports the meeting.
  const short = (doc.sentenceTokens[0]![1] - doc.sentenceTokens[0]![0]) <= 15;
  const headlineOrgs = (frame.sentences[0] === 0 || hasCueWord(doc, 0)) && main !== 0 && short ? orgsOf(doc, 0) : [];
  // The other frame sentences (not a headline) give their subjects ("African Union leaders opened their summit")
  // and the body whose gathering they report («Заседание Евразийского совета завершилось ...»).
  const otherOrgs = frame.sentences
    .filter((s) => s !== main && !isHeadline(doc, s))
    .flatMap((s) => orgsOf(doc, s))
    .filter((m) => beforeCue(doc, m) || holdsGathering(doc, m));
  // Only organisations that take part: before the cue (the subject) or in the cue's own phrase, not the topic
  // ("to talk about Turkey entering the EU", "напомнил о проекте по внедрению СПО").
  const candidates = [...headlineOrgs, ...orgsOf(doc, main), ...otherOrgs];
  // The summit behind a side meeting stays out wherever the frame names it again ("The BRICS summit runs until ...").
  const behind = new Set(candidates.filter((m) => onSidelines(doc, m)).map((m) => organizationName(doc, m)));
  const frameOrgs = candidates.filter(
    (m) => takesPart(doc, m) && !inOpeningPhrase(doc, m) && !inParticipantRole(doc, m, participants) && !behind.has(organizationName(doc, m)) && !speaksOfMeeting(doc, m) && !discussed(doc, m),
  );
  // A headline frame's host is named in the lead, the first body sentence with a meeting word («20 марта в МИД
  // России заместитель министра принял посла»).
  const lead = isHeadline(doc, main) ? [1, 2, 3].find((s) => s < doc.sentenceCount && hasCueWord(doc, s)) : undefined;
  const hostSentences = lead !== undefined && !frame.sentences.includes(lead) ? [...frame.sentences, lead] : frame.sentences;
  for (const name of [...hostOrganizations(doc, hostSentences), ...hostMinistries(doc, hostSentences), ...hostHeadquarters(doc, frame.sentences), ...companiesNamed(doc, main)]) addOrg(name);
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
    const country = doc.mentionAt[m.last];
    const countryText = country ? doc.text.slice(country.start, country.end) : '';
    if (country?.country && country.first === m.last && ownCountry(doc, m, name, country) && !name.endsWith(countryText)) name = `${name} ${countryText}`;
    if (outletNames.has(name.toLowerCase())) continue;
    addOrg(name, m);
  }
  return withoutShortForms(organizations, doc.language);
}

/** A name that another listed name continues with whose body it is («Совет министров иностранных дел» beside
 *  «… дел Содружества Независимых Государств», "Council" beside "Council of the EU", "Совет обороны" beside
 *  "Совет обороны ОДКБ") is the same body named shorter: the longer name stays. Each name's beginnings are
 *  collected once, so the check is linear in the names' length. */
function withoutShortForms(organizations: Organization[], language: 'ru' | 'en'): Organization[] {
  const shorter = new Set<string>();
  for (const o of organizations) {
    const words = o.name.toLowerCase().split(/\s+/);
    const original = o.name.split(/\s+/);
    for (let n = 2; n < words.length; n++) if (ownerWord(original[n]!, language)) shorter.add(words.slice(0, n).join(' '));
  }
  return shorter.size === 0 ? organizations : organizations.filter((o) => !shorter.has(o.name.toLowerCase().split(/\s+/).join(' ')));
}

/** The word that starts an owner after a body's name: an acronym, English "of", a capitalised Russian genitive. */
function ownerWord(word: string, language: 'ru' | 'en'): boolean {
  if (/^\p{Lu}{2,}$/u.test(word)) return true;
  if (language === 'en') return word === 'of';
  return /^[А-ЯЁ]/.test(word) && analyse(word).parses.some((p) => (p.pos === 'NOUN' || p.pos === 'ADJF') && p.case === 'gent');
}
