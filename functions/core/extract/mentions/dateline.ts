// A wire dateline ("LONDON (Reuters) -", "OSAKA, Japan -", «АСТАНА, 3 марта. /Казинформ/ –») names where the
// item was filed and who filed it: the words of the place are no organisation, only the agency is.

import { type AnalysedDocument, setMentions } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';
import { dateline } from '../text/dateline.ts';

export function dropDatelineOrganizations(doc: AnalysedDocument): void {
  const line = dateline(doc.text);
  if (!line) return;
  const inside = (m: Mention) => m.type === 'ORG' && m.start >= line.start && m.end <= line.end && !(line.agency && m.start === line.agencyStart);
  if (!doc.mentions.some(inside)) return;
  setMentions(doc, doc.mentions.filter((m) => !inside(m)));
}
