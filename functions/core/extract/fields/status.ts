// Status step: held / planned / cancelled from the tense of the frame sentence's verbs and cue words
// («состоялась», «пройдет», "will meet", "held talks", "cancelled").

import type { MeetingStatus } from '../../record.ts';
import { analyse } from '../knowledge/morphology.ts';
import type { AnalysedDocument } from '../model/document.ts';

const CANCELLED = /отмен[еиё]н|отложен|сорван|перенесен|перенесён|\bcancel|\bcalled off|\bpostponed|\bscrapped/i;
const PLANNED_RU = /\b(?:пройд[её]т|состоится|состоятся|планиру|намерен|запланирован|предстоящ|собира[ею]тся|ожидается|встретится|встретятся|проведут|проведет|проведёт|посетит|прибудет|обсудят)/i;
const PLANNED_EN = /\b(?:will|shall|to be held|is to|are to|due to|plans? to|planned|expected to|set to|scheduled|upcoming|next week|next month|later (?:on|today|this)|tomorrow)\b/i;
/** Talks going on at the time of writing ("продолжаются консультации", "talks are under way", "continued for a second day"). */
const ONGOING_RU = /(?:^|[^а-яё])(продолжа[юе]тся|продолжались|продолжилась|продолжились|идут|ид[её]т|проходят|проход[ия]т|в разгаре|возобновились|начались)(?:[^а-яё]|$)/iu;
const ONGOING_EN = /\b(under ?way|continu(?:e|es|ed|ing) (?:for|into|on|today|in)|are continuing|is continuing|ongoing|resumed|entered (?:a|its|their) (?:second|third|fourth|final) day|in (?:a|its|their) (?:second|third|fourth) day)\b/i;
/** A new date for a postponed meeting ("перенесена на пятницу", "postponed until May"). */
const RESCHEDULED = /(?:перенес[её]н[аоы]?|перенесли|отложен[аоы]?|отложили) (?:на|до) (?!неопредел)|\brescheduled\b|\bpostponed (?:until|till|to) (?!further)/i;
const HELD_EN = /\b(?:met|held|hosted|discussed|visited|talked|agreed|said after|has been|have been|were|was|began|opened)\b/i;

/** Status from the frame sentences (the first one decides when it is clear). */
export function meetingStatus(doc: AnalysedDocument, sentences: number[]): MeetingStatus {
  for (const s of sentences) {
    const tokens = doc.tokens.slice(...(doc.sentenceTokens[s] ?? [0, 0]));
    const text = tokens.map((t) => t.text).join(' ');
    if (RESCHEDULED.test(text)) return 'planned';
    if (CANCELLED.test(text)) return 'cancelled';
    if ((doc.language === 'ru' ? ONGOING_RU : ONGOING_EN).test(text.toLowerCase())) return 'held';
    if (doc.language === 'en') {
      if (PLANNED_EN.test(text)) return 'planned';
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
    if (PLANNED_RU.test(text) && past === 0) return 'planned';
    if (past > 0) return 'held';
    if (future > 0) return 'planned';
  }
  return 'held';
}
