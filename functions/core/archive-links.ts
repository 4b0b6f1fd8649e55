// RFC 5005 archives: one page per month of first appearance, linked prev-archive / next-archive /
// current, and complete (fh:archive) once the month is over. Pure: the months and "now" in, links out.

export interface ArchiveLinks {
  prev: string | null;
  next: string | null;
  complete: boolean;
}

export function monthOf(isoDateTime: string): string {
  return isoDateTime.slice(0, 7);
}

export function archivePath(month: string, format: 'atom' | 'json'): string {
  return `feeds/archive/${month}.${format}`;
}

/** The links every month page should carry, given all months that hold meetings. */
export function archiveLinks(months: Iterable<string>, currentMonth: string): Map<string, ArchiveLinks> {
  const sorted = [...new Set(months)].sort();
  return new Map(
    sorted.map((month, index) => [
      month,
      { prev: sorted[index - 1] ?? null, next: sorted[index + 1] ?? null, complete: month < currentMonth },
    ]),
  );
}

/** A compact form stored after rendering: a page is rewritten when its links or completeness change. */
export function linkState(links: ArchiveLinks): string {
  return `${links.prev ?? '-'}|${links.next ?? '-'}|${links.complete ? 'complete' : 'open'}`;
}
