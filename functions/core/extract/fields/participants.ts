// Participants step (inside meeting frames): which people named around the frame sentence took part.
// The frame sentence's people take part unless the text puts them outside the meeting: a place read as
// a name ("в Аль Аин"), a possessive ("Jack Straw's residence"), a company after its descriptor ("US bank
// Wells Fargo"), someone who refused to come ("отказался от участия") or is replaced ("вместо X").
// People from neighbouring sentences are borrowed only when that sentence is a cue sentence, says they
// came or take part ("приехали", "will represent"), or gives them a position; a person in an oblique
// case after a role word ("ликвидации лидера ... X") is not borrowed.

import type { Participant } from '../../record/record.ts';
import { type Frame, isHeadline } from './frame.ts';
import { isGenericOrganization } from './organizations.ts';
import { people, type PersonGroup } from './people.ts';
import { COMPANY_DESCRIPTORS_EN } from '../lexicon/en.ts';
import { lexicon } from '../lexicon/index.ts';
import { roleOf } from '../mentions/roles.ts';
import { personCases } from '../mentions/ru/person-cases.ts';
import type { AnalysedDocument } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';

const PLACE_PREPOSITIONS = new Set(['в', 'во', 'in', 'at']);

/** Appends one by one: spreading a sentence of 100,000 names into push() overflows the call stack. */
function pushAll<T>(out: T[], items: readonly T[]): void {
  for (const x of items) out.push(x);
}

const lowerCache = new WeakMap<AnalysedDocument, Map<number, string>>();

/** The sentence in lower case, made once per sentence (people of one long sentence would otherwise each copy it). */
function sentenceLower(doc: AnalysedDocument, s: number): string {
  let cache = lowerCache.get(doc);
  if (!cache) {
    cache = new Map();
    lowerCache.set(doc, cache);
  }
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
  const text = from >= to ? '' : doc.text.slice(doc.tokens[from]!.start, doc.tokens[to - 1]!.end).toLowerCase();
  cache.set(s, text);
  return text;
}

const refusalCache = new WeakMap<AnalysedDocument, Map<number, boolean>>();

function refusalSentence(doc: AnalysedDocument, s: number): boolean {
  let cache = refusalCache.get(doc);
  if (!cache) {
    cache = new Map();
    refusalCache.set(doc, cache);
  }
  let hit = cache.get(s);
  if (hit === undefined) {
    hit = lexicon(doc.language).refusal.test(sentenceLower(doc, s));
    cache.set(s, hit);
  }
  return hit;
}

/** Per document (its mention index): whether each PER mention is excluded, and each refusal sentence's subject. */
const excludedCache = new WeakMap<AnalysedDocument['mentionAt'], Map<Mention, boolean>>();
const refusalSubjectCache = new WeakMap<AnalysedDocument['mentionAt'], Map<number, Mention | undefined>>();

/** The person right before "(" and this mention ("Аль Аин (Al Ain)"), whose exclusion this one shares. */
function bracketedAfter(doc: AnalysedDocument, m: Mention): Mention | undefined {
  const before = doc.tokens[m.first - 1];
  if (!before || before.sentence !== doc.tokens[m.first]!.sentence || before.text !== '(' || m.first < 2) return undefined;
  const prev = doc.mentionAt[m.first - 2];
  return prev && prev.type === 'PER' ? prev : undefined;
}

/** A PER mention that cannot be a participant wherever it stands. */
export function excludedPerson(doc: AnalysedDocument, m: Mention): boolean {
  let cache = excludedCache.get(doc.mentionAt);
  if (!cache) {
    cache = new Map();
    excludedCache.set(doc.mentionAt, cache);
  }
  const hit = cache.get(m);
  if (hit !== undefined) return hit;
  // Memoised, and a chain of people in brackets ("X (Y (Z ...") is settled from its start, without recursion:
  // asked of every person, the chain made many such people quadratic and a long one overflowed the stack.
  const chain = [m];
  for (let x = bracketedAfter(doc, m); x && !cache.has(x); x = bracketedAfter(doc, x)) chain.push(x);
  for (let i = chain.length - 1; i >= 0; i--) cache.set(chain[i]!, excludedHere(doc, chain[i]!, cache));
  return cache.get(m)!;
}

/** excludedPerson() of one mention, the person before its bracket (if any) already settled in `settled`. */
function excludedHere(doc: AnalysedDocument, m: Mention, settled: Map<Mention, boolean>): boolean {
  const { tokens } = doc;
  const before = tokens[m.first - 1];
  const sentence = tokens[m.first]!.sentence;
  const sameSentence = before && before.sentence === sentence;
  // "в Аль Аин": a place name read as a person (capitalised particles may stand between).
  let p = m.first - 1;
  while (p >= 0 && m.first - p <= 2 && tokens[p]!.sentence === sentence && tokens[p]!.cap && !doc.mentionAt[p]) p--;
  if (p >= 0 && tokens[p]!.sentence === sentence && PLACE_PREPOSITIONS.has(tokens[p]!.text)) return true;
  // "в Аль Аин (Al Ain)": the same place repeated in brackets.
  const bracketed = bracketedAfter(doc, m);
  if (bracketed && settled.get(bracketed)) return true;
  if (doc.language === 'en') {
    const last = tokens[m.last - 1]!;
    const after = tokens[m.last];
    // "Jack Straw's country residence": the person owns the place, he is not said to meet.
    if (/['’]s$/.test(last.text) && after && after.kind === 'lat' && !after.cap && !/^(talks?|meeting|visit|summit|negotiations)$/i.test(after.text)) return true;
    // A lower-case descriptor: "President of the Development Bank X" names a person after the bank's name.
    if (sameSentence && ((!before.cap && COMPANY_DESCRIPTORS_EN.has(before.text)) || /-based$/i.test(before.text))) return true;
  }
  // "(Фото: /Name / Agency)": a photo credit.
  for (let k = m.first - 1; k >= 0 && tokens[k]!.sentence === sentence && m.first - k <= 4; k--) {
    if (tokens[k]!.text === '(' && /^(?:фото|photo|фотография|credit)/i.test(tokens[k + 1]?.text ?? '')) return true;
  }
  // "вместо Нетаньяху", "instead of Mr Blair": replaced by someone else.
  const lowerBefore = tokens.slice(Math.max(0, m.first - 3), m.first).map((t) => t.text.toLowerCase()).join(' ');
  if (/(?:^|\s)вместо$/.test(lowerBefore) || /instead of(?: mr| mrs| ms| dr)?$/.test(lowerBefore)) return true;
  return refusesAt(doc, m) || outsideTheMeeting(doc, m);
}

const outsideCache = new WeakMap<Mention, boolean>();
/** Words that break the link between a speech verb (or a greeting, a death) and the person after it. */
const LINK_BREAKERS = new Set(['что', 'чтобы', 'будто', 'и', 'с', 'со', 'that', 'he', 'she', 'they', 'it', 'we', 'would', 'will', 'to', 'with', 'and', 'met', 'meet']);

/** How many words back a person's clause is read (its opening words say whether it quotes a speaker). */
const CLAUSE_WORDS = 40;
/** How far after a quoted speaker a meeting word makes them a participant ("— said X at the meeting with ..."). */
const REST_REACH = 300;
/** The lower-case words of the mention's sentence before it, back to the last clause boundary or person. */
function clauseBefore(doc: AnalysedDocument, m: Mention): string[] {
  const [from] = doc.sentenceTokens[doc.tokens[m.first]!.sentence]!;
  const words: string[] = [];
  // At most CLAUSE_WORDS words back: a sentence without commas is otherwise read whole for each of its people.
  for (let k = m.first - 1; k >= from && k >= m.first - CLAUSE_WORDS; k--) {
    const t = doc.tokens[k]!.text;
    if (/^[,;:—–()«»"“”„]$/.test(t) || doc.mentionAt[k]?.type === 'PER') break;
    words.push(t.toLowerCase());
  }
  return words.reverse();
}

const globalCache = new WeakMap<RegExp, RegExp>();
/** The same pattern with the g flag (made once). */
function globalOf(re: RegExp): RegExp {
  let g = globalCache.get(re);
  if (!g) {
    g = new RegExp(re.source, `${re.flags.replace('g', '')}g`);
    globalCache.set(re, g);
  }
  return g;
}

const openingCache = new WeakMap<RegExp, RegExp>();
/** The speech pattern anchored at the clause start ("как заявил", "as said"). */
function openingOf(re: RegExp): RegExp {
  let o = openingCache.get(re);
  if (!o) {
    o = new RegExp(`^(?:как |as )?(?:${re.source})`, re.flags);
    openingCache.set(re, o);
  }
  return o;
}

/** `re` matches the clause and at most `gap` words, none breaking the link, follow the match (the person's position). */
function endsWith(words: string[], re: RegExp, gap: number): boolean {
  const text = words.join(' ');
  let last: RegExpExecArray | null = null;
  for (const match of text.matchAll(globalOf(re))) last = match;
  if (!last) return false;
  const rest = text.slice(last.index + last[0].length).split(' ').filter(Boolean);
  return rest.length <= gap && !rest.some((w) => LINK_BREAKERS.has(w));
}

/**
 * Named around the meeting but not in it: a speaker quoted about it ("..., заявил министр X.", "Как сообщил X,",
 * "said spokesperson X."), a spokesperson, someone whose greetings were passed on, the author of a policy or
 * order, the dead («в связи со смертью главы МИД X»).
 */
function outsideTheMeeting(doc: AnalysedDocument, m: Mention): boolean {
  const hit = outsideCache.get(m);
  if (hit !== undefined) return hit;
  const { speechBefore, spokesperson, notPresent, meetingNoun, attendedClause } = lexicon(doc.language);
  // "X, who attended the talks, told reporters": said to be there, whatever else the sentence says of X.
  if (attendedClause.test(doc.text.slice(m.end, m.end + 40).toLowerCase())) {
    outsideCache.set(m, false);
    return false;
  }
  const words = clauseBefore(doc, m);
  const after = doc.tokens[m.last];
  const endsClause = !after || after.sentence !== doc.tokens[m.first]!.sentence || /^[,.;:)(—–"»”!?-]$/.test(after.text);
  // ", — заявил X во вторник", ", said X on Monday": a speech verb opening the clause quotes whoever follows,
  // unless the meeting follows too ("— сказал X на встрече с учёными": the speaker took part).
  const opensClause = words.length > 0 && openingOf(speechBefore).test(words.join(' '));
  const sentence = doc.tokens[m.first]!.sentence;
  // The rest of the sentence, read only when needed and within REST_REACH characters.
  const rest = () => doc.text.slice(m.end, Math.min(m.end + REST_REACH, doc.tokens[doc.sentenceTokens[sentence]![1] - 1]!.end)).toLowerCase();
  const speaker = (endsClause || (opensClause && !meetingNoun.test(rest()))) && endsWith(words, speechBefore, 8);
  // "a government spokesperson, Lena Holt, said": the position stands before the comma.
  const head = words.length === 0 && doc.tokens[m.first - 1]?.text === ',' ? clauseBefore(doc, { ...m, first: m.first - 1 }).slice(-4).join(' ') : '';
  const outside =
    speaker ||
    spokesperson.test(words.slice(-5).join(' ')) ||
    (head !== '' && spokesperson.test(head)) ||
    endsWith(words, notPresent, 6) ||
    (doc.language === 'en' && /^['’]s$|['’]s$/.test(doc.tokens[m.last - 1]!.text) && /^(polic(?:y|ies)|legacy|decree|doctrine)$/i.test(after?.text ?? ''));
  outsideCache.set(m, outside);
  return outside;
}

/**
 * The subject of a refusal: the person named last before the refusal words ("X обещал быть, а Y отказался от
 * участия": Y), else the first one after them («От участия отказался X»).
 */
export function refusesAt(doc: AnalysedDocument, m: Mention): boolean {
  const sentence = doc.tokens[m.first]!.sentence;
  if (!refusalSentence(doc, sentence)) return false;
  // The subject is settled once per sentence (asked of every person, it made a sentence of many people quadratic).
  let cache = refusalSubjectCache.get(doc.mentionAt);
  if (!cache) {
    cache = new Map();
    refusalSubjectCache.set(doc.mentionAt, cache);
  }
  if (!cache.has(sentence)) {
    const at = doc.tokens[doc.sentenceTokens[sentence]![0]]!.start + (lexicon(doc.language).refusal.exec(sentenceLower(doc, sentence))?.index ?? 0);
    let first: Mention | undefined;
    let lastBefore: Mention | undefined;
    for (const x of doc.sentenceMentions[sentence] ?? []) {
      if (x.type !== 'PER') continue;
      first ??= x;
      if (x.end <= at) lastBefore = x;
    }
    cache.set(sentence, lastBefore ?? first);
  }
  return cache.get(sentence) === m;
}


export interface SelectionInput {
  main: number;
  /** Cue sentences of the frame, in text order. */
  cueSentences: number[];
  /** A session of a body that names nobody in the lead: the people acting in it later take part. */
  session?: boolean;
}

/** How far after the frame sentence "joined by X", "hosted by Y" are read. */
const JOIN_OBJECT_SENTENCES = 6;
/** How far after the frame sentence later sentences are read for more people of the same meeting. */
const LATER_SENTENCES = 20;
/** How far a session's acting people are looked for. */
const SESSION_SENTENCES = 20;

/** The PER mentions of the participants, in order of first appearance; grouping by person is left to the caller. */
export function participantMentions(doc: AnalysedDocument, { main, cueSentences, session = false }: SelectionInput): Mention[] {
  const out: Mention[] = [];
  // Each read once per sentence: asked per person, they made a sentence of many names quadratic.
  const persOf = new Map<number, Mention[]>();
  const pers = (s: number) => {
    let found = persOf.get(s);
    if (!found) {
      found = (doc.sentenceMentions[s] ?? []).filter((m) => m.type === 'PER' && !excludedPerson(doc, m));
      persOf.set(s, found);
    }
    return found;
  };
  const participationOf = new Map<number, boolean>();
  const participation = (s: number) => {
    let found = participationOf.get(s);
    if (found === undefined) {
      found = lexicon(doc.language).participation.test(sentenceLower(doc, s));
      participationOf.set(s, found);
    }
    return found;
  };
  const caseOk = (m: Mention) => {
    if (doc.language !== 'ru') return true;
    const cases = personCases(doc, m);
    return cases.has('nomn') || cases.has('ablt');
  };
  const hasRole = (m: Mention) => roleOf(doc, m).role !== null;
  // The anchor: the frame sentence, or when it names nobody the first later cue sentence that does.
  // (the next sentence first when it gives its people a position or says they take part; a later cue sentence
  // only when its cue is strong or it names two people: "he is due to meet Putin" is another meeting).
  const strongCue = lexicon(doc.language).anchorCue;
  // A headline frame whose lead sentence names nobody either ("Leaders of A, B and C held a call"): the people
  // are in the sentence after the lead.
  const lead = pers(main).length === 0 && isHeadline(doc, main) && cueSentences.includes(main + 1) && pers(main + 1).length === 0 ? main + 1 : main;
  const nextOk =
    lead + 1 < doc.sentenceCount &&
    !lexicon(doc.language).backgroundStart.test(sentenceLower(doc, lead + 1)) &&
    pers(lead + 1).some((m) => caseOk(m) && (participation(lead + 1) || hasRole(m)));
  const anchor =
    pers(main).length > 0
      ? main
      : nextOk
        ? lead + 1
        : (cueSentences.find((s) => s > main && (pers(s).length >= 2 || (pers(s).length > 0 && strongCue.test(sentenceLower(doc, s))))) ?? main);
  pushAll(out, pers(anchor));
  // Borrowing goes one step from the frame only: a borrowed sentence does not borrow in turn.
  const count = () => (anchor !== main && !cueSentences.includes(anchor) ? 2 : out.length);
  // One person (or none) named there: the others are often in the next cue sentence or the next sentence.
  // (not a sentence about earlier times: "Ранее президент X говорил о готовности к переговорам").
  const next = cueSentences.find((s) => s > anchor && s <= anchor + 2 && !lexicon(doc.language).backgroundStart.test(sentenceLower(doc, s)));
  if (count() < 2 && next !== undefined) pushAll(out, pers(next).filter(caseOk));
  if (count() < 2 && anchor + 1 < doc.sentenceCount && next !== anchor + 1 && !lexicon(doc.language).backgroundStart.test(sentenceLower(doc, anchor + 1))) {
    const ok = participation(anchor + 1);
    pushAll(out, pers(anchor + 1).filter((m) => caseOk(m) && (ok || hasRole(m))));
  }
  // The sentence before: when it says they came, or lies between the frame sentence and the anchor.
  const prev = anchor - 1;
  if (count() < 2 && prev >= 0 && !cueSentences.includes(prev)) {
    const ok = participation(prev);
    const inside = prev > Math.min(main, cueSentences[0] ?? main);
    pushAll(out, pers(prev).filter((m) => caseOk(m) && (ok || (inside && hasRole(m)))));
  }
  // "X will represent Britain", "на саммите Израиль будет представлять X": people sent to the meeting.
  // Not at another event the text names: a call's "Россию на саммите будет представлять X" is the summit's.
  const { represent, multilateralKind } = lexicon(doc.language);
  const ownEvent = multilateralKind.test(sentenceLower(doc, main)) || (isHeadline(doc, 0) && multilateralKind.test(sentenceLower(doc, 0)));
  for (let s = main + 1; s < Math.min(doc.sentenceCount, main + 9); s++) {
    const lower = sentenceLower(doc, s);
    if (represent.test(lower) && (ownEvent || !multilateralKind.test(lower))) pushAll(out, pers(s));
  }
  // Said to take part in the sentences right after the frame: the subject of "присутствовал", "briefed",
  // "is expected to join"; the people after "was joined by".
  const joinSubject = lexicon(doc.language).joinSubject;
  const { sidelines, summitSetting } = lexicon(doc.language);
  const first = Math.min(main, cueSentences[0] ?? main);
  const about = [...new Set([...(isHeadline(doc, 0) ? [0] : []), ...cueSentences.filter((s) => s <= main), main])].map((k) => sentenceLower(doc, k));
  const sidelinesFrame = about.some((t) => sidelines.test(t) || summitSetting.test(t));
  const joinObject = lexicon(doc.language).joinObject;
  // Sentences whose subjects were said to take part: the next such sentence goes on about the same meeting
  // ("X will chair the meeting. Y and Z are expected to attend. W will take part as a guest.").
  const joined = new Set<number>();
  for (let s = main; s < Math.min(doc.sentenceCount, main + 1 + LATER_SENTENCES); s++) {
    const lower = sentenceLower(doc, s);
    if (s > main && lexicon(doc.language).backgroundStart.test(lower)) break;
    // Not a sentence about another time ("attended the summit last year").
    if (s > main && elsewhere(doc, s)) continue;
    const people = pers(s);
    // The meeting named there or in the sentence before («..., затем переговоры продолжились. В них участвовали X и Y»).
    const aboutMeeting = (k: number) => lexicon(doc.language).meetingNoun.test(sentenceLower(doc, k));
    // Not someone who addressed the summit a bilateral was held on the margins of.
    const summitOfSidelines = sidelinesFrame && multilateralKind.test(lower);
    if (s > main && joinSubject.test(lower) && (aboutMeeting(s) || aboutMeeting(s - 1) || s - 1 === main || joined.has(s - 1)) && !summitOfSidelines) {
      joined.add(s);
      // Russian: every person in the nominative («в заседании приняли участие А, Б и В»); English: the subject.
      if (doc.language === 'ru') pushAll(out, people.filter((m) => personCases(doc, m).has('nomn')));
      else if (people[0]) out.push(people[0]);
    }
    // "joined by", "along with", "hosted by" name the meeting's people only near the frame sentence.
    const by = s < main + JOIN_OBJECT_SENTENCES ? joinObject.exec(lower) : null;
    if (by) {
      const at = doc.tokens[doc.sentenceTokens[s]![0]]!.start + by.index + by[0].length;
      // Right after the phrase, in whatever case it governs ("в сопровождении министра X", "вместе с X").
      pushAll(out, people.filter((m) => m.start >= at && m.start - at < 100));
    }
  }
  for (const s of [anchor, ...cueSentences.filter((k) => k !== anchor)]) {
    const subject = titledSubject(doc, s);
    if (subject.length > 0) {
      pushAll(out, subject);
      break;
    }
  }
  pushAll(out, laterPeople(doc, main, out, pers));
  // A session, summit or forum: the people with a position who act in it («С докладом выступила министр X»,
  // "Opening the debate, President Y said"); not a bilateral on its margins.
  const gathering = about.some((t) => multilateralKind.test(t)) && !sidelinesFrame;
  if (session && out.length === 0) pushAll(out, sessionPeople(doc, main + 1, pers));
  else if (gathering) pushAll(out, sessionPeople(doc, first, pers));
  return out;
}

/**
 * The meeting's subject named by a position alone ("The Secretary-General met jointly with ...", «Президент
 * провел переговоры с ...») stands for the one person the text names with that position elsewhere
 * ("António Guterres, Secretary-General"); nobody when two people hold it.
 */
function titledSubject(doc: AnalysedDocument, s: number): Mention[] {
  const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    const lower = t.text.toLowerCase();
    if (lexicon(doc.language).cueWord.test(lower)) break;
    if (doc.mentionAt[k] || t.kind === 'punct' || t.kind === 'num' || words.length >= 5) return [];
    if (!(words.length === 0 && lower === 'the')) words.push(lower);
  }
  if (words.length === 0) return [];
  const title = words.join(' ');
  const holders = new Map<string, Mention>();
  for (const { m, role } of peopleRoles(doc)) {
    if (doc.tokens[m.first]!.sentence === s) continue;
    if (!(role === title || role.startsWith(`${title} `) || role.endsWith(` ${title}`))) continue;
    const surname = doc.tokens[m.last - 1]!.text.toLowerCase().slice(0, 5);
    if (!holders.has(surname)) holders.set(surname, m);
  }
  return holders.size === 1 ? [...holders.values()] : [];
}

const rolesCache = new WeakMap<AnalysedDocument, Array<{ m: Mention; role: string }>>();
/** The people of the text that may take part, with their positions in lower case (read once per text). */
function peopleRoles(doc: AnalysedDocument): Array<{ m: Mention; role: string }> {
  let hit = rolesCache.get(doc);
  if (!hit) {
    hit = [];
    for (const m of doc.mentions) {
      if (m.type !== 'PER' || excludedPerson(doc, m)) continue;
      const role = roleOf(doc, m).role?.toLowerCase();
      if (role) hit.push({ m, role });
    }
    rolesCache.set(doc, hit);
  }
  return hit;
}

/** A sentence about another time or someone who stayed away: its people are not this meeting's. */
function elsewhere(doc: AnalysedDocument, s: number): boolean {
  const lower = sentenceLower(doc, s);
  const { backgroundStart, background } = lexicon(doc.language);
  return backgroundStart.test(lower) || background.test(lower) || refusalSentence(doc, s);
}

/**
 * People of the same meeting named in later sentences: a programme, a delegation, a list of those who took
 * part, "he will also meet" («программой визита предусмотрены переговоры с X и Y», "Participants in the call
 * included X, Y"), and a participant, by name or by position, meeting someone ("Бывший секретарь СНБО ...
 * встретился с X"). The people after the matched words join.
 */
function laterPeople(doc: AnalysedDocument, main: number, chosen: Mention[], pers: (s: number) => Mention[]): Mention[] {
  const { continuation, meetWith, visitKind } = lexicon(doc.language);
  const delegation = /(?:^|[^\p{L}])(?:delegation|делегаци)/u;
  const out: Mention[] = [];
  const surnameOf = (m: Mention) => doc.tokens[m.last - 1]!.text.toLowerCase().slice(0, 5);
  const surnames = () => new Set([...chosen, ...out].map(surnameOf));
  // A participant meeting someone later belongs to this meeting when it is a visit (its programme) or when
  // its other side was not named («встреча X с представителями Белого дома ... X встретился с Y»); else it
  // is another meeting of the same day («В тот же день X провел переговоры с Z»).
  const about = [main, ...(isHeadline(doc, 0) ? [0] : [])].map((k) => sentenceLower(doc, k));
  const programme = about.some((t) => visitKind.test(t)) || !chosen.some((m) => afterWith(doc, m));
  // Their positions as given anywhere in the text ("бывший секретарь СНБО"), for a later sentence that names them so.
  let rolesFor = -1;
  let knownRoles: string[] = [];
  const roles = () => {
    if (rolesFor !== out.length) {
      const known = surnames();
      const all = doc.mentions.filter((m) => m.type === 'PER' && known.has(surnameOf(m))).map((m) => roleOf(doc, m).role?.toLowerCase());
      knownRoles = [...new Set(all.filter((r): r is string => !!r && r.includes(' ')))];
      rolesFor = out.length;
    }
    return knownRoles;
  };
  for (let s = main + 1; s < Math.min(doc.sentenceCount, main + 1 + LATER_SENTENCES); s++) {
    if (!(doc.sentenceMentions[s] ?? []).some((m) => m.type === 'PER')) continue;
    const lower = sentenceLower(doc, s);
    const listed = continuation.exec(lower);
    const met = listed || !programme ? null : meetWith.exec(lower);
    if ((!listed && !met) || elsewhere(doc, s)) continue;
    const start = doc.tokens[doc.sentenceTokens[s]![0]]!.start;
    const people = pers(s);
    if (listed) {
      const at = start + listed.index + listed[0].length;
      pushAll(out, people.filter((m) => m.start >= at));
      continue;
    }
    if (met) {
      const subject = lower.slice(0, met.index);
      const known = surnames();
      const bySubject = people.some((m) => m.start < start + met.index && known.has(doc.tokens[m.last - 1]!.text.toLowerCase().slice(0, 5)));
      // A position may be named by its initials in press releases ("External Affairs Minister" ... "EAM").
      const byRole = roles().some((r) => {
        const initials = initialsOf(r);
        return subject.includes(r) || (initials !== null && new RegExp(`(?:^|[^\\p{L}])${initials}(?:[^\\p{L}]|$)`, 'u').test(subject));
      });
      // "called on X to resign" urges X; it is no courtesy call.
      const urged = (m: Mention) => /^to$/i.test(doc.tokens[m.last]?.text ?? '') || (doc.tokens[m.last]?.text === ',' && /^to$/i.test(doc.tokens[m.last + 1]?.text ?? ''));
      if (bySubject || delegation.test(subject) || byRole) pushAll(out, people.filter((m) => m.start >= start + met.index + met[0].length && !urged(m)));
    }
  }
  return out;
}

/** The person is the other side of the meeting: "с"/"with" or a verb of receiving before the name and its
 *  position ("met with President X", "received President Y", «принял посла Z»). */
function afterWith(doc: AnalysedDocument, m: Mention): boolean {
  const sentence = doc.tokens[m.first]!.sentence;
  const receive = lexicon(doc.language).receiveVerb;
  for (let k = m.first - 1; k >= 0 && m.first - k <= 6; k--) {
    const t = doc.tokens[k]!;
    if (t.sentence !== sentence || doc.mentionAt[k]?.type === 'PER' || /^[,;:.]$/.test(t.text)) return false;
    if (/^(?:с|со|with)$/i.test(t.text) || receive.test(t.text.toLowerCase())) return true;
  }
  return false;
}

/** The initials of a position of two words or more ("external affairs minister" -> "eam"). */
function initialsOf(role: string): string | null {
  const words = role.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : null;
}

/** A session that names nobody in the lead: the people with a position who act in it («Спикер X предложил», "Finance Minister Y presented"). */
function sessionPeople(doc: AnalysedDocument, from: number, pers: (s: number) => Mention[]): Mention[] {
  const { sessionAct } = lexicon(doc.language);
  const out: Mention[] = [];
  for (let s = from; s < Math.min(doc.sentenceCount, from + SESSION_SENTENCES); s++) {
    if (!sessionAct.test(sentenceLower(doc, s)) || elsewhere(doc, s)) continue;
    pushAll(out, pers(s).filter((m) => roleOf(doc, m).role !== null && (doc.language !== 'ru' || personCases(doc, m).has('nomn'))));
  }
  return out;
}

/** The participants of the frame: the people participantMentions() chooses, grouped by person, each with the
 *  fullest role among the person's first mentions. */
export function meetingParticipants(doc: AnalysedDocument, frame: Frame): Participant[] {
  const main = frame.main;
  const groupOf = new Map<Mention, PersonGroup>();
  const headline = isHeadline(doc, 0);
  for (const g of people(doc, (m) => headline && doc.tokens[m.first]!.sentence === 0)) for (const m of g.mentions) groupOf.set(m, g);
  const chosen: PersonGroup[] = [];
  // Each person settled once (a sentence can name thousands).
  const settled = new Set<PersonGroup>();
  for (const m of participantMentions(doc, { main, cueSentences: frame.sentences, session: frame.session })) {
    const g = groupOf.get(m);
    if (!g || settled.has(g)) continue;
    settled.add(g);
    // Someone who refused to come anywhere in the text is not a participant.
    if (!g.mentions.some((x) => refusesAt(doc, x))) chosen.push(g);
  }

  return chosen.map((g) => {
    // The fullest role among the person's first mentions ("президент Франции" over "Президент").
    let role: { role: string | null; organization: string | null } = { role: null, organization: null };
    // A headline's title words ("Readout of President X's Meeting") give a role only when nothing else does.
    const body = g.mentions.filter((m) => !(doc.tokens[m.first]!.sentence === 0 && isHeadline(doc, 0)));
    for (const m of (body.length > 0 ? body : g.mentions).slice(0, 4)) {
      const r = roleOf(doc, m);
      if (r.role && (!role.role || (r.role.split(' ').length > role.role.split(' ').length && !role.organization) || (!role.organization && r.organization))) role = r;
    }
    if (role.role && /^[А-ЯЁ][а-яё]/.test(role.role)) role = { ...role, role: role.role[0]!.toLowerCase() + role.role.slice(1) };
    if (role.organization && isGenericOrganization(role.organization, doc.language)) role = { ...role, organization: null };
    return { name: g.name, role: role.role, organization: role.organization, mentions: g.mentions.map((m) => ({ start: m.start, end: m.end })) };
  });

}
