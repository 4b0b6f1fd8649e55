// RFC 5005 archives are kept per month of first appearance, each month a chain of pages of bounded
// size (publish/archive-pages.ts). Here: a record's month and the address of a month's first page.

export function monthOf(isoDateTime: string): string {
  return isoDateTime.slice(0, 7);
}

export function archivePath(month: string, format: 'atom' | 'json'): string {
  return `feeds/archive/${month}.${format}`;
}
