// Russian mention rule: names of products, works, events and prizes after their descriptor are no entity
// ("операционной системы Windows", "автомобиль «Славута»", "конкурс The Best of Blogs"). They run first
// and claim the tokens, so that the quoted-name, Latin-name, place and person rules leave them alone.

import { PRODUCT_DESCRIPTORS_RU } from '../../lexicon/ru.ts';
import type { Ctx } from './context.ts';
import { CLOSE_QUOTES, OPEN_QUOTES } from '../shared.ts';

const MAX_NAME_TOKENS = 5;

/** 0a. A quoted or Latin-script name right after a product noun, and the names coordinated with it. */
export function productNames(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const d = tokens[i]!;
    if (d.kind !== 'cyr' || (d.cap && !d.upper && !d.first) || !c.lemmaIs(i, PRODUCT_DESCRIPTORS_RU)) continue;
    let k = i + 1;
    for (let n = 0; n < 3; n++) {
      const end = nameEnd(c, k);
      if (end <= k) break;
      c.block(k, end);
      k = end;
      // The original spelling in brackets: "«Волга Сайбер» (Volga Siber)".
      if (tokens[k]?.text === '(') {
        const inner = nameEnd(c, k + 1);
        if (inner > k + 1 && tokens[inner]?.text === ')') {
          c.block(k + 1, inner);
          k = inner + 1;
        }
      }
      // "игр FarmVille и CityVille", "моделей «Нива», «Гранта»".
      if (tokens[k]?.text !== 'и' && tokens[k]?.text !== ',') break;
      k += 1;
    }
    i = k - 1;
  }
}

/** The end of a quoted or Latin-script name starting at k (quotes included), or k. */
function nameEnd(c: Ctx, k: number): number {
  const tokens = c.tokens;
  const t = tokens[k];
  if (!t || c.owner[k]) return k;
  if (OPEN_QUOTES.has(t.text)) {
    for (let j = k + 1; j < tokens.length && j <= k + MAX_NAME_TOKENS + 1; j++) {
      if (CLOSE_QUOTES.has(tokens[j]!.text)) return j > k + 1 && tokens[k + 1]!.cap ? j + 1 : k;
      if (tokens[j]!.sentence !== t.sentence) return k;
    }
    return k;
  }
  // Latin names, not acronyms (чемпионата NBA names a league).
  if (!latin(t) || t.upper || !/^[A-Z]/.test(t.text)) return k;
  let end = k + 1;
  while (end < tokens.length && end - k < MAX_NAME_TOKENS && tokens[end]!.start - tokens[end - 1]!.end <= 1 && (latin(tokens[end]!) || /^[-&]$/.test(tokens[end]!.text))) end++;
  while (end > k + 1 && !latin(tokens[end - 1]!)) end--;
  return end;
}

const latin = (t: { kind: string; text: string }) => t.kind === 'lat' || (t.kind === 'word' && /^[A-Za-z0-9]/.test(t.text) && /[A-Za-z]/.test(t.text));
