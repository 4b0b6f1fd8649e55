// Status step: held / planned / cancelled from the tense of the frame sentence's verbs and cue words
// («состоялась», «пройдет», "will meet", "held talks", "cancelled"). The tense is read on the meeting's own
// clause: asides (", as US forces resumed patrols", «, когда ...») are cut first, and speech verbs
// («заявил», "said") say when something was said, not when the meeting is.

import type { MeetingStatus } from '../../record/record.ts';
import { analyse } from '../knowledge/morphology.ts';
import { HELD_EN } from '../lexicon/en.ts';
import { lexicon } from '../lexicon/index.ts';
import type { AnalysedDocument } from '../model/document.ts';

const CANCELLED = /отмен[еиё]н|отложен|сорван|перенесен|перенесён|\bcancel|\bcalled off|\bpostponed|\bscrapped/i;
/** A new date for a postponed meeting ("перенесена на пятницу", "postponed until May"). */
const RESCHEDULED = /(?:перенес[её]н[аоы]?|перенесли|отложен[аоы]?|отложили) (?:на|до) (?!неопредел)|\brescheduled\b|\bpostponed (?:until|till|to) (?!further)/i;

/** Status from the frame sentences (the first one decides when it is clear). */
export function meetingStatus(doc: AnalysedDocument, sentences: number[]): MeetingStatus {
  const lx = lexicon(doc.language);
  const plannedWords = new RegExp(lx.planned.source, `${lx.planned.flags.replace('g', '')}g`);
  const clauses = sentences.map((s) => {
    const tokens = doc.tokens.slice(...(doc.sentenceTokens[s] ?? [0, 0]));
    const text = tokens.map((t) => t.text).join(' ');
    return { text, clause: text.replace(lx.aside, ' ') };
  });
  // A visit under way ("is presently on an official visit", «находится с визитом») is held, even when
  // later parts of its programme are still scheduled.
  if (clauses.some(({ text }) => !CANCELLED.test(text) && lx.visitUnderway.test(text.toLowerCase()))) return 'held';
  for (const { text, clause } of clauses) {
    if (RESCHEDULED.test(text)) return 'planned';
    if (CANCELLED.test(text)) return 'cancelled';
    if (lx.ongoing.test(clause.toLowerCase())) return 'held';
    if (doc.language === 'en') {
      if (lx.planned.test(clause)) return 'planned';
      if (HELD_EN.test(clause)) return 'held';
      continue;
    }
    let past = 0;
    let future = 0;
    // Planning words are future cues whatever their form («запланирована», «намечен»).
    const planning = new Set([...clause.matchAll(plannedWords)].map((m) => m[0].trim().split(' ')[0]!.toLowerCase()));
    future += planning.size;
    for (const word of clause.split(' ')) {
      if (planning.has(word.toLowerCase()) || !/^[а-яё-]+$/i.test(word)) continue;
      if (lx.speechVerb.test(word.toLowerCase())) continue;
      // The likeliest reading only: "дел" in «министр иностранных дел» is a noun, not a past verb.
      const top = analyse(word).parses[0];
      if (!top || (top.pos !== 'VERB' && top.pos !== 'PRTS')) continue;
      const form = top.verbForm.split(',');
      if (form.includes('past')) past++;
      else if (form.includes('futr') || (form.includes('perf') && form.includes('pres'))) future++;
    }
    if (lx.planned.test(clause) && past === 0) return 'planned';
    if (past > 0) return 'held';
    if (future > 0) return 'planned';
  }
  return 'held';
}
