// Meeting frames step: finds the sentences that report a meeting ("встреча X с Y", "X провёл переговоры
// с Y", "X met Y", "talks between X and Y", visits, sessions) and builds the record's meeting fields
// from them: participants with roles, organisations, place, date, status, related events, source.

import { type AnalysedDocument, sentenceText } from './document.ts';
import type { Mention } from './find-mentions.ts';
import type { Extraction } from './index.ts';
import { landmarkLocation, meetingPlace } from './place.ts';
import { gazetteer } from './gazetteer.ts';
import { phraseToNominative, readRussianName, surnameCandidates } from './nominative.ts';
import { analyse } from './morphology.ts';
import { ORG_HEADS_RU } from './lexicon.ts';
import { organizationName, acronyms } from './organizations.ts';
import { relativeDate, statedDate } from './date.ts';
import { relatedEvents } from './related-events.ts';
import { isRoleHead, roleOf } from './roles.ts';
import { creditedOutlets } from './source-attribution.ts';
import { meetingStatus } from './status.ts';
import { calledOffWithoutNewDate, isBackground, notAnEvent } from './meeting-context.ts';
import { COMPANY_DESCRIPTORS_EN, excludedPerson, participantMentions, personCases, refusesAt } from './participants.ts';
import type { Organization, Participant } from '../record.ts';

type MeetingFields = Omit<Extraction, 'language' | 'entities'>;

// Cue words, matched on lower-case sentence text. Strong cues name a meeting event; weak ones need a person.
const CUES_RU =
  /(?:^|[^а-яё])(встреч[аеиуо]й?|встретил(?:ся|ась|ись)|встретя?тся|встретится|переговор[а-яё]*|визит[а-яё]*|саммит[а-яё]*|заседани[а-яё]*|совещани[а-яё]*|консультаци[а-яё]*|посетил[аи]?|посетит|посетят|посещающ[а-яё]*|прибыл[аи]? (?:в|с|на)|прибуд[а-яё]*|принима[а-яё]* в|принял[аи]? (?:в|у себя)|пров[её]л[аи]? (?:встреч|переговор|заседан|совещан|беседу)|проведут|обсудил[аи]?|обсудят|обсудить|беседовал)/u;
/** Cues that name a meeting event by themselves; the others need a person in the sentence. */
const STRONG_RU = /(?:^|[^а-яё])(встреч[аеиу]|переговор|визит|саммит|заседани|совещани|консультаци|прибыл[аи]? в|посетил)/u;
const CUES_EN =
  /\b(met|meets|meet|meeting|meetings|talks|summit|visit|visited|visiting|visits|hosted|hosts|session|negotiations|negotiating|held discussions|sat down with)\b/i;
const STRONG_EN = /\b(talks|summit|meeting|met|visit|visited|negotiations)\b/i;
const NOT_MEETING_EN = /\b(?:met|meet|meets|meeting) (?:the|its|their|his|her|all|these|those) (?:\w+ )?(?:demands?|targets?|criteria|requirements|costs?|deadline|expectations)/i;
const NOT_MEETING_RU = /встреч[а-яё]* с избирател|назначить встречу|на встречу с читател/u;
/** Habitual get-togethers ("встречаются по средам", "встречаться в кафе"), read on the original text: "в Минске" is a place. */
const HABITUAL_RU = /[Вв]стреча(?:ться|ются|емся) (?:по [а-яё]|в [а-яё]|за [а-яё])/u;

const LEAD_SENTENCES = 6;
/** How far a late frame sentence (two people meeting) is looked for when the lead has none. */
const LATE_SENTENCES = 20;

function sentenceTexts(doc: AnalysedDocument): string[] {
  return Array.from({ length: doc.sentenceCount }, (_, s) => sentenceText(doc, s));
}

function mentionsIn(doc: AnalysedDocument, s: number, type?: Mention['type']): Mention[] {
  return (doc.sentenceMentions[s] ?? []).filter((m) => !type || m.type === type);
}

interface Frame {
  /** Cue sentences of the lead, in text order. */
  sentences: number[];
  /** The sentence the participants come from (the first cue sentence naming people). */
  main: number;
}

export function findFrame(doc: AnalysedDocument, texts: string[]): Frame | null {
  const cue = doc.language === 'ru' ? CUES_RU : CUES_EN;
  const strong = doc.language === 'ru' ? STRONG_RU : STRONG_EN;
  const negative = doc.language === 'ru' ? NOT_MEETING_RU : NOT_MEETING_EN;
  // Not cues: a game, a denied meeting, a guess (meeting-context.ts), and past the headline and lead a
  // meeting recalled as background ("в прошлом году они встречались", "had met years ago").
  const isCue = (s: number) => {
    const lower = texts[s]!.toLowerCase();
    if (!cue.test(lower) || negative.test(lower) || (doc.language === 'ru' && HABITUAL_RU.test(texts[s]!))) return false;
    return !notAnEvent(texts, s, doc.language) && !(s >= 2 && isBackground(texts[s]!, doc.language));
  };
  const perCount = (s: number) => mentionsIn(doc, s, 'PER').filter((m) => !excludedPerson(doc, m)).length;
  const isStrong = (s: number) => strong.test(texts[s]!.toLowerCase());
  const lead: number[] = [];
  for (let s = 0; s < Math.min(texts.length, LEAD_SENTENCES); s++) if (isCue(s)) lead.push(s);
  // Beyond the lead only a sentence that names a meeting of two named people counts
  // ("Миллер и Озерец сегодня встречаются ...", "X and Y will meet in ...").
  if (lead.length === 0) {
    for (let s = LEAD_SENTENCES; s < Math.min(texts.length, LATE_SENTENCES); s++) {
      if (isCue(s) && isStrong(s) && perCount(s) >= 2) return { sentences: [s], main: s };
    }
    return null;
  }
  // The frame sentence: a strong cue with a person, or any cue with two people ("X принимает Y");
  // then a strong cue naming anything (its people may be in the next sentence); then a weak cue with a person.
  const main =
    lead.find((s) => (isStrong(s) && perCount(s) > 0) || perCount(s) >= 2) ??
    lead.find((s) => isStrong(s) && mentionsIn(doc, s).length > 0) ??
    lead.find((s) => perCount(s) > 0);
  if (main === undefined) return null;
  // Called off with no new date (in the headline, the lead's cue sentences up to the frame, or the next one).
  const about = [...new Set([0, ...lead.filter((s) => s <= main + 1), main + 1])].filter((s) => s < texts.length);
  if (calledOffWithoutNewDate(about.map((s) => texts[s]!), doc.language)) return null;
  return { sentences: lead, main };
}

interface PersonGroup {
  name: string;
  surname: string;
  mentions: Mention[];
}

/** Groups the PER mentions of the document by person, each with its nominative full name. */
function people(doc: AnalysedDocument): PersonGroup[] {
  const groups: PersonGroup[] = [];
  const bySurname = new Map<string, PersonGroup>();
  const single: Mention[] = [];
  // The gender of a surname seen alone and unambiguous elsewhere ("Медведев") settles the full mentions.
  const genderOfSurname = new Map<string, string>();
  if (doc.language === 'ru') {
    for (const m of doc.mentions) {
      if (m.type !== 'PER' || m.last - m.first !== 1) continue;
      const surnames = analyse(doc.tokens[m.first]!.text).parses.filter((p) => p.surname);
      const genders = new Set(surnames.map((p) => p.gender));
      if (surnames.length > 0 && genders.size === 1) genderOfSurname.set(surnames[0]!.lemma, surnames[0]!.gender!);
    }
  }
  const nameOf = (m: Mention): string[] => {
    if (doc.language === 'ru') {
      const last = analyse(doc.tokens[m.last - 1]!.text).parses.find((p) => p.surname);
      const gender = last ? genderOfSurname.get(last.lemma) : undefined;
      return readRussianName(doc.tokens, m, { gender, cases: personCases(doc, m) }).words;
    }
    // "Stefan Johannesson of Iceland": the name stops before "of".
    const tokens = doc.tokens.slice(m.first, m.last);
    const cut = tokens.findIndex((t, i) => i > 0 && /^(of|from)$/.test(t.text));
    return (cut > 0 ? tokens.slice(0, cut) : tokens).map((t) => t.text.replace(/['’]s$/, ''));
  };
  for (const m of doc.mentions) {
    if (m.type !== 'PER') continue;
    if (m.last - m.first < 2) {
      single.push(m);
      continue;
    }
    const words = nameOf(m);
    const surname = words[words.length - 1]!.toLowerCase();
    const existing = bySurname.get(surname);
    if (existing) {
      existing.mentions.push(m);
      if (words.length > existing.name.split(' ').length) existing.name = words.join(' ');
      continue;
    }
    const group = { name: words.join(' '), surname, mentions: [m] };
    groups.push(group);
    bySurname.set(surname, group);
  }
  for (const m of single) {
    const word = doc.tokens[m.first]!.text.replace(/['’]s$/, '');
    const candidates = doc.language === 'ru' ? surnameCandidates(word) : [word];
    const match = candidates.map((c) => bySurname.get(c.toLowerCase())).find(Boolean);
    if (match) {
      match.mentions.push(m);
      continue;
    }
    const name = doc.language === 'ru' ? nameOf(m)[0]! : word;
    const group = { name, surname: name.toLowerCase(), mentions: [m] };
    groups.push(group);
    bySurname.set(group.surname, group);
    for (const c of candidates) if (!bySurname.has(c.toLowerCase())) bySurname.set(c.toLowerCase(), group);
  }
  for (const g of groups) g.mentions.sort((a, b) => a.start - b.start);
  return groups;
}

const STATE_ORG = /^(россия|сша|.*стан|.*ия|.*ь)$/i;
/** A state body is its country's (a state official's organisation is the country, not the body). */
const STATE_BODY = /^(государственн|федеральн|national |state )/i;

const CUE_WORD_RU = /^(встреч|переговор|визит|саммит|заседани|совещани|консультаци|встретил|принял|принима|провел|провёл|посетил|прибыл|обсудил|беседовал|сессии|сессия|пленум|съезд)/;
const CUE_WORD_EN = /^(met|meet|meets|meeting|meetings|talks|summit|visit|visited|visiting|hosted|hosts|session|negotiations|negotiating)$/i;
const STOP_EN = new Set([
  'to', 'that', 'which', 'who', 'because', 'after', 'before', 'while', 'as', 'but', 'said', 'says', 'about', 'amid', 'over',
  'focused', 'focusing', 'centred', 'centered', 'concerned', 'covered', 'aimed', 'regarding', 'concerning', 'into',
]);
/** Russian words after which the rest of the cue's phrase is its subject matter ("переговоры о цене на газ для ЕС"). */
const TOPIC_WORDS_RU = new Set(['о', 'об', 'обо', 'относительно', 'насчет', 'насчёт', 'поводу', 'касательно']);
/** A lone head noun or a role fragment is no organisation's name ("Банк", "МИД", "Defence" of "Defence Secretary"). */
const GENERIC_ORG_EN = new Set([
  'bank', 'company', 'group', 'firm', 'ministry', 'government', 'parliament', 'council', 'committee', 'department', 'agency',
  'office', 'opposition', 'defence', 'defense', 'economy', 'foreign', 'home', 'health', 'finance', 'trade', 'energy',
  'environment', 'education', 'culture', 'interior', 'justice', 'labour', 'labor', 'transport', 'agriculture', 'industry',
  'business', 'treasury', 'state', 'cabinet', 'security', 'board', 'union', 'exchange', 'commission', 'administration',
]);
const GENERIC_ORG_RU = new Set(['мид', 'правительство', 'кабинет', 'администрация', 'министерство', 'ведомство', 'руководство', 'компания', 'банк']);

/** Nouns of a subject matter: a body named after them is discussed, not taking part ("перспективы вступления Грузии в НАТО",
 *  "the future of the World Bank"). */
const TOPIC_NOUN_RU = /^(вступлени|расширени|перспектив|будущ|реформ|отношени|членств|рол[иья]|судьб|присоединени|финансировани)/;
const TOPIC_NOUN_EN = /^(future|reform|reforms|enlargement|expansion|entering|joining|entry|role|relations|funding|fate|collapse|policy)$/i;

const ROLE_LAST_EN = /^(secretary|minister|president|chancellor|mayor|governor|senator|ambassador|commissioner|premier|spokesman|spokeswoman|chairman|chairwoman|envoy|boss)$/i;

export function isGenericOrganization(name: string, language: 'ru' | 'en'): boolean {
  const words = name.replace(/[«»"]/g, '').trim().split(/\s+/);
  // "Defence Secretary", "Foreign Minister": a position, not a body.
  if (language === 'en' && ROLE_LAST_EN.test(words[words.length - 1]!)) return true;
  if (words.length !== 1) return false;
  const word = words[0]!.toLowerCase();
  if (language === 'en') return GENERIC_ORG_EN.has(word);
  if (GENERIC_ORG_RU.has(word)) return true;
  // A lone common head noun ("Банк", "Комитет"), not an acronym or a name the dictionary does not know.
  return !/^[А-ЯЁ]{2,}$/.test(words[0]!) && analyse(word).parses.some((p) => p.pos === 'NOUN' && p.known && ORG_HEADS_RU.has(p.lemma));
}

/** An organisation in the frame sentence that takes part: it stands before the first cue word (the subject,
 *  "Euronext has met ...", "Судейский комитет ФИФА на своём заседании"), or in the cue's phrase with no verb
 *  or clause boundary between ("заседание Совета ...", "talks with US bank X", "talks on membership of the WTO"). */
function takesPart(doc: AnalysedDocument, m: Mention): boolean {
  const s = doc.tokens[m.first]!.sentence;
  const [from] = doc.sentenceTokens[s] ?? [0, 0];
  const cueRe = doc.language === 'ru' ? CUE_WORD_RU : CUE_WORD_EN;
  let cue = -1;
  for (let k = from; k < m.first; k++) if (!doc.mentionAt[k] && cueRe.test(doc.tokens[k]!.text.toLowerCase())) { cue = k; break; }
  if (cue < 0) {
    // No cue before it: a subject before the cue, if the sentence has a cue at all after it.
    const [, to] = doc.sentenceTokens[s] ?? [0, 0];
    for (let k = m.last; k < to; k++) if (!doc.mentionAt[k] && cueRe.test(doc.tokens[k]!.text.toLowerCase())) return true;
    return false;
  }
  // The nearest cue before the organisation decides.
  for (let k = m.first - 1; k > cue; k--) if (!doc.mentionAt[k] && cueRe.test(doc.tokens[k]!.text.toLowerCase())) { cue = k; break; }
  if (m.first - cue > 14) return false;
  for (let k = cue + 1; k < m.first; k++) {
    if (doc.mentionAt[k]) continue;
    const t = doc.tokens[k]!;
    if (doc.language === 'en') {
      if (STOP_EN.has(t.text.toLowerCase()) || TOPIC_NOUN_EN.test(t.text) || t.text === ',' || t.text === ';') return false;
    } else {
      if (t.text === ',' || t.text === ';' || t.text === '—' || TOPIC_WORDS_RU.has(t.text.toLowerCase()) || TOPIC_NOUN_RU.test(t.text.toLowerCase())) return false;
      if (t.kind === 'cyr' && analyse(t.text).parses[0]?.pos === 'VERB') return false;
    }
  }
  return true;
}

/** An organisation inside a person's position ("главой МИД Турции Хаканом Фиданом"): part of the role; the
 *  person's own non-state organisation is listed through the participant instead. */
function insideRole(doc: AnalysedDocument, m: Mention): boolean {
  if (doc.language !== 'ru' || m.first === 0 || doc.mentionAt[m.first - 1] || !isRoleHead(doc, m.first - 1)) return false;
  let k = m.last;
  while (k < doc.tokens.length && k - m.last < 6 && doc.mentionAt[k] && doc.mentionAt[k]!.type !== 'PER') k = doc.mentionAt[k]!.last;
  return doc.mentionAt[k]?.type === 'PER';
}

/** "в миде Грузии", "в МИД России": the ministry hosting the meeting. */
function hostOrganizations(doc: AnalysedDocument, sentences: number[]): string[] {
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
function companiesNamed(doc: AnalysedDocument, s: number): string[] {
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

/** No meeting found (or none looked for): every field empty, never invented. */
export function noMeeting(source: string | null, warnings: string[]): MeetingFields {
  return { isMeeting: false, kind: null, status: 'unclear', date: null, dateBasis: null, location: null, participants: [], organizations: [], topics: [], relatedEvents: [], source, warnings };
}

export function extractMeeting(doc: AnalysedDocument, options: { publishedAt?: string | undefined }): MeetingFields {
  const texts = sentenceTexts(doc);
  const outlets = creditedOutlets(doc.text, doc.language);
  const source = outlets[0] ?? null;
  const frame = findFrame(doc, texts);
  const none: MeetingFields = noMeeting(source, []);
  if (!frame) return { ...none, warnings: ['No meeting found in the text.'] };
  const main = frame.main;
  const groups = people(doc);
  const groupOf = new Map<Mention, PersonGroup>();
  for (const g of groups) for (const m of g.mentions) groupOf.set(m, g);

  // Participants: the people of the frame sentence and those the neighbouring sentences bring (participants.ts).
  const chosen: PersonGroup[] = [];
  for (const m of participantMentions(doc, { main, cueSentences: frame.sentences })) {
    const g = groupOf.get(m);
    // Someone who refused to come anywhere in the text is not a participant.
    if (g && !chosen.includes(g) && !g.mentions.some((x) => refusesAt(doc, x))) chosen.push(g);
  }

  const participants: Participant[] = chosen.map((g) => {
    // The fullest role among the person's first mentions ("президент Франции" over "Президент").
    let role: { role: string | null; organization: string | null } = { role: null, organization: null };
    for (const m of g.mentions.slice(0, 4)) {
      const r = roleOf(doc, m);
      if (r.role && (!role.role || (r.role.split(' ').length > role.role.split(' ').length && !role.organization) || (!role.organization && r.organization))) role = r;
    }
    if (role.role && /^[А-ЯЁ][а-яё]/.test(role.role)) role = { ...role, role: role.role[0]!.toLowerCase() + role.role.slice(1) };
    if (role.organization && isGenericOrganization(role.organization, doc.language)) role = { ...role, organization: null };
    return { name: g.name, role: role.role, organization: role.organization, mentions: g.mentions.map((m) => ({ start: m.start, end: m.end })) };
  });

  // Organisations: those of the participants that are not states, and those named in the frame sentence.
  const organizations: Organization[] = [];
  const addOrg = (name: string, m?: Mention) => {
    if (isGenericOrganization(name, doc.language)) return;
    const existing = organizations.find((o) => o.name.toLowerCase() === name.toLowerCase());
    const mentionsOfName = doc.mentions.filter((x) => x.type === 'ORG' && organizationName(doc, x).toLowerCase() === name.toLowerCase());
    if (existing) return;
    const acronym = [...acronyms(doc)].find(([, full]) => full === name)?.[0] ?? null;
    const all = [...mentionsOfName, ...(m ? [m] : [])].filter((x, i, arr) => arr.indexOf(x) === i);
    organizations.push({ name, acronym, mentions: all.map((x) => ({ start: x.start, end: x.end })) });
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
  for (let k = 0; k < frameOrgs.length; k++) {
    const m = frameOrgs[k]!;
    let name = organizationName(doc, m);
    // "Судейский комитет ФИФА": an acronym right after an organisation phrase names whose body it is.
    const next = frameOrgs[k + 1];
    if (next && next.first === m.last && m.last - m.first > 1 && doc.tokens[next.first]!.upper) {
      name = `${name} ${doc.tokens[next.first]!.text}`;
      k += 1;
    }
    if (outlets.some((o) => o.toLowerCase() === name.toLowerCase())) continue;
    addOrg(name, m);
  }

  let location = meetingPlace(doc, [main, ...frame.sentences.filter((s) => s !== main)]);
  // Nothing in the frame: a landmark in a later sentence about a participant ("during his time at Number 10").
  if (!location && chosen.length > 0) {
    const about = new Set(chosen.flatMap((g) => g.mentions.map((m) => doc.tokens[m.first]!.sentence)));
    location = landmarkLocation(doc, [...about].filter((s) => s > main && s <= main + 6).sort((a, b) => a - b));
  }
  // The frame sentence only: a date in a headline is often not the meeting's ("С 27 марта 2011 года ...").
  const dateTexts = [texts[main]!];
  const date = statedDate(dateTexts) ?? relativeDate([texts[main]!], options.publishedAt);
  const topics = topicsOf(texts, doc.language);
  return {
    isMeeting: true,
    kind: null,
    dateBasis: null,
    // A headline ("Talks held on ...") says least about the tense: it is read last.
    status: meetingStatus(doc, [main, ...frame.sentences.filter((s) => s !== main)].sort((a, b) => Number(isHeadline(doc, a)) - Number(isHeadline(doc, b)))),
    date,
    location,
    participants,
    organizations,
    topics,
    relatedEvents: relatedEvents(doc, main),
    source,
    warnings: [],
  };
}

const SESSION_NOUNS = new Set(['заседание', 'совещание', 'сессия', 'пленум', 'съезд']);

/** "заседание российского правительства" -> "российское правительство": the body whose session it is. */
function sessionBodies(doc: AnalysedDocument, sentences: number[]): string[] {
  if (doc.language !== 'ru') return [];
  const out: string[] = [];
  for (const s of sentences) {
    const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
    for (let k = from; k < to; k++) {
      const t = doc.tokens[k]!;
      if (t.kind !== 'cyr' || !analyse(t.text).parses.some((p) => p.pos === 'NOUN' && SESSION_NOUNS.has(p.lemma))) continue;
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

/** The first line of the text when it is short and has no final full stop. */
function isHeadline(doc: AnalysedDocument, s: number): boolean {
  if (s !== 0 || doc.sentenceCount < 2) return false;
  const [from, to] = doc.sentenceTokens[0] ?? [0, 0];
  return to - from <= 14 && !/[.!?]/.test(doc.tokens[to - 1]?.text ?? '.');
}

function isKnownCountry(name: string): boolean {
  const g = gazetteer();
  const lower = name.toLowerCase();
  for (const names of [g.countryName.ru, g.countryName.en]) for (const n of names.values()) if (n.toLowerCase() === lower) return true;
  return g.enCountries.has(lower) || [...g.ruCountries.values()].some((c) => c.name.toLowerCase() === lower);
}

function isCountryName(doc: AnalysedDocument, name: string): boolean {
  const lower = name.toLowerCase();
  return doc.mentions.some((m) => m.type === 'LOC' && m.country && (m.country.name.toLowerCase() === lower || doc.text.slice(m.start, m.end).toLowerCase() === lower)) || (STATE_ORG.test(name) && !name.includes(' ') && doc.mentions.some((m) => m.type === 'LOC' && m.country));
}

const TOPIC_RU = /обсудил[аи]?\s+([^.;:\n]{3,400})/iu;
const TOPIC_EN = /\bdiscuss(?:ed)?\s+([^.;:\n]{3,400})/i;
/** Where one discussed subject ends and the next begins: ", а также", ", and", "as well as". */
const TOPIC_SEPARATOR = /\s*,\s*(?:а также|а|и|as well as|and)\s+|\s+(?:а также|as well as)\s+/iu;
const MAX_TOPIC = 160;
const MAX_TOPICS = 5;

/** What the sides discussed ("Стороны обсудили X, а также Y" → X, Y), each cut at a word, never mid-word. */
function topicsOf(texts: string[], language: 'ru' | 'en'): string[] {
  const re = language === 'ru' ? TOPIC_RU : TOPIC_EN;
  const out: string[] = [];
  for (const t of texts) {
    const m = re.exec(t);
    if (!m) continue;
    for (const part of m[1]!.split(TOPIC_SEPARATOR)) {
      const topic = cutAtWord(part.trim().replace(/[,\s]+$/u, ''), MAX_TOPIC);
      if (topic.length >= 3 && out.length < MAX_TOPICS && !out.includes(topic)) out.push(topic);
    }
  }
  return out;
}

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[,\s]+$/u, '');
}
