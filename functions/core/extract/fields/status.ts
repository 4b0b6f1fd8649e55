// Status step: held / planned / cancelled from the tense of the frame sentence's verbs and cue words
// («состоялась», «пройдет», "will meet", "held talks", "cancelled").

import type { MeetingStatus } from '../../record.ts';
import { analyse } from '../knowledge/morphology.ts';
import { HELD_EN } from '../lexicon/en.ts';
import { lexicon } from '../lexicon/index.ts';
import type { AnalysedDocument } from '../model/document.ts';

const CANCELLED = /отмен[еиё]н|отложен|сорван|перенесен|перенесён|\bcancel|\bcalled off|\bpostponed|\bscrapped/i;
/** A new date for a postponed meeting ("перенесена на пятницу", "postponed until May"). */
const RESCHEDULED = /(?:перенес[её]н[аоы]?|перенесли|отложен[аоы]?|отложили) (?:на|до) (?!неопредел)|\brescheduled\b|\bpostponed (?:until|till|to) (?!further)/i;

/** Status from the frame sentences (the first one decides when it is clear). */
export function meetingStatus(doc: AnalysedDocument, sentences: number[]): MeetingStatus {
  for (const s of sentences) {
    const tokens = doc.tokens.slice(...(doc.sentenceTokens[s] ?? [0, 0]));
    const text = tokens.map((t) => t.text).join(' ');
    if (RESCHEDULED.test(text)) return 'planned';
    if (CANCELLED.test(text)) return 'cancelled';
    if (lexicon(doc.language).ongoing.test(text.toLowerCase())) return 'held';
    if (doc.language === 'en') {
      if (lexicon(doc.language).planned.test(text)) return 'planned';
      if (HELD_EN.test(text)) return 'held';
      continue;
    }
    let past = 0;
    let future = 0;
    for (const t of tokens) {
      if (t.kind !== 'cyr') continue;
      const verbs = analyse(t.text).parses.filter((p) => p.pos === 'VERB' || p.pos === 'PRTS');
      const top = verbs[0];
      if (!top) continue;
      const form = top.verbForm.split(',');
      if (form.includes('past')) past++;
      else if (form.includes('futr') || (form.includes('perf') && form.includes('pres'))) future++;
    }
    if (lexicon(doc.language).planned.test(text) && past === 0) return 'planned';
    if (past > 0) return 'held';
    if (future > 0) return 'planned';
  }
  return 'held';
}
