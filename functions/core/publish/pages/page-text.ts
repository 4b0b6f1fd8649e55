// How record text enters a page: control characters stripped, then escaped for text or a double-quoted
// attribute; only http(s) URLs become links; `lang` only for a well-formed tag.

import { escapeHtml, stripControlCharacters } from '../../html-escape.ts';

export function clean(value: string): string {
  return stripControlCharacters(value);
}

/** Text content: control characters removed, then escaped. */
export function text(value: string): string {
  return escapeHtml(clean(value));
}

/** A double-quoted attribute value. */
export function attr(value: string): string {
  return escapeHtml(clean(value));
}

/** A well-formed language tag, or null ("und" says nothing, so it is left out). */
export function languageTag(language: string): string | null {
  return /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(language) && language !== 'und' ? language : null;
}

/** ` lang="…"` for a well-formed language tag, else nothing. */
export function langAttribute(language: string): string {
  const tag = languageTag(language);
  return tag ? ` lang="${tag}"` : '';
}

/** Only http(s) URLs become links: a `javascript:` or `data:` URL from a submission must never be clickable. */
export function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(clean(url));
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function hostOf(url: string): string {
  return new URL(url).hostname;
}
