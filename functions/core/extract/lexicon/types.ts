// The shape every language's lexicon has: the cue patterns and word lists the field steps (fields/) read,
// so that those steps are written once for all languages. Patterns are matched on lower-case sentence text
// unless their comment says otherwise. A new language adds one lexicon of this shape (and its mention rules).

export interface Lexicon {
  /** Abbreviations after which a full stop ends no sentence (lower case, without the dot). */
  abbreviations: ReadonlySet<string>;
  // -- the meeting frame (fields/frame.ts)
  /** Words that report a meeting; weak ones need a person in the sentence. */
  meetingCue: RegExp;
  /** Cues that name a meeting event by themselves. */
  strongCue: RegExp;
  /** Meeting words in phrases that report no meeting ("met the demands", «встреча с избирателями»). */
  notMeeting: RegExp;
  /** Habitual get-togethers («встречаются по средам»), matched on the original text. */
  habitual: RegExp | null;
}
