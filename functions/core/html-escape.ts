// Escaping for text that goes into HTML or XML, and removal of characters XML 1.0 forbids.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/**
 * Removes C0/C1 control characters (except tab, newline, carriage return), lone surrogates and
 * U+FFFE/U+FFFF: they make an XML document ill-formed, and no reader wants them in a feed.
 */
export function stripControlCharacters(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

/**
 * Editor-supplied fields go into records and feeds as they are, so every string in them (at any depth) loses its
 * control characters and surrounding space before validation (a title of spaces is then rightly "too short").
 */
export function cleanEditorStrings(value: unknown): unknown {
  if (typeof value === 'string') return stripControlCharacters(value).trim();
  if (Array.isArray(value)) return value.map(cleanEditorStrings);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleanEditorStrings(item)]));
  return value;
}
