// Splits article text into blocks (headings, paragraphs, lists) so the published content keeps the
// article's structure. Plain text has no markup, so headings and lists are recognised by shape;
// HTML and Markdown arrive as blocks already (dom-blocks.ts), and their text is made from them here.

import type { SubmissionFormat } from './content-type.ts';

/**
 * `text` is plain (what extraction reads); `html`, when present, is the same content with the inline markup
 * the source had (emphasis, links), rendered in its place and sanitised with the rest of the content.
 */
export type Block =
  | { kind: 'heading'; level: 2 | 3 | 4; text: string; html?: string }
  | { kind: 'paragraph'; text: string; html?: string }
  | { kind: 'list'; ordered: boolean; items: string[]; itemsHtml?: string[] };

/**
 * The article text extraction reads, made from blocks: one block a paragraph, a list item a line with the
 * marker plain text uses. So the text has no markup, and parseBlocks(text, 'text') reads the same structure.
 */
export function blocksToText(blocks: Block[]): string {
  return blocks
    .map((block) => (block.kind === 'list' ? block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${item}`).join('\n') : block.text))
    .join('\n\n');
}

type Line =
  | { kind: 'blank' }
  | { kind: 'item'; ordered: boolean; text: string }
  | { kind: 'heading'; level: 2 | 3 | 4; text: string }
  | { kind: 'text'; text: string };

const BULLET = /^\s*[-*•–—+]\s+(.*)$/u;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/u;
const MARKDOWN_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/u;
/** A line that ends a sentence (or introduces a list); a plain-text heading never does. */
const ENDS_SENTENCE = /[.!?…:;,»"”)\]]$/u;

export function parseBlocks(text: string, format: SubmissionFormat): Block[] {
  const lines = text.split(/\r\n|\r|\n/).map((raw) => classify(raw, format));
  if (format !== 'markdown') markPlainHeadings(lines);
  return group(lines, format);
}

function classify(raw: string, format: SubmissionFormat): Line {
  const line = raw.trim();
  if (!line) return { kind: 'blank' };
  if (format === 'markdown') {
    const heading = MARKDOWN_HEADING.exec(raw);
    if (heading) {
      const hashes = heading[1]?.length ?? 1;
      return { kind: 'heading', level: hashes <= 2 ? 2 : hashes === 3 ? 3 : 4, text: heading[2] ?? '' };
    }
  }
  const bullet = BULLET.exec(raw);
  if (bullet?.[1]) return { kind: 'item', ordered: false, text: bullet[1].trim() };
  const numbered = NUMBERED.exec(raw);
  if (numbered?.[1]) return { kind: 'item', ordered: true, text: numbered[1].trim() };
  return { kind: 'text', text: line };
}

/**
 * A plain-text line is a heading when it is short, starts with a capital, does not end a sentence,
 * and is followed by more text: the shape sub-headings have in news copy pasted without markup.
 */
function markPlainHeadings(lines: Line[]): void {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (line?.kind !== 'text' || !looksLikeHeading(line.text)) continue;
    const next = lines.slice(i + 1).find((l) => l.kind !== 'blank');
    if (!next || next.kind === 'heading') continue;
    // A next line that carries on in lower case continues this sentence: the line was hard-wrapped.
    const following = lines[i + 1];
    if (following?.kind === 'text' && /^\p{Ll}/u.test(following.text)) continue;
    const previous = lines[i - 1];
    const startsBlock = previous?.kind !== 'text' || ENDS_SENTENCE.test(previous.text);
    if (startsBlock) lines[i] = { kind: 'heading', level: 2, text: line.text };
  }
}

function looksLikeHeading(text: string): boolean {
  if (text.length > 100 || ENDS_SENTENCE.test(text)) return false;
  if (!/^[\p{Lu}\d«"]/u.test(text)) return false;
  return text.split(/\s+/).length <= 12;
}

function group(lines: Line[], format: SubmissionFormat): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flushParagraph = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const line of lines) {
    switch (line.kind) {
      case 'blank':
        flushParagraph();
        break;
      case 'heading':
        flushParagraph();
        blocks.push({ kind: 'heading', level: line.level, text: line.text });
        break;
      case 'item': {
        flushParagraph();
        const last = blocks.at(-1);
        if (last?.kind === 'list' && last.ordered === line.ordered) last.items.push(line.text);
        else blocks.push({ kind: 'list', ordered: line.ordered, items: [line.text] });
        break;
      }
      case 'text': {
        // Markdown joins the lines of a paragraph; plain text does so only for hard-wrapped lines.
        const previous = paragraph.at(-1);
        if (previous !== undefined && format !== 'markdown' && ENDS_SENTENCE.test(previous)) flushParagraph();
        paragraph.push(line.text);
        break;
      }
    }
  }
  flushParagraph();
  return blocks;
}
