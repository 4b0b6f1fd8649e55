// First step of parsing a submission: bytes to clean text (UTF-8 or a declared charset, BOM removed, NFC).

import { ClientError } from '../errors.ts';

/** Charsets we decode besides UTF-8: the ones Russian newsrooms still send. */
const SUPPORTED_CHARSETS = new Set(['utf-8', 'utf8', 'windows-1251', 'cp1251', 'koi8-r']);

export function decodeText(body: Uint8Array, charset: string | undefined): string {
  const label = (charset ?? 'utf-8').toLowerCase();
  if (!SUPPORTED_CHARSETS.has(label)) {
    throw new ClientError(
      'unsupported_media_type',
      `Charset "${charset}" is not supported; send UTF-8 (or windows-1251, koi8-r).`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder(label === 'cp1251' ? 'windows-1251' : label, { fatal: true, ignoreBOM: false }).decode(body);
  } catch (cause) {
    throw new ClientError(
      'invalid_encoding',
      `The body is not valid ${label.toUpperCase()}; re-save the article as UTF-8 or declare its charset in Content-Type.`,
      { cause },
    );
  }
  return text.normalize('NFC');
}
