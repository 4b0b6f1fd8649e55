// Persons step: whether two names can be one person's, and how surely — 'full' when both give a given name
// and a surname that agree, 'partial' when one gives less (a surname alone, initials), 'no' otherwise.

import type { NameWord, PersonName } from './person-name.ts';

export type NameAgreement = 'full' | 'partial' | 'no';

/**
 * One spelling of one word: the folded keys are equal; or, across scripts only, the loose keys are
 * («Блэр»/"Blair"). Within one script a different folded key is a different name ("Sergei"/"Sergio").
 */
export function wordsAgree(a: NameWord, b: NameWord): boolean {
  if (a.key === b.key) return true;
  return a.script !== b.script && a.loose === b.loose && a.loose.length >= 3;
}

/** A single letter (an initial) agrees with any word it begins. */
function middleAgrees(a: NameWord, b: NameWord): boolean {
  if (a.key.length === 1 || b.key.length === 1) return a.key[0] === b.key[0];
  return wordsAgree(a, b);
}

export function namesAgree(a: PersonName, b: PersonName): NameAgreement {
  if (!a.surname || !b.surname || !wordsAgree(a.surname, b.surname)) return 'no';
  if (a.given && b.given) {
    if (!wordsAgree(a.given, b.given)) return 'no';
    // Further given names contradict only when both name them ("Recep Tayyip" and "Recep" agree).
    const shared = Math.min(a.middle.length, b.middle.length);
    for (let k = 0; k < shared; k++) if (!middleAgrees(a.middle[k]!, b.middle[k]!)) return 'no';
    return 'full';
  }
  // Initials against a given name or other initials: the first letters must be the same.
  if (a.initial.length > 0 && b.initial.length > 0 && !a.initial.some((letter) => b.initial.includes(letter))) return 'no';
  return 'partial';
}
