// First step of parsing a submission: bytes to text. The charset is the first of these that applies: a byte
// order mark; the charset in Content-Type; a page's <meta charset>; UTF-8, when the bytes are UTF-8; and a
// detector's guess (detect-charset.ts), with a warning. Bytes the chosen charset cannot decode are refused
// with a 400 that says at which byte and what to do. The text comes out without its BOM, in NFC.
// The detector (jschardet, 1.1 MB) and the <meta charset> prescan (htmlparser2) are loaded the first time a
// body needs them: most articles are UTF-8 and declare it, and a cold start should not pay for the rest.

import { isUtf8 } from 'node:buffer';
import { ClientError } from '../errors.ts';
import type { Detection } from './detect-charset.ts';

export interface DecodedText {
  text: string;
  /** The charset the text was read in, as the Encoding Standard names it. */
  charset: string;
  /** What the editor should know: a charset guessed, or a declaration the bytes contradicted. */
  warnings: string[];
}

const BOMS = [
  { bytes: [0xef, 0xbb, 0xbf], charset: 'utf-8' },
  { bytes: [0xff, 0xfe], charset: 'utf-16le' },
  { bytes: [0xfe, 0xff], charset: 'utf-16be' },
] as const;

/** Where the charset came from, for a message that points at the right thing to fix. */
type Evidence = { kind: 'bom' } | { kind: 'content-type'; label: string } | { kind: 'meta'; label: string } | { kind: 'none' };

export async function decodeText(body: Uint8Array, declared: string | undefined, options: { html?: boolean } = {}): Promise<DecodedText> {
  const bom = BOMS.find(({ bytes }) => bytes.every((byte, i) => body[i] === byte));
  if (bom) return read(body.subarray(bom.bytes.length), bom.charset, { kind: 'bom' }, bom.bytes.length);

  if (declared !== undefined) {
    const charset = await declaredCharset(declared, body);
    if (!charset) {
      throw new ClientError(
        'unsupported_media_type',
        `Charset "${declared}" is not one we can decode; send UTF-8, or name a charset of the WHATWG Encoding Standard (for example windows-1251, koi8-r or utf-16le).`,
      );
    }
    return readDeclared(body, charset, { kind: 'content-type', label: declared });
  }

  if (options.html || startsWithTag(body)) {
    const { metaCharset } = await import('./html-charset.ts');
    const label = metaCharset(body);
    const charset = label === undefined ? undefined : encodingOf(label);
    // A page cannot declare UTF-16 in a prescan that reads ASCII (the HTML standard reads it as UTF-8); an
    // unknown label is ignored, as browsers do.
    if (label !== undefined && charset) return readDeclared(body, charset.startsWith('utf-16') ? 'utf-8' : charset, { kind: 'meta', label });
  }

  // Text never holds NUL; UTF-16 text does, in every ASCII character, and is valid UTF-8 all the same.
  if (!body.includes(0) && isUtf8(body)) return read(body, 'utf-8', { kind: 'none' });
  const guess = await guessCharset(body);
  if (guess.kind === 'binary') {
    throw new ClientError(
      'invalid_encoding',
      `The body is not text: its bytes look like ${guess.mimeType}. Send the article's text (text/plain, text/markdown, text/html or JSON).`,
    );
  }
  if (guess.kind === 'text' && decodes(body, guess.charset)) {
    const decoded = await read(body, guess.charset, { kind: 'none' });
    // A small image can pass for UTF-16 (CJK letters); but read as text, binary data is full of NULs.
    if (decoded.text.includes('\u0000')) {
      throw new ClientError(
        'invalid_encoding',
        "The body is not text: read in the charset its bytes come closest to, it holds NUL characters, as binary files do. Send the article's text (text/plain, text/markdown, text/html or JSON).",
      );
    }
    if (guess.charset === 'utf-8') return decoded;
    decoded.warnings.push(
      `No charset was declared and the article is not UTF-8; it was read as ${guess.charset}, which its bytes look like ` +
        `(${Math.round(guess.confidence * 100)}% sure). If its text looks wrong, declare the charset (Content-Type: …; charset=${guess.charset}) or send UTF-8.`,
    );
    return decoded;
  }
  return read(body, 'utf-8', { kind: 'none' });
}

/**
 * A declared charset is trusted, except when the bytes are UTF-8 with letters beyond ASCII: a mislabelled
 * export is far likelier than Russian (or any) text in a legacy charset that happens to be valid UTF-8 too.
 */
async function readDeclared(body: Uint8Array, charset: string, evidence: Evidence & { label: string }): Promise<DecodedText> {
  if (charset !== 'utf-8' && body.some((byte) => byte >= 0x80) && !body.includes(0) && isUtf8(body)) {
    const decoded = await read(body, 'utf-8', evidence);
    const where = evidence.kind === 'meta' ? 'The page declares' : 'Content-Type declares';
    decoded.warnings.push(`${where} charset ${evidence.label}, but the article's bytes are UTF-8; it was read as UTF-8.`);
    return decoded;
  }
  return read(body, charset, evidence);
}

/** The charset a Content-Type names; plain "utf-16" without a BOM is little- or big-endian as the bytes show. */
async function declaredCharset(label: string, body: Uint8Array): Promise<string | undefined> {
  const charset = encodingOf(label);
  if (charset === 'utf-16le' && /^\s*(utf-16|unicode)\s*$/i.test(label)) {
    const guess = await guessCharset(body);
    if (guess.kind === 'text' && guess.charset === 'utf-16be') return 'utf-16be';
  }
  return charset;
}

/** detect-charset.ts's guess, the detector loaded on first use. */
async function guessCharset(body: Uint8Array): Promise<Detection> {
  return (await import('./detect-charset.ts')).detectCharset(body);
}

/** The Encoding Standard's name for a label, when this runtime's TextDecoder can decode it. */
function encodingOf(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

function startsWithTag(body: Uint8Array): boolean {
  for (const byte of body.subarray(0, 1024)) {
    if (byte === 0x3c /* < */) return true;
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) return false;
  }
  return false;
}

/** Whether `bytes` decode as the start of a longer text (an unfinished last character is no error yet). */
function streams(bytes: Uint8Array, charset: string): boolean {
  try {
    new TextDecoder(charset, { fatal: true, ignoreBOM: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function decodes(bytes: Uint8Array, charset: string): boolean {
  try {
    new TextDecoder(charset, { fatal: true, ignoreBOM: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** `bytes` decoded strictly, or a 400 that says where they stop being `charset` (`offset`: bytes before them). */
async function read(bytes: Uint8Array, charset: string, evidence: Evidence, offset = 0): Promise<DecodedText> {
  let text: string;
  try {
    text = new TextDecoder(charset, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (cause) {
    throw new ClientError('invalid_encoding', await undecodableMessage(bytes, charset, evidence, offset), { cause });
  }
  return { text: text.normalize('NFC'), charset, warnings: [] };
}

async function undecodableMessage(bytes: Uint8Array, charset: string, evidence: Evidence, offset: number): Promise<string> {
  const at = firstUndecodableByte(bytes, charset);
  const shown = Array.from(bytes.subarray(at, at + 4), (byte) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
  const before = textBefore(bytes, at, charset);
  const truncated = decodes(bytes.subarray(0, at), charset) && bytes.length - at < 4 && streams(bytes, charset);
  const where = `at byte ${offset + at} (${shown}${before ? `, after "${before}"` : ''}${truncated ? ': the article ends in the middle of a character' : ''})`;
  const name = charset.startsWith('utf') ? charset.toUpperCase() : charset;
  switch (evidence.kind) {
    case 'bom':
      return `The article starts with a ${name} byte order mark but is not valid ${name} ${where}. Re-save it as UTF-8.`;
    case 'content-type':
      return `The article is not valid ${name}, the charset its Content-Type declares, ${where}. ${await betterCharset(bytes, charset)}`;
    case 'meta':
      return `The page declares its charset as ${evidence.label} (<meta charset>) but is not valid ${name} ${where}. ${await betterCharset(bytes, charset)}`;
    case 'none':
      return (
        `The article is not valid UTF-8 ${where}, and no charset was declared or could be recognised from its bytes. ` +
        'Re-save it as UTF-8, or declare its charset (for example Content-Type: text/plain; charset=windows-1251).'
      );
  }
}

async function betterCharset(bytes: Uint8Array, charset: string): Promise<string> {
  const guess = await guessCharset(bytes);
  if (guess.kind === 'text' && guess.charset !== charset && decodes(bytes, guess.charset)) {
    return `Its bytes look like ${guess.charset}: declare charset=${guess.charset}, or re-save the article as UTF-8.`;
  }
  return 'Re-save the article as UTF-8 and declare charset=utf-8, or declare the charset it was saved in.';
}

/**
 * The offset of the first character `charset` cannot decode. TextDecoder says only that decoding failed, so
 * the place is found by halving: a prefix decoded in streaming mode fails exactly when it holds a bad byte
 * (an unfinished character at its end is not yet an error). Then back to where that character began.
 */
function firstUndecodableByte(bytes: Uint8Array, charset: string): number {
  let good = 0;
  let bad = bytes.length;
  if (!streams(bytes, charset)) {
    while (bad - good > 1) {
      const middle = Math.floor((good + bad) / 2);
      if (streams(bytes.subarray(0, middle), charset)) good = middle;
      else bad = middle;
    }
  }
  // Every byte up to `bad` (exclusive) streamed; the character that failed began at most 4 bytes before.
  for (let start = bad - 1; start >= Math.max(0, bad - 4); start -= 1) {
    if (decodes(bytes.subarray(0, start), charset)) return start;
  }
  return Math.max(0, bad - 1);
}

/** Up to 30 characters before `at`, so an editor can find the place in the article. */
function textBefore(bytes: Uint8Array, at: number, charset: string): string {
  const text = new TextDecoder(charset, { ignoreBOM: true }).decode(bytes.subarray(Math.max(0, at - 120), at));
  return text.replace(/^\uFFFD+/, '').replace(/\s+/g, ' ').slice(-30).trim();
}
