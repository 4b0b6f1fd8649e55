// Renders article blocks as HTML for the record's contentHtml. Plain text is escaped here; the inline
// markup HTML and Markdown blocks carry was built by dom-blocks.ts from an allow-list, and the whole
// content then goes through the sanitiser (build-record.ts), the last gate for anything that could run.

import type { Block } from '../intake/blocks.ts';
import { escapeHtml, stripControlCharacters } from '../html-escape.ts';

export function renderContentHtml(blocks: Block[]): string {
  return blocks.map(renderBlock).join('\n');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${block.html ?? text(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${block.html ?? text(block.text)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item, i) => `<li>${block.itemsHtml?.[i] ?? text(item)}</li>`).join('')}</${tag}>`;
    }
  }
}

function text(value: string): string {
  return escapeHtml(stripControlCharacters(value));
}
