// Kind step: what sort of contact the meeting is (MEETINGS.md): a telephone or video `call`, an official
// `visit`, a `multilateral` summit or session, or a `meeting` of named parties. Read from the frame's
// main sentence, then the headline, then the other frame sentences: the first that says wins.

import type { MeetingKind } from '../../record/record.ts';
import { lexicon } from '../lexicon/index.ts';
import type { Language } from '../model/document.ts';

/** The kind a single sentence states, or null when it says nothing about it. */
export function kindOfSentence(text: string, language: Language): MeetingKind | null {
  const lex = lexicon(language);
  if (lex.callKind.test(text.toLowerCase())) return 'call';
  // What the sides discussed says nothing more of the contact ("discussed trade and the upcoming summit"), up
  // to a clause of its own ("was discussed when X visited Y").
  const topic = lex.discussed.exec(text);
  let lower = text.toLowerCase();
  if (topic) {
    const rest = text.slice(topic.index);
    const clause = rest.split(/(?<=\s)/).findIndex((w) => lex.dates.subordinators.test(w.trim().toLowerCase()));
    lower = (text.slice(0, topic.index) + (clause >= 0 ? rest.split(/(?<=\s)/).slice(clause).join('') : '')).toLowerCase();
  }
  // A bilateral on the margins of a summit, at it, or where one is held, is a meeting, whatever the summit is;
  // many parties listed before the margins ("the leaders of A, B, C and D met on the margins of ...") meet
  // multilaterally.
  // The list is the subject, before the meeting word: commas after it set off a name's position or the venue
  // ("met X, Minister of Y, at the UN, on the margins of ...").
  const margins = lex.sidelines.exec(lower);
  const cue = lex.meetingCue.exec(lower);
  const subject = lower.slice(0, Math.min(margins?.index ?? 0, cue?.index ?? Number.POSITIVE_INFINITY));
  if (margins && (subject.match(/,/g) ?? []).length >= 3) return 'multilateral';
  if (margins) return lex.visitKind.test(lower) && !lex.multilateralKind.test(lower) ? 'visit' : 'meeting';
  if (lex.summitSetting.test(lower)) return 'meeting';
  if (lex.multilateralKind.test(lower)) return 'multilateral';
  if (lex.visitKind.test(lower)) return 'visit';
  return null;
}

/** The meeting's kind from its sentences, most telling first (main sentence, headline, the rest). */
export function meetingKind(texts: string[], language: Language): MeetingKind {
  for (const text of texts) {
    const kind = kindOfSentence(text, language);
    if (kind) return kind;
  }
  return 'meeting';
}
