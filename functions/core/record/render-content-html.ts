// Renders article blocks as HTML for the record's contentHtml. Every text node is escaped here,
// so the content is safe by construction: no markup from the submission passes through.

import type { Block } from '../intake/blocks.ts';
import { escapeHtml, stripControlCharacters } from '../html-escape.ts';

export function renderContentHtml(blocks: Block[]): string {
  return blocks.map(renderBlock).join('\n');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${text(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${text(block.text)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${text(item)}</li>`).join('')}</${tag}>`;
    }
  }
}

function text(value: string): string {
  return escapeHtml(stripControlCharacters(value));
}
