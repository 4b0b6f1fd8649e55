// Meeting frame step: the sentences that report a meeting ("встреча X с Y", "X провёл переговоры с Y",
// "X met Y", "talks between X and Y", visits, sessions) and the one the participants are read from.

import { anchorYear, calledOffWithoutNewDate, isBackground, longAgo, nonEventLead, notAnEvent, pastYears } from './not-an-event.ts';
import { excludedPerson } from './participant-exclusions.ts';
import { lexicon } from '../lexicon/index.ts';
import { type AnalysedDocument, mentionsIn } from '../model/document.ts';

const LEAD_SENTENCES = 6;
/** How far a late frame sentence (two people meeting) is looked for when the lead has none. */
const LATE_SENTENCES = 20;


export interface Frame {
  /** Cue sentences of the lead, in text order. */
  sentences: number[];
  /** The sentence the participants come from (the first cue sentence naming people). */
  main: number;
  /** Called off with no new date (MEETINGS.md: still a meeting, with status `cancelled`). */
  cancelled: boolean;
  /** A session of a body that names nobody in the lead («заседание Верховной Рады»): its people act in later sentences. */
  session: boolean;
}

/**
 * The first line of the text when it has no final full stop and is short, or is a line of its own of up to 20
 * tokens, or in title case (press-release titles run long: "Statement from the Press Secretary on the Upcoming
 * Visit of ...").
 */
export function isHeadline(doc: AnalysedDocument, s: number): boolean {
  if (s !== 0 || doc.sentenceCount < 2) return false;
  const [from, to] = doc.sentenceTokens[0] ?? [0, 0];
  if (/[.!?]/.test(doc.tokens[to - 1]?.text ?? '.')) return false;
  if (to - from <= 14) return true;
  const ownLine = /\n/.test(doc.text.slice(doc.tokens[to - 1]?.end ?? 0, doc.tokens[to]?.start ?? 0));
  const long = doc.tokens.slice(from, to).filter((t) => t.text.length > 3 && /^\p{L}/u.test(t.text));
  return ownLine && (to - from <= 20 || (to - from <= 40 && long.filter((t) => t.cap).length >= 0.6 * long.length));
}

export function findFrame(doc: AnalysedDocument, texts: string[], publishedAt?: string): Frame | null {
  const perCount = (s: number) => mentionsIn(doc, s, 'PER').filter((m) => !excludedPerson(doc, m)).length;
  const { meetingCue: cue, strongCue: strong, notMeeting: negative, habitual, sessionOfBody, backgroundStart, eventVerb, receiveVerb } = lexicon(doc.language);
  // A word of receiving with a person right after it reports a reception ("the minister received Ada Moss, ..."),
  // whatever position words follow the name; not a possessive ("received Moss's letter").
  const receivesPerson = (s: number) =>
    mentionsIn(doc, s, 'PER').some((m) => {
      const before = doc.tokens[m.first - 1];
      const after = doc.tokens[m.last];
      return before !== undefined && receiveVerb.test(before.text.toLowerCase()) && !/^['’]s?$/.test(after?.text ?? '') && !excludedPerson(doc, m);
    });
  const year = anchorYear(texts, publishedAt);
  // A lead about a non-event (a denied, guessed or faked meeting): a later sentence counts only when it
  // reports a meeting taking place with someone in it ("X met Y on Monday"), not "the talks" it refers back to.
  const nonEvent = texts.length > 0 && nonEventLead(texts[0]!, doc.language);
  // Not cues: a game, a denied meeting, a guess, talks not happening (not-an-event.ts), a meeting of long ago,
  // a sentence about earlier times ("Ранее X говорил о готовности к переговорам"), and past the headline and lead
  // a meeting recalled as background ("в прошлом году они встречались").
  const isCue = (s: number) => {
    const lower = texts[s]!.toLowerCase();
    if (!(cue.test(lower) || receivesPerson(s)) || negative.test(lower) || (habitual?.test(texts[s]!) ?? false)) return false;
    if (s > 0 && backgroundStart.test(lower.trimStart())) return false;
    if (nonEvent && !(eventVerb.test(lower) && perCount(s) > 0)) return false;
    if (s >= 2 && (isBackground(texts[s]!, doc.language) || pastYears(texts[s]!, year, doc.language))) return false;
    return !notAnEvent(texts, s, doc.language) && !longAgo(texts[s]!, year, doc.language);
  };
  const isStrong = (s: number) => strong.test(texts[s]!.toLowerCase());
  const lead: number[] = [];
  for (let s = 0; s < Math.min(texts.length, LEAD_SENTENCES); s++) if (isCue(s)) lead.push(s);
  // Beyond the lead only a sentence that names a meeting of two named people counts
  // ("Миллер и Озерец сегодня встречаются ...", "X and Y will meet in ...").
  if (lead.length === 0) {
    for (let s = LEAD_SENTENCES; s < Math.min(texts.length, LATE_SENTENCES); s++) {
      if (isCue(s) && isStrong(s) && perCount(s) >= 2) return { sentences: [s], main: s, cancelled: false, session: false };
    }
    return null;
  }
  // The frame sentence: a strong cue with a person, or any cue with two people ("X принимает Y");
  // then a strong cue naming anything (its people may be in the next sentence); then a session of a body
  // named without a person («заседание Верховной Рады», "a session of the Storting"); then a weak cue with a person.
  const named = (s: number) => (isStrong(s) && perCount(s) > 0) || perCount(s) >= 2;
  let main = lead.find(named);
  // A headline names the meeting in short ("Readout of X's Meeting with Y", "Statement from Z on the upcoming
  // summit"): a body sentence of the lead that names as many of its people (two will do) says more.
  if (main !== undefined && isHeadline(doc, main)) {
    const headline = main;
    main = lead.find((s) => s > headline && named(s) && perCount(s) >= Math.min(2, perCount(headline))) ?? headline;
  }
  let session = false;
  if (main === undefined) {
    main = lead.find((s) => isStrong(s) && mentionsIn(doc, s).length > 0);
    if (main === undefined) {
      main = lead.find((s) => sessionOfBody.test(texts[s]!));
      session = main !== undefined;
    }
    main ??= lead.find((s) => perCount(s) > 0);
  }
  if (main === undefined) return null;
  // Called off with no new date (in the headline, the lead's cue sentences up to the frame, or the next one).
  const about = [...new Set([0, ...lead.filter((s) => s <= main + 1), main + 1])].filter((s) => s < texts.length);
  return { sentences: lead, main, cancelled: calledOffWithoutNewDate(about.map((s) => texts[s]!), doc.language), session };
}
