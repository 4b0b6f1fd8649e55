// Persons step: a person's slug, the ASCII name their feeds and page are published under
// («Сергей Лавров» -> "sergey-lavrov", "Recep Tayyip Erdoğan" -> "recep-tayyip-erdogan").

import { romaniseCyrillic } from '../../extract/knowledge/transliteration-key.ts';
import { latinWithoutMarks } from './name-key.ts';

/** One word in plain ASCII: diacritics dropped, Cyrillic romanised, -ий/-ый written -y as the press does (Dmitry). */
function asciiWord(word: string): string {
  const plain = latinWithoutMarks(word).toLowerCase();
  const latin = /[\u0400-\u04ff]/.test(plain) ? romaniseCyrillic(plain.replace(/[иы]й$/, 'ы')) : plain;
  return latin.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * The slug of a name, unique among `taken`: the name's words in ASCII joined by hyphens, then "-2", "-3"
 * for a second and third person of that name. Made once, from the first mention: the URL stays when a
 * fuller name is learnt later.
 */
export function personSlug(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .split(/\s+/)
      .map(asciiWord)
      .filter(Boolean)
      .join('-') || 'person';
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
