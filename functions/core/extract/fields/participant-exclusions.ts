// Participants step, who is left out: a PER mention that cannot be a participant wherever it stands (a place
// read as a name, a possessive, a company after its descriptor, a photo credit, someone replaced or refusing, a
// speaker quoted about the meeting, a spokesperson, the author of a policy, the dead). Asked by the frame
// (frame.ts) when it counts people, and by the choice of participants (participants.ts).

import { COMPANY_DESCRIPTORS_EN } from '../lexicon/en.ts';
import { lexicon } from '../lexicon/index.ts';
import type { AnalysedDocument } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';
import { refusalSentence, sentenceLower } from './participant-sentences.ts';

const PLACE_PREPOSITIONS = new Set(['в', 'во', 'in', 'at']);

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
