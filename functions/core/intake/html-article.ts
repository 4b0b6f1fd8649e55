// Reads an article out of a web page: Mozilla's Readability (Firefox's Reader View) finds the main content
// over linkedom's DOM, dom-blocks.ts turns it into blocks, and page-metadata.ts reads the title, date,
// canonical URL and site name. Navigation, ads, scripts and styles stay behind.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { assertHtmlShape } from './html-shape.ts';
import { type Block, blocksToText } from './blocks.ts';
import { blocksFrom, type DomNode } from './dom-blocks.ts';
import { checkMetadata, metadataTagsOf, type PageMetadata } from './page-metadata.ts';

export interface HtmlArticle {
  /** The article's text, no markup: what extraction reads. */
  text: string;
  blocks: Block[];
  metadata: PageMetadata;
  warnings: string[];
}

/**
 * Readability's time grows faster than the page (it scores every ancestor of every paragraph, and tries up to
 * four times when it finds little): 10,000 elements nested 30 deep take it about 2 s, 70,000 take 11 s. Real
 * article pages have 1,000-5,000 elements a few dozen deep; past these limits the whole page's text is taken.
 */
const READABLE_ELEMENTS = 10_000;
const READABLE_DEPTH = 64;

export function readHtmlArticle(html: string): HtmlArticle {
  const shape = assertHtmlShape(html);
  const { document } = parseHTML(asDocument(html));
  const warnings: string[] = [];
  // Read before Readability runs: it takes the page apart as it goes.
  const tags = metadataTagsOf(document);
  let article: ReturnType<Readability<DomNode>['parse']> = null;
  if (shape.elements <= READABLE_ELEMENTS && shape.depth <= READABLE_DEPTH) {
    article = new Readability<DomNode>(document, { serializer: (node) => node as unknown as DomNode }).parse();
  } else {
    warnings.push(
      `The page is too large to find its main content (${shape.elements} elements, nested ${shape.depth} deep; ` +
        `we look for it in pages of up to ${READABLE_ELEMENTS} elements and ${READABLE_DEPTH} levels), so the text of the whole page was taken: ` +
        'check the record, or send the article text alone.',
    );
  }
  // Readability reads JSON-LD, then Open Graph and the other meta tags; the tags read here fill what it did not
  // find (or all of it, when it did not run), and give the canonical URL, which Readability does not read.
  const metadata = checkMetadata({
    title: [article?.title, ...(tags.title ?? [])],
    source: [article?.siteName, ...(tags.source ?? [])],
    publishedAt: [article?.publishedTime, ...(tags.publishedAt ?? [])],
    url: tags.url,
  });
  const root = article?.content ?? (document.body as unknown as DomNode | null);
  const blocks = root ? blocksFrom(root, { baseUrl: metadata.fields.url }) : [];
  return { text: blocksToText(blocks), blocks, metadata: metadata.fields, warnings: [...warnings, ...metadata.warnings] };
}

/** A fragment (`<p>…</p>`) is given the document around it that a browser would imply. */
function asDocument(html: string): string {
  return /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}
