// Sentences step: marks each token with its sentence index and whether it opens the sentence.
// Lines (headings, list items) always break; a full stop breaks unless it ends an initial or abbreviation.

import { lexicon } from '../lexicon/index.ts';
import type { Language } from '../model/document.ts';
import type { Token } from '../model/token.ts';

/** Returns the number of sentences (at least one); tokens get `sentence` and `first`. */
export function markSentences(text: string, tokens: Token[], language: Language): number {
  const abbreviations = lexicon(language).abbreviations;
  let sentence = 0;
  let opening = true;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1];
    // A line break ends the sentence, unless a full stop already did (no empty sentences).
    if (previous && previous.sentence === sentence && text.slice(previous.end, token.start).includes('\n')) {
      sentence += 1;
      opening = true;
    }
    token.sentence = sentence;
    if (opening && token.kind !== 'punct') {
      token.first = true;
      opening = false;
    } else if (opening && /[-–—«"„(“]/.test(token.text)) {
      // leading dash, quote or bracket: the next word still opens the sentence
    }
    if (token.kind === 'punct' && /[.!?…]/.test(token.text)) {
      const before = tokens[i - 1];
      const after = tokens[i + 1];
      const isInitial = before && before.kind !== 'punct' && before.cap && before.text.length === 1;
      const isAbbreviation = before && token.text === '.' && abbreviations.has(before.text.toLowerCase());
      const nextOpens = !after || after.cap || after.kind === 'num' || /[«"„“(–—-]/.test(after.text);
      if (!isInitial && !isAbbreviation && nextOpens && (!after || after.start > token.end || /[«"„“]/.test(after.text))) {
        sentence += 1;
        opening = true;
      }
    }
  }
  // A full stop at the very end opens no sentence; an empty text still has one (empty) sentence.
  return (tokens[tokens.length - 1]?.sentence ?? 0) + 1;
}
