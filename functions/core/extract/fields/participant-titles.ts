// Participants step, a subject named by its position alone ("The Secretary-General met ...", «Президент провел
// переговоры ...»): the one person the text names with that position. Asked by the choice of participants
// (participants.ts).

import { lexicon } from '../lexicon/index.ts';
import { roleOf } from '../mentions/roles.ts';
import type { AnalysedDocument } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';
import { excludedPerson } from './participant-exclusions.ts';

/**
 * The meeting's subject named by a position alone ("The Secretary-General met jointly with ...", «Президент
 * провел переговоры с ...») stands for the one person the text names with that position elsewhere
 * ("António Guterres, Secretary-General"); nobody when two people hold it.
 */
export function titledSubject(doc: AnalysedDocument, s: number): Mention[] {
  const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    const lower = t.text.toLowerCase();
    if (lexicon(doc.language).cueWord.test(lower)) break;
    if (doc.mentionAt[k] || t.kind === 'punct' || t.kind === 'num' || words.length >= 5) return [];
    if (!(words.length === 0 && lower === 'the')) words.push(lower);
  }
  if (words.length === 0) return [];
  const title = words.join(' ');
  const holders = new Map<string, Mention>();
  for (const { m, role } of peopleRoles(doc)) {
    if (doc.tokens[m.first]!.sentence === s) continue;
    if (!(role === title || role.startsWith(`${title} `) || role.endsWith(` ${title}`))) continue;
    const surname = doc.tokens[m.last - 1]!.text.toLowerCase().slice(0, 5);
    if (!holders.has(surname)) holders.set(surname, m);
  }
  return holders.size === 1 ? [...holders.values()] : [];
}

const rolesCache = new WeakMap<AnalysedDocument, Array<{ m: Mention; role: string }>>();
/** The people of the text that may take part, with their positions in lower case (read once per text). */
function peopleRoles(doc: AnalysedDocument): Array<{ m: Mention; role: string }> {
  let hit = rolesCache.get(doc);
  if (!hit) {
    hit = [];
    for (const m of doc.mentions) {
      if (m.type !== 'PER' || excludedPerson(doc, m)) continue;
      const role = roleOf(doc, m).role?.toLowerCase();
      if (role) hit.push({ m, role });
    }
    rolesCache.set(doc, hit);
  }
  return hit;
}

