// Russian mention rule: countries from the gazetteer, longest name first, in any case.

import { gazetteer } from '../../knowledge/gazetteer.ts';
import { adjectiveIsName, type Ctx, isAdjective, matchRuCountry } from './context.ts';

/** 2. Countries from the gazetteer, longest first ("Объединённые Арабские Эмираты", "России"). */
export function countries(c: Ctx): void {
  const tokens = c.tokens;
  const g = gazetteer();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'cyr' || !t.cap) continue;
    // A domain zone (".РФ") is not the country.
    const dot = tokens[i - 1];
    if (dot && dot.text === '.' && dot.end === t.start && (i < 2 || tokens[i - 2]!.end < dot.start)) continue;
    for (let n = Math.min(g.ruMaxWords, tokens.length - i); n >= 1; n--) {
      const country = matchRuCountry(c, i, n);
      if (country) {
        // "Центральную Америку", "Южную Корею": a capitalised adjective before the name belongs to the place.
        const adj = i > 0 && !c.owner[i - 1] && tokens[i - 1]!.cap && tokens[i - 1]!.kind === 'cyr' && isAdjective(c.views.at(i - 1)) && !adjectiveIsName(c.views.at(i - 1));
        c.add('LOC', adj ? i - 1 : i, i + n, country);
        i += n - 1;
        break;
      }
    }
  }
}
