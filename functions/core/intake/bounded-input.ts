// Checks that refuse hostile structure before a parser or a recursive walk meets it: nesting deeper than
// any submission needs, and records too large to store. Each check is linear in its input and allocates next
// to nothing, so a bomb costs no more than its bytes. The checks that need a parser's library live beside the
// code that loads it: YAML aliases and depth in front-matter.ts, a page's depth in html-shape.ts.

import { gzipSync } from 'node:zlib';
import { ClientError } from '../errors.ts';
import { escapeHtml } from '../html-escape.ts';
import { renderContentHtml } from '../record/render-content-html.ts';
import type { Block } from './blocks.ts';
import { formatBytes, MAX_NESTING_DEPTH, MAX_STORED_ARTICLE_BYTES } from './limits.ts';

/** Said with every depth refusal: body, meeting, participants, a participant, mentions, a mention. */
export const DEPTH_HINT = `The deepest documented field, meeting.participants[].mentions[], needs 6 levels; send the fields as docs/openapi.yaml describes them.`;

/**
 * Refuses JSON whose arrays and objects nest deeper than MAX_NESTING_DEPTH, by counting brackets outside
 * strings: no parse, no recursion. Malformed JSON passes through, for JSON.parse to report precisely.
 */
export function assertJsonDepth(source: string): void {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index);
    if (inString) {
      if (code === 0x5c /* \ */) index++;
      else if (code === 0x22 /* " */) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b /* [ */ || code === 0x7b /* { */) {
      if (++depth > MAX_NESTING_DEPTH) throw new ClientError('invalid_json', `The JSON body nests deeper than ${MAX_NESTING_DEPTH} levels. ${DEPTH_HINT}`);
    } else if (code === 0x5d /* ] */ || code === 0x7d /* } */) depth--;
  }
}

/** The same limit on a parsed value, walked with an explicit stack (never the call stack). */
export function assertValueDepth(value: unknown, what: string): void {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (!item || typeof item !== 'object') continue;
    if (depth + 1 > MAX_NESTING_DEPTH) throw new ClientError('invalid_field', `The ${what} nests deeper than ${MAX_NESTING_DEPTH} levels. ${DEPTH_HINT}`);
    for (const child of Object.values(item)) if (child && typeof child === 'object') stack.push([child, depth + 1]);
  }
}

/**
 * A meeting record is stored gzipped in one DynamoDB item (400 KB at most; functions/aws/dynamodb/meeting-items.ts).
 * What makes a record large is what the editor sent: the article (stored as escaped HTML) and the fields.
 * Their compressed size is measured here, at intake, so that an article that could not be stored is
 * refused with 413 now instead of being accepted and failing later. The budget leaves room for the
 * record's markup and the extracted fields (docs/decisions.md, "Whatever is accepted can be stored").
 */
export function assertStorable(submission: { format: string; text: string; blocks?: Block[]; warnings?: string[] }): void {
  const { format: _format, text, blocks, warnings: _warnings, ...fields } = submission;
  // A page or Markdown keeps its links and emphasis: then the content is its blocks' markup, not the text.
  const content = blocks ? renderContentHtml(blocks) : escapeHtml(text);
  const size = gzipSync(content).byteLength + (Object.keys(fields).length ? gzipSync(JSON.stringify(fields)).byteLength : 0);
  if (size > MAX_STORED_ARTICLE_BYTES) {
    throw new ClientError(
      'payload_too_large',
      `This article compresses to ${formatBytes(size)}, and a stored article may take at most ${formatBytes(MAX_STORED_ARTICLE_BYTES)} compressed ` +
        '(ordinary prose of 1 MiB takes about 200 KiB; random letters, encoded data or long lists compress far less). ' +
        'Send the article text only, without embedded data, or split it into several articles.',
    );
  }
}
