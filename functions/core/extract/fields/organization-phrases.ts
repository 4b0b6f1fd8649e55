// Organisations step, bodies named by a phrase rather than an ORG mention: an English company after its
// descriptor ("US bank Wells Fargo") and the body whose session the frame reports («заседание российского
// правительства»). Asked by the organisations step (organizations.ts).

import { phraseToNominative } from '../knowledge/nominative.ts';
import { analyse } from '../knowledge/morphology.ts';
import { COMPANY_DESCRIPTORS_EN } from '../lexicon/en.ts';
import { ORG_HEADS_RU, SESSION_NOUNS_RU } from '../lexicon/ru.ts';
import type { AnalysedDocument } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';
import { takesPart } from './organization-taking-part.ts';

/** English companies named after a descriptor in the frame sentence ("US bank Wells Fargo", "banking group Barclays"). */
export function companiesNamed(doc: AnalysedDocument, s: number): string[] {
  if (doc.language !== 'en') return [];
  const out: string[] = [];
  const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
  for (let k = from; k + 1 < to; k++) {
    if (!COMPANY_DESCRIPTORS_EN.has(doc.tokens[k]!.text.toLowerCase())) continue;
    let end = k + 1;
    while (end < to && end - k <= 3 && doc.tokens[end]!.kind === 'lat' && doc.tokens[end]!.cap && (!doc.mentionAt[end] || doc.mentionAt[end]!.type !== 'LOC')) end++;
    if (end === k + 1) continue;
    const probe: Mention = { type: 'ORG', start: doc.tokens[k + 1]!.start, end: doc.tokens[end - 1]!.end, first: k + 1, last: end };
    if (takesPart(doc, probe)) out.push(doc.text.slice(probe.start, probe.end));
  }
  return out;
}

/** "заседание российского правительства" -> "российское правительство": the body whose session it is, unless a
 *  named organisation follows it (then that organisation is the frame's). */
export function sessionBodies(doc: AnalysedDocument, sentences: number[]): string[] {
  if (doc.language !== 'ru') return [];
  const out: string[] = [];
  for (const s of sentences) {
    const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
    for (let k = from; k < to; k++) {
      const t = doc.tokens[k]!;
      if (t.kind !== 'cyr' || !analyse(t.text).parses.some((p) => p.pos === 'NOUN' && SESSION_NOUNS_RU.has(p.lemma))) continue;
      let head = k + 1;
      while (head < to && doc.tokens[head]!.kind === 'cyr' && !doc.mentionAt[head] && analyse(doc.tokens[head]!.text).parses.some((p) => p.pos === 'ADJF' && p.case === 'gent' && p.known)) head++;
      if (head >= to || doc.mentionAt[head]) continue;
      const headParse = analyse(doc.tokens[head]!.text).parses.find((p) => p.pos === 'NOUN' && p.case === 'gent' && ORG_HEADS_RU.has(p.lemma));
      if (!headParse) continue;
      let end = head + 1;
      while (end < to && end - head <= 3 && doc.tokens[end]!.kind === 'cyr' && analyse(doc.tokens[end]!.text).parses.some((p) => p.pos === 'NOUN' && p.case === 'gent')) end++;
      // «заседание совета директоров «Роснефти»», «президентского совета ФИДЕ»: the named body stands for its organ.
      if (doc.mentions.some((x) => x.type === 'ORG' && x.first > head && x.first <= end) || /^[«"„“]$/.test(doc.tokens[end]?.text ?? '')) continue;
      const words = doc.tokens.slice(k + 1, end).map((x) => x.text);
      out.push(phraseToNominative(words, head - k - 1).join(' '));
      break;
    }
    if (out.length > 0) break;
  }
  return out;
}
