// Limits that the API promises (DESIGN.md §3) and every stage enforces the same way.

export const MAX_ARTICLE_BYTES = 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** Arrays and objects nested deeper than this are refused before parsing (a submission needs 6 at most). */
export const MAX_NESTING_DEPTH = 32;

/** HTML elements nested deeper than this are refused before a DOM is built (real pages nest a few dozen). */
export const MAX_HTML_DEPTH = 256;

/** Front matter is a few fields; more than this is not front matter an editor wrote. */
export const MAX_FRONT_MATTER_BYTES = 64 * 1024;

/**
 * The compressed size of an article's text (as escaped HTML) and its fields that intake accepts: what fits,
 * with room to spare, in the one DynamoDB item (400 KB) its record is stored in (docs/decisions.md).
 */
export const MAX_STORED_ARTICLE_BYTES = 256 * 1024;

/**
 * The link and fields an editor sends with a link are kept in the raw object's S3 metadata (2 KB in all,
 * URL-encoded): this much, leaving room for the other metadata.
 */
export const MAX_LINK_FIELDS_BYTES = 1536;
