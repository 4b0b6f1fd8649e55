// Markdown to article blocks: markdown-it renders it (CommonMark, with tables and strikethrough), and the
// rendered HTML is read like a page's content (dom-blocks.ts), so emphasis, links, lists and headings
// survive and the text extraction reads has no markup. docs/decisions.md says why markdown-it.

import { parseHTML } from 'linkedom';
import MarkdownIt from 'markdown-it';
import { assertHtmlShape } from './html-shape.ts';
import { type Block, blocksToText } from './blocks.ts';
import { blocksFrom, type DomNode } from './dom-blocks.ts';

// Raw HTML in Markdown is part of CommonMark; dom-blocks.ts keeps only its allowed inline markup and text.
// maxNesting (markdown-it's default) caps nested quotes and lists, where a recursive renderer would overflow.
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false, maxNesting: 100 });

export function renderMarkdown(source: string): { text: string; blocks: Block[] } {
  const html = markdown.render(source);
  // Raw HTML in the Markdown can nest as deep as it likes; the same bound as a page's applies.
  assertHtmlShape(html);
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  const blocks = blocksFrom(document.body as unknown as DomNode);
  return { text: blocksToText(blocks), blocks };
}
