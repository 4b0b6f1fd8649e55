// Participants step (inside meeting frames): which people named around the frame sentence took part.
// The frame sentence's people take part unless the text puts them outside the meeting: a place read as
// a name ("в Аль Аин"), a possessive ("Jack Straw's residence"), a company after its descriptor ("US bank
// Wells Fargo"), someone who refused to come ("отказался от участия") or is replaced ("вместо X").
// People from neighbouring sentences are borrowed only when that sentence is a cue sentence, says they
// came or take part ("приехали", "will represent"), or gives them a position; a person in an oblique
// case after a role word ("ликвидации лидера ... X") is not borrowed.

import type { Participant } from '../../record.ts';
import type { Frame } from './frame.ts';
import { isGenericOrganization } from './organizations.ts';
import { people, type PersonGroup } from './people.ts';
import { COMPANY_DESCRIPTORS_EN } from '../lexicon/en.ts';
import { lexicon } from '../lexicon/index.ts';
import { roleOf } from '../mentions/roles.ts';
import { personCases } from '../mentions/ru/person-cases.ts';
import type { AnalysedDocument } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';

const PLACE_PREPOSITIONS = new Set(['в', 'во', 'in', 'at']);

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

/** Per document (its mention index): whether each PER mention is excluded, and each sentence's first person. */
const excludedCache = new WeakMap<AnalysedDocument['mentionAt'], Map<Mention, boolean>>();
const firstPersonCache = new WeakMap<AnalysedDocument['mentionAt'], Map<number, Mention | undefined>>();

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
    if (sameSentence && (COMPANY_DESCRIPTORS_EN.has(before.text.toLowerCase()) || /-based$/i.test(before.text))) return true;
  }
  // "вместо Нетаньяху", "instead of Mr Blair": replaced by someone else.
  const lowerBefore = tokens.slice(Math.max(0, m.first - 3), m.first).map((t) => t.text.toLowerCase()).join(' ');
  if (/(?:^|\s)вместо$/.test(lowerBefore) || /instead of(?: mr| mrs| ms| dr)?$/.test(lowerBefore)) return true;
  return refusesAt(doc, m);
}

/** The subject of a refusal: "Нетаньяху отказался от участия в саммите" (the first person of that sentence). */
export function refusesAt(doc: AnalysedDocument, m: Mention): boolean {
  const sentence = doc.tokens[m.first]!.sentence;
  if (!refusalSentence(doc, sentence)) return false;
  let cache = firstPersonCache.get(doc.mentionAt);
  if (!cache) {
    cache = new Map();
    firstPersonCache.set(doc.mentionAt, cache);
  }
  if (!cache.has(sentence)) cache.set(sentence, (doc.sentenceMentions[sentence] ?? []).find((x) => x.type === 'PER'));
  return cache.get(sentence) === m;
}


export interface SelectionInput {
  main: number;
  /** Cue sentences of the frame, in text order. */
  cueSentences: number[];
}

/** The PER mentions of the participants, in order of first appearance; grouping by person is left to the caller. */
export function participantMentions(doc: AnalysedDocument, { main, cueSentences }: SelectionInput): Mention[] {
  const out: Mention[] = [];
  // One by one: spreading a sentence of 100,000 names into push() overflows the call stack.
  const add = (mentions: Mention[]) => {
    for (const m of mentions) out.push(m);
  };
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
  const nextOk = main + 1 < doc.sentenceCount && pers(main + 1).some((m) => caseOk(m) && (participation(main + 1) || hasRole(m)));
  const anchor =
    pers(main).length > 0
      ? main
      : nextOk
        ? main + 1
        : (cueSentences.find((s) => s > main && (pers(s).length >= 2 || (pers(s).length > 0 && strongCue.test(sentenceLower(doc, s))))) ?? main);
  add(pers(anchor));
  // Borrowing goes one step from the frame only: a borrowed sentence does not borrow in turn.
  const count = () => (anchor !== main && !cueSentences.includes(anchor) ? 2 : out.length);
  // One person (or none) named there: the others are often in the next cue sentence or the next sentence.
  const next = cueSentences.find((s) => s > anchor && s <= anchor + 2);
  if (count() < 2 && next !== undefined) add(pers(next).filter(caseOk));
  if (count() < 2 && anchor + 1 < doc.sentenceCount && next !== anchor + 1 && !lexicon(doc.language).backgroundStart.test(sentenceLower(doc, anchor + 1))) {
    const ok = participation(anchor + 1);
    add(pers(anchor + 1).filter((m) => caseOk(m) && (ok || hasRole(m))));
  }
  // The sentence before: when it says they came, or lies between the frame sentence and the anchor.
  const prev = anchor - 1;
  if (count() < 2 && prev >= 0 && !cueSentences.includes(prev)) {
    const ok = participation(prev);
    const inside = prev > Math.min(main, cueSentences[0] ?? main);
    add(pers(prev).filter((m) => caseOk(m) && (ok || (inside && hasRole(m)))));
  }
  // "X will represent Britain", "на саммите Израиль будет представлять X": people sent to the meeting.
  const represent = lexicon(doc.language).represent;
  for (let s = main + 1; s < Math.min(doc.sentenceCount, main + 9); s++) {
    if (represent.test(sentenceLower(doc, s))) add(pers(s));
  }
  // Said to take part in the sentences right after the frame: the subject of "присутствовал", "briefed",
  // "is expected to join"; the people after "was joined by".
  const joinSubject = lexicon(doc.language).joinSubject;
  const joinObject = lexicon(doc.language).joinObject;
  for (let s = main; s < Math.min(doc.sentenceCount, main + 4); s++) {
    const lower = sentenceLower(doc, s);
    if (s > main && lexicon(doc.language).backgroundStart.test(lower)) break;
    const people = pers(s);
    if (s > main && joinSubject.test(lower) && lexicon(doc.language).meetingNoun.test(lower)) {
      const subject = people.find((m) => (doc.language === 'ru' ? personCases(doc, m).has('nomn') : true));
      if (subject) out.push(subject);
    }
    const by = joinObject.exec(lower);
    if (by) {
      const at = doc.tokens[doc.sentenceTokens[s]![0]]!.start + by.index + by[0].length;
      // Right after the phrase, in whatever case it governs ("в сопровождении министра X", "вместе с X").
      add(people.filter((m) => m.start >= at && m.start - at < 80));
    }
  }
  return out;
}

/** The participants of the frame: the people participantMentions() chooses, grouped by person, each with the
 *  fullest role among the person's first mentions. */
export function meetingParticipants(doc: AnalysedDocument, frame: Frame): Participant[] {
  const main = frame.main;
  const groupOf = new Map<Mention, PersonGroup>();
  for (const g of people(doc)) for (const m of g.mentions) groupOf.set(m, g);
  const chosen: PersonGroup[] = [];
  // Each person settled once (a sentence can name thousands).
  const settled = new Set<PersonGroup>();
  for (const m of participantMentions(doc, { main, cueSentences: frame.sentences })) {
    const g = groupOf.get(m);
    if (!g || settled.has(g)) continue;
    settled.add(g);
    // Someone who refused to come anywhere in the text is not a participant.
    if (!g.mentions.some((x) => refusesAt(doc, x))) chosen.push(g);
  }

  return chosen.map((g) => {
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

}
