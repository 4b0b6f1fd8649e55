// Sanitises article HTML before it reaches a feed or a page: an allow-list for article content,
// enforced by the maintained `sanitize-html` (htmlparser2 underneath). Pure: HTML in, HTML out.

import sanitizeHtml from 'sanitize-html';
import { stripControlCharacters } from '../html-escape.ts';

/** Block and inline markup an article needs; nothing that runs, embeds, styles or submits. */
const ALLOWED_TAGS = ['p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'a', 'blockquote', 'br', 'code', 'pre'];
/** Absolute links only: content travels in feeds, far from any base URL a relative link could use. */
const SAFE_HREF = /^(https?:\/\/|mailto:)/i;
const LINK_REL = 'nofollow noopener';
/** Elements whose text is dropped with them (scripts, styles, embedded documents), not kept as text. */
const DROPPED_WITH_CONTENT = ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'noembed', 'noframes', 'template', 'svg', 'math', 'title', 'head', 'select', 'xmp'];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: DROPPED_WITH_CONTENT,
  parseStyleAttributes: false,
  transformTags: {
    // Our own check before sanitize-html's scheme check: the value is decoded by now
    // (`jav&#x09;ascript:` is `jav\tascript:`), and browsers ignore tabs, newlines and
    // surrounding controls or spaces in URLs, so we do too before looking at the scheme.
    a: (_tagName, attribs) => {
      const href = (attribs.href ?? '').replace(/[\u0000-\u001F\u007F]/g, '').trim();
      return { tagName: 'a', attribs: { ...(SAFE_HREF.test(href) ? { href } : {}), rel: LINK_REL } };
    },
  },
};

/** Keeps the allowed markup, drops everything else (and the text of scripts, styles, embeds). */
export function sanitiseHtml(html: string): string {
  // Before: the parser sees what a reader would. After: entities such as `&#7;` decode to
  // characters XML 1.0 forbids, which sanitize-html writes back out as characters.
  return stripControlCharacters(sanitizeHtml(stripControlCharacters(html), OPTIONS));
}
