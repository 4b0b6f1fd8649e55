// Datelines: the place (and agency) a wire item was filed from, at the head of its first lines.

/** A wire dateline at the head of a line in the first lines: "LONDON (Reuters) -", "OSAKA, Japan (AP) —",
 *  "PARIS, March 3 (AFP) -", "SEATTLE -". */
const DATELINE = /^([A-Z][A-Z.'\- ]{1,30}[A-Z.](?:,[ \t]+[A-Z][\p{L}\p{N}.' ]{1,30}){0,2})[ \t]*(?:\(([A-Z][\p{L}&. ]{0,30})\))?[ \t]*(?:[-–—]{1,2})[ \t]/mu;

export interface Dateline {
  start: number;
  end: number;
  /** The agency in brackets, if any ("Reuters"). */
  agency: string | null;
  agencyStart: number;
}

/** The dateline of the text, looked for in its first three lines. */
export function dateline(text: string): Dateline | null {
  const head = text.split('\n').slice(0, 3).join('\n');
  const m = DATELINE.exec(head);
  if (!m) return null;
  const agency = m[2]?.trim() || null;
  return { start: m.index, end: m.index + m[0].length, agency, agencyStart: agency ? m.index + m[0].indexOf(`(${m[2]}`) + 1 : -1 };
}
