// Persons step: which known person a participant is, if any. Pure: the caller gives the directory (or the
// part of it with the mention's surname, see surnameIndexKey) and stores what comes back.

import type { KnownPerson, PersonMention } from './known-person.ts';
import { type NameAgreement, namesAgree, wordsAgree } from './names-agree.ts';
import { isFullName, readPersonName, type PersonName } from './person-name.ts';

export type Resolution =
  /** The mention is this known person; `by` says whether the whole name agreed or only part of it. */
  | { kind: 'known'; id: string; by: 'full name' | 'partial name' }
  /** No known person fits: make one (newPerson). */
  | { kind: 'new' }
  /** A surname (or initials and a surname) that more than one known person fits: no person is chosen. */
  | { kind: 'ambiguous'; candidates: string[] };

/** Countries contradict only when both sides name some and none is shared. */
export function countriesAgree(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((code) => b.includes(code));
}

/** A person's names agree with a name: 'no' when any of them contradicts it, 'full' when one agrees in full. */
function personAgreement(person: KnownPerson, name: PersonName): NameAgreement {
  const each = Object.values(person.names).map((known) => namesAgree(readPersonName(known), name));
  if (each.length === 0 || each.includes('no')) return 'no';
  return each.includes('full') ? 'full' : 'partial';
}

function hasSurname(person: KnownPerson, name: PersonName): boolean {
  return Object.values(person.names).some((known) => {
    const surname = readPersonName(known).surname;
    return !!surname && !!name.surname && wordsAgree(surname, name.surname);
  });
}

/**
 * Resolves a participant against the known persons.
 *
 * - A full name (given name and surname) is the known person whose names agree with it in full after
 *   transliteration and spelling folds (name-key.ts: «Сергей Лавров» = "Sergei Lavrov" = "Sergey Lavrov")
 *   and whose countries do not contradict the mention's (countries named by the participant's country,
 *   organisation or role; roles themselves change over a career and are not compared). Two such persons:
 *   ambiguous. A different given name is a different person ("Ivan Lavrov" is not "Sergei Lavrov").
 * - A full name with no such person joins a person known only by that surname (or initials and surname)
 *   when that person is the only known person with the surname at all; else it is a new person.
 * - A surname alone, or initials and a surname («Лавров», "S. Lavrov"), is the known person only when
 *   exactly one known person with compatible countries (and initials) has that surname; with none it is a
 *   new person, with several it is ambiguous and never merged.
 *
 * Names must be nominative (the record's participant names are; the extractor puts «Сергея Лаврова» back
 * into «Сергей Лавров»).
 */
export function resolvePerson(directory: readonly KnownPerson[], mention: PersonMention): Resolution {
  const name = readPersonName(mention.name);
  if (!name.surname) return { kind: 'new' };
  const fitting = directory
    .filter((person) => countriesAgree(person.countries, mention.countries))
    .map((person) => ({ person, agreement: personAgreement(person, name) }))
    .filter((x) => x.agreement !== 'no');
  if (isFullName(name)) {
    const full = fitting.filter((x) => x.agreement === 'full');
    if (full.length === 1) return { kind: 'known', id: full[0]!.person.id, by: 'full name' };
    if (full.length > 1) return { kind: 'ambiguous', candidates: full.map((x) => x.person.id) };
    const partial = fitting.filter((x) => x.agreement === 'partial');
    const sameSurname = directory.filter((person) => hasSurname(person, name));
    if (partial.length === 1 && sameSurname.length === 1) return { kind: 'known', id: partial[0]!.person.id, by: 'partial name' };
    return { kind: 'new' };
  }
  if (fitting.length === 1) return { kind: 'known', id: fitting[0]!.person.id, by: 'partial name' };
  if (fitting.length > 1) return { kind: 'ambiguous', candidates: fitting.map((x) => x.person.id) };
  return { kind: 'new' };
}

/**
 * The key a directory can index persons by so that the resolver needs only the persons sharing a mention's
 * surname: the surname's loose key (equal folded keys have equal loose keys). Empty for an empty name.
 */
export function surnameIndexKey(name: string): string {
  return readPersonName(name).surname?.loose ?? '';
}
