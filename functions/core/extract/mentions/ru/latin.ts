// Russian mention rule: Latin-script names inside Russian text (companies, media, brands, people).

import { givenNamesEn } from '../../knowledge/gazetteer.ts';
import { ORG_CONNECTORS_EN } from '../../lexicon/en.ts';
import type { Ctx } from './context.ts';
import { ROMAN_NUMERAL } from '../shared.ts';

/** 5. Latin-script names inside Russian text: companies, media and brands (Facebook, World Fashion Channel). */
export function latinNames(c: Ctx): void {
  const tokens = c.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (c.owner[i] || (t.kind !== 'lat' && !(t.kind === 'word' && /^\d*[A-Za-z]/.test(t.text))) || !/[A-Z]/.test(t.text)) continue;
    if (ROMAN_NUMERAL.test(t.text)) continue;
    let last = i + 1;
    let end = i + 1;
    while (last < tokens.length && !c.owner[last] && tokens[last]!.start - tokens[last - 1]!.end <= 1) {
      const next = tokens[last]!;
      if ((next.kind === 'lat' || next.kind === 'word') && /^[A-Z0-9]/.test(next.text)) end = last + 1;
      else if (!(next.kind === 'lat' && (ORG_CONNECTORS_EN.has(next.text.toLowerCase()) || /^(und|to|von|van|des|di|works)$/.test(next.text))) && !(next.text === '-' || next.text === '&')) break;
      last += 1;
    }
    if (end - i === 1 && (t.text === 'The' || t.text.length === 1)) continue;
    const personLike = end - i >= 2 && end - i <= 3 && givenNamesEn().has(t.text) && tokens.slice(i, end).every((x) => x.kind === 'lat' && x.cap);
    c.add(personLike ? 'PER' : 'ORG', i, end);
    i = end - 1;
  }
}
