// Meeting frame step: the sentences that report a meeting ("встреча X с Y", "X провёл переговоры с Y",
// "X met Y", "talks between X and Y", visits, sessions) and the one the participants are read from.

import { calledOffWithoutNewDate, isBackground, notAnEvent } from './not-an-event.ts';
import { excludedPerson } from './participants.ts';
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
}

export function findFrame(doc: AnalysedDocument, texts: string[]): Frame | null {
  const { meetingCue: cue, strongCue: strong, notMeeting: negative, habitual } = lexicon(doc.language);
  // Not cues: a game, a denied meeting, a guess (meeting-context.ts), and past the headline and lead a
  // meeting recalled as background ("в прошлом году они встречались", "had met years ago").
  const isCue = (s: number) => {
    const lower = texts[s]!.toLowerCase();
    if (!cue.test(lower) || negative.test(lower) || (habitual?.test(texts[s]!) ?? false)) return false;
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
      if (isCue(s) && isStrong(s) && perCount(s) >= 2) return { sentences: [s], main: s, cancelled: false };
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
  return { sentences: lead, main, cancelled: calledOffWithoutNewDate(about.map((s) => texts[s]!), doc.language) };
}
