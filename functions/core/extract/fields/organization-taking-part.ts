// Organisations step, which organisations of the frame sentences take part: the per-sentence scan of the
// tokens after the first cue word (clause boundaries, topic words, other verbs, party prepositions), a body in
// an opening phrase, before the cue or holding the gathering. Asked by the organisations step (organizations.ts).

import { analyse } from '../knowledge/morphology.ts';
import { TOPIC_STOP_EN } from '../lexicon/en.ts';
import { lexicon } from '../lexicon/index.ts';
import { TOPIC_WORDS_RU } from '../lexicon/ru.ts';
import type { AnalysedDocument } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';

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
export function inOpeningPhrase(doc: AnalysedDocument, m: Mention): boolean {
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
export function holdsGathering(doc: AnalysedDocument, m: Mention): boolean {
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
export function hasCueWord(doc: AnalysedDocument, s: number): boolean {
  const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
  const cueRe = lexicon(doc.language).cueWord;
  for (let k = from; k < to; k++) if (cueRe.test(doc.tokens[k]!.text.toLowerCase())) return true;
  return false;
}

/** No cue word stands before the organisation in its sentence: it is the subject ("the leaders of X and Y met"). */
export function beforeCue(doc: AnalysedDocument, m: Mention): boolean {
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
