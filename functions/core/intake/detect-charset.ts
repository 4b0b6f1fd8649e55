// The last resort for a body whose charset nobody declared and that is not UTF-8: a statistical guess by
// jschardet (a port of Python's chardet 7), limited to the charsets editors' articles actually come in.

import { detect } from 'jschardet';

/**
 * What detection may answer. Near relatives are left out on purpose: MacCyrillic and KOI8-U differ from
 * windows-1251 and KOI8-R in a few letters only and score within a hair of them on a short Russian text,
 * so allowing them would turn a right guess into a wrong one now and then.
 */
const DETECTABLE = ['utf-8', 'utf-16-le', 'utf-16-be', 'windows-1251', 'koi8-r', 'ibm866', 'windows-1252', 'windows-1250'];

/** jschardet's own cut-off for a result worth reporting; a real sentence in a legacy charset scores 0.3 and more. */
const MIN_CONFIDENCE = 0.2;

export type Detection =
  | { kind: 'text'; charset: string; confidence: number }
  | { kind: 'binary'; mimeType: string }
  | { kind: 'unknown' };

export function detectCharset(body: Uint8Array): Detection {
  const result = detect(body, { detectEncodings: DETECTABLE });
  if (!result.encoding) {
    return result.mimeType && !result.mimeType.startsWith('text/') ? { kind: 'binary', mimeType: result.mimeType } : { kind: 'unknown' };
  }
  if (result.confidence < MIN_CONFIDENCE) return { kind: 'unknown' };
  return { kind: 'text', charset: whatwgLabel(result.encoding), confidence: result.confidence };
}

/** chardet's names as the Encoding Standard (and so TextDecoder) spells them. */
function whatwgLabel(name: string): string {
  const label = name.toLowerCase();
  if (label === 'ascii') return 'utf-8';
  if (label === 'utf-16-le') return 'utf-16le';
  if (label === 'utf-16-be') return 'utf-16be';
  return label;
}
