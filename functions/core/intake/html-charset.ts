// The charset an HTML page declares for itself, `<meta charset>` or the http-equiv form, read from its
// first 1024 bytes as the HTML standard's prescan does (the declaration must be within them).

import { Parser } from 'htmlparser2';

const PRESCAN_BYTES = 1024;

export function metaCharset(body: Uint8Array): string | undefined {
  // Latin-1 maps each byte to one character: the tags are ASCII in every charset a page may declare this way.
  const head = Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, PRESCAN_BYTES)).toString('latin1');
  let found: string | undefined;
  const parser = new Parser({
    onopentag(name, attribs) {
      if (found !== undefined || name !== 'meta') return;
      const charset = attribs.charset?.trim();
      if (charset) found = charset;
      else if (attribs['http-equiv']?.trim().toLowerCase() === 'content-type') {
        found = /charset\s*=\s*["']?([^"';\s]+)/i.exec(attribs.content ?? '')?.[1];
      }
    },
  });
  parser.end(head);
  return found;
}
