// A bound on a page's (or rendered Markdown's) HTML before a DOM is built from it: one linear pass of
// htmlparser2's streaming parser. Imported by the HTML and Markdown readers, which are loaded only for
// submissions that need them, so the parser stays out of a plain-text submission's path.

import { Parser as HtmlParser } from 'htmlparser2';
import { ClientError } from '../errors.ts';
import { MAX_HTML_DEPTH } from './limits.ts';

export interface HtmlShape {
  /** How deep elements nest, as the HTML parser closes them (a `<p>` ends the `<p>` before it). */
  depth: number;
  elements: number;
}

/**
 * Measures an HTML page with htmlparser2's streaming parser (linear, no tree) and refuses one whose elements
 * nest deeper than MAX_HTML_DEPTH: building a DOM for it costs time that grows with the square of the depth
 * (1 MiB of unclosed `<div>`s takes linkedom 40 s), and no real page comes near the limit.
 */
export function assertHtmlShape(html: string): HtmlShape {
  const shape: HtmlShape = { depth: 0, elements: 0 };
  let depth = 0;
  const parser = new HtmlParser({
    onopentag: () => {
      shape.elements += 1;
      depth += 1;
      if (depth > shape.depth) shape.depth = depth;
      if (depth > MAX_HTML_DEPTH) {
        throw new ClientError(
          'invalid_field',
          `The page nests its elements more than ${MAX_HTML_DEPTH} levels deep (at character ${parser.startIndex}); real pages nest a few dozen. ` +
            'Send the article as text/plain or text/markdown, or a simpler page.',
        );
      }
    },
    onclosetag: () => {
      depth -= 1;
    },
  });
  parser.end(html);
  return shape;
}
