// Turns a parsed HTML tree (a page's main content, or rendered Markdown) into article blocks: headings,
// paragraphs and lists, each with its plain text and its inline markup. Only an allow-list of inline
// elements is written back out (emphasis, code, links with an absolute http(s) or mailto address, line
// breaks); scripts, styles, embeds, forms and page furniture are dropped with their text, and every
// other element gives up its text alone. The sanitiser still checks the result (build-record.ts).

import { escapeHtml } from '../html-escape.ts';
import type { Block } from './blocks.ts';

/** The little of the DOM this walk reads: linkedom's nodes have it, and so would any other DOM. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
  getAttribute?(name: string): string | null;
}

const ELEMENT = 1;
const TEXT = 3;

const HEADING_LEVEL: Record<string, 2 | 3 | 4> = { H1: 2, H2: 2, H3: 3, H4: 4, H5: 4, H6: 4 };
/** Elements whose text is no part of the article: dropped with everything inside them. */
const DROPPED = new Set([
  ...['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'BASE'],
  ...['IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', 'IMG', 'PICTURE', 'MAP'],
  ...['FORM', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA', 'LABEL', 'DIALOG', 'NAV', 'ASIDE', 'FOOTER'],
]);
/** Inline elements kept as markup, under the names the sanitiser allows. */
const KEPT_INLINE: Record<string, string> = { STRONG: 'strong', B: 'strong', EM: 'em', I: 'em', CODE: 'code' };
/** Elements that end the paragraph before them; their own inline content becomes paragraphs. */
const CONTAINERS = new Set([
  ...['HTML', 'BODY', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'HGROUP', 'ADDRESS', 'CENTER', 'FIGURE', 'FIGCAPTION'],
  ...['BLOCKQUOTE', 'DETAILS', 'SUMMARY', 'FIELDSET', 'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'DL', 'DT', 'DD', 'LI'],
]);
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

export interface BlockOptions {
  /** Where the page lives: relative links are resolved against it (without it, they keep their text only). */
  baseUrl?: string;
}

export function blocksFrom(root: DomNode, options: BlockOptions = {}): Block[] {
  const blocks: Block[] = [];
  let run = new InlineRun(options.baseUrl);
  const flush = () => {
    const inline = run.take();
    if (inline) blocks.push({ kind: 'paragraph', ...inline });
    run = new InlineRun(options.baseUrl);
  };
  const visit = (node: DomNode): void => {
    if (node.nodeType === TEXT) {
      run.addText(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const name = node.nodeName.toUpperCase();
    if (DROPPED.has(name)) return;
    const level = HEADING_LEVEL[name];
    if (level || name === 'P' || name === 'PRE') {
      flush();
      const inline = inlineOf(node, options.baseUrl);
      if (inline) blocks.push(level ? { kind: 'heading', level, ...inline } : { kind: 'paragraph', ...inline });
    } else if (name === 'UL' || name === 'OL') {
      flush();
      const list = listOf(node, name === 'OL', options.baseUrl);
      if (list) blocks.push(list);
    } else if (name === 'BR') {
      // Two line breaks in a row are how pages without <p> separate paragraphs.
      if (run.endsWithBreak()) flush();
      else run.addBreak();
    } else if (name === 'HR') {
      flush();
    } else if (CONTAINERS.has(name)) {
      flush();
      for (const child of Array.from(node.childNodes)) visit(child);
      flush();
    } else {
      run.addInline(node);
    }
  };
  visit(root);
  flush();
  return blocks;
}

function inlineOf(node: DomNode, baseUrl: string | undefined): { text: string; html?: string } | null {
  const run = new InlineRun(baseUrl);
  for (const child of Array.from(node.childNodes)) run.addInline(child);
  return run.take();
}

/** A list's items, each with its inline content; a nested list's items follow their parent's, one level. */
function listOf(list: DomNode, ordered: boolean, baseUrl: string | undefined): Block | null {
  const items: string[] = [];
  const itemsHtml: string[] = [];
  const addItems = (node: DomNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType !== ELEMENT) continue;
      const nested: DomNode[] = [];
      const run = new InlineRun(baseUrl);
      for (const part of child.nodeName.toUpperCase() === 'LI' ? Array.from(child.childNodes) : [child]) {
        const name = part.nodeName.toUpperCase();
        if (part.nodeType === ELEMENT && (name === 'UL' || name === 'OL')) nested.push(part);
        else run.addInline(part);
      }
      const item = run.take();
      if (item) {
        items.push(item.text);
        itemsHtml.push(item.html ?? escapeHtml(item.text));
      }
      for (const inner of nested) addItems(inner);
    }
  };
  addItems(list);
  if (items.length === 0) return null;
  const marked = itemsHtml.some((html, i) => html !== escapeHtml(items[i]!));
  return { kind: 'list', ordered, items, ...(marked ? { itemsHtml } : {}) };
}

/** The text and markup of one paragraph, heading or list item as it is read, whitespace collapsed as a browser would. */
class InlineRun {
  private text = '';
  private html = '';

  constructor(private readonly baseUrl: string | undefined) {}

  addText(value: string): void {
    let collapsed = value.replace(/[ \t\n\r\f]+/g, ' ');
    if (collapsed.startsWith(' ') && (this.text === '' || /[ \n]$/.test(this.text))) collapsed = collapsed.slice(1);
    this.text += collapsed;
    this.html += escapeHtml(collapsed);
  }

  addBreak(): void {
    this.text = `${this.text.trimEnd()}\n`;
    this.html += '<br>';
  }

  endsWithBreak(): boolean {
    return this.text.endsWith('\n');
  }

  addInline(node: DomNode): void {
    if (node.nodeType === TEXT) {
      this.addText(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const name = node.nodeName.toUpperCase();
    if (DROPPED.has(name)) return;
    if (name === 'BR') {
      this.addBreak();
      return;
    }
    const tag = KEPT_INLINE[name];
    const href = name === 'A' ? absoluteLink(node.getAttribute?.('href'), this.baseUrl) : undefined;
    // A block inside an inline context (a <p> in an <li>) still separates words.
    const block = !tag && name !== 'A' && (CONTAINERS.has(name) || name === 'P' || name in HEADING_LEVEL);
    if (block) this.addText(' ');
    if (tag) this.html += `<${tag}>`;
    if (href) this.html += `<a href="${escapeHtml(href)}">`;
    for (const child of Array.from(node.childNodes)) this.addInline(child);
    if (href) this.html += '</a>';
    if (tag) this.html += `</${tag}>`;
    if (block) this.addText(' ');
  }

  /** The text and markup so far, or null when there is no text; `html` only when it holds markup. */
  take(): { text: string; html?: string } | null {
    const text = this.text.replace(/ *\n */g, '\n').trim();
    if (!text) return null;
    const html = this.html.trim();
    return html === escapeHtml(text) ? { text } : { text, html };
  }
}

function absoluteLink(href: string | null | undefined, baseUrl: string | undefined): string | undefined {
  if (!href?.trim()) return undefined;
  try {
    const url = new URL(href.trim(), baseUrl);
    return LINK_SCHEMES.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
