// Organisations step, what is left out: names that are no organisation taking part in the meeting (a
// dateline place in capitals, a region, a media channel), bodies of the summit behind a side meeting, and
// bodies that speak about the meeting rather than host it («заявили в МИД РФ»).

import { isKnownCountry } from './organizations.ts';
import { isEnglishCityName } from '../knowledge/gazetteer.ts';
import { wellKnownCity } from '../knowledge/city-names.ts';
import { analyse } from '../knowledge/morphology.ts';
import { lexicon } from '../lexicon/index.ts';
import type { AnalysedDocument } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';

/** "Томская область", "Telegram-канал", a place in capitals ("WASHINGTON"), a state after its city: no organisation. */
export function notAnOrganization(doc: AnalysedDocument, name: string, m?: Mention): boolean {
  if (lexicon(doc.language).notOrganization.test(name)) return true;
  // "Washington, DC", "Austin, TX": a state after its city.
  if (m && m.last - m.first === 1 && doc.tokens[m.first - 1]?.text === ',' && doc.mentionAt[m.first - 2]?.type === 'LOC') return true;
  if (name !== name.toUpperCase() || !/\p{L}{4}/u.test(name)) return false;
  return wellKnownCity(name) !== undefined || isEnglishCityName(name) || isKnownCountry(name) || (m !== undefined && datelinePlace(doc, m));
}

/** A word in capitals that opens a line and is followed by a date ("FRANKFURT, Nov 1 —", «НУР-СУЛТАН, 2 февраля»):
 *  the place a wire item was filed from. */
function datelinePlace(doc: AnalysedDocument, m: Mention): boolean {
  const lineStart = doc.text.lastIndexOf('\n', m.start - 1) + 1;
  if (doc.text.slice(lineStart, m.start).trim() !== '') return false;
  return DATE_AFTER_PLACE.test(doc.text.slice(m.end, m.end + 24));
}

const DATE_AFTER_PLACE = /^,[ \t]+(?:\p{L}{3,9}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+\p{L}{3,9})\b/u;

/** The organisation stands in the phrase "на полях / в кулуарах / on the margins of ..." before the frame's
 *  verb, or holds the gathering at which another meeting word's meeting is held ("met ... at the NATO Summit",
 *  «встретился ... на саммите ШОС»): the summit behind a side meeting, which MEETINGS.md does not list. */
export function onSidelines(doc: AnalysedDocument, m: Mention): boolean {
  const s = doc.tokens[m.first]!.sentence;
  const [from] = doc.sentenceTokens[s] ?? [0, 0];
  const start = doc.tokens[from]!.start;
  const lex = lexicon(doc.language);
  const before = doc.text.slice(start, m.start);
  const at = lex.gatheringBefore.exec(before);
  const cueBefore = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u).some((w) => w !== '' && lex.cueWord.test(w));
  if (at && lex.gatheringAfter.test(doc.text.slice(m.end)) && cueBefore(before.slice(0, at.index))) return true;
  const all = new RegExp(lex.sidelines.source, lex.sidelines.flags.includes('g') ? lex.sidelines.flags : `${lex.sidelines.flags}g`);
  let end = -1;
  for (const x of before.matchAll(all)) end = start + (x.index ?? 0) + x[0].length;
  if (end < 0) return false;
  // The phrase goes on to the gathering's own noun («на полях саммита», "on the sidelines of the summit") and
  // ends at a clause boundary or the frame's own meeting word or verb.
  let noun = true;
  for (let k = from; k < m.first; k++) {
    const t = doc.tokens[k]!;
    if (t.start < end || doc.mentionAt[k]) continue;
    const word = t.text.toLowerCase();
    if (noun && /^(?:of|the)$/.test(word)) continue;
    if (t.text === ',' || t.text === ';' || (!noun && lex.cueWord.test(word))) return false;
    if (t.kind === 'cyr' && analyse(t.text).parses[0]?.pos === 'VERB') return false;
    noun = false;
  }
  return true;
}

/** A word of saying right before or after the phrase ("заявили в МИД РФ", "в МИД России сообщили"): the body speaks. */
export function spokenBy(doc: AnalysedDocument, first: number, last: number): boolean {
  const speech = lexicon(doc.language).speechVerb;
  const sentence = doc.tokens[first]!.sentence;
  const near = [first - 1, first - 2, last, last + 1].map((k) => doc.tokens[k]).filter((t) => t && t.sentence === sentence);
  return near.some((t) => speech.test(t!.text.toLowerCase()));
}

/** The body speaks about the meeting rather than takes part: a word of saying and a new subject stand between
 *  it and the meeting word ("The Foreign Ministry said the ministers met", «МИД Китая сообщил, что министр
 *  встретится»; not "Acme said it had held talks"), or it is the speaker's employer or the source named right
 *  before it ("a spokesman for the European Commission", "according to Bloomberg", «по данным Минфина»). */
export function speaksOfMeeting(doc: AnalysedDocument, m: Mention): boolean {
  const lex = lexicon(doc.language);
  const [from, to] = doc.sentenceTokens[doc.tokens[m.first]!.sentence] ?? [0, 0];
  const before = doc.text.slice(doc.tokens[from]!.start, m.start).split(/\s+/).filter(Boolean).slice(-4).join(' ');
  if (lex.spokesperson.test(before) || new RegExp(`(?:${lex.speechBefore.source})\\s*(?:the\\s+)?$`, lex.speechBefore.flags).test(before)) return true;
  let said = false;
  let other = false;
  for (let k = m.last; k < to; k++) {
    const t = doc.tokens[k]!.text.toLowerCase();
    if (!doc.mentionAt[k] && lex.cueWord.test(t)) return said && other;
    if (said) other ||= !!doc.mentionAt[k] || !lex.selfReport.test(t);
    said ||= lex.speechVerb.test(t);
  }
  return false;
}

/** The body comes after a word of discussing and is what was discussed ("discussed Serbia's bid to join the
 *  EU", «обсудили сотрудничество в рамках ЕАЭС»), not the partner the talks were with («обсудил с главой X»). */
export function discussed(doc: AnalysedDocument, m: Mention): boolean {
  const [from] = doc.sentenceTokens[doc.tokens[m.first]!.sentence] ?? [0, 0];
  const topic = lexicon(doc.language).topicBefore.exec(doc.text.slice(doc.tokens[from]!.start, m.end));
  if (!topic) return false;
  const partner = topic[0].split(/\s+/)[1]?.toLowerCase() ?? '';
  return !/^(?:с|со|with)$/.test(partner);
}
