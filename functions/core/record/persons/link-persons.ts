// Persons step, as normalise runs it: a record's participants linked to the persons they are across articles
// and languages. Pure: the directory entries sharing the participants' surnames in (PersonDirectory.candidates),
// the participants with their person ids and the entries to store out. A new person's id is its slug.

import type { Participant } from '../record.ts';
import { assignPersons } from './assign-persons.ts';
import type { KnownPerson, PersonMention } from './known-person.ts';
import { surnameIndexKey } from './resolve-person.ts';

/** Where known persons are kept, indexed by surname key (surnameIndexKey). */
export interface PersonDirectory {
  /** Every known person filed under one of these surname keys. */
  candidates(surnameKeys: string[]): Promise<KnownPerson[]>;
  /** Stores the entries: `created` ones only if no person has that id yet, else PersonTaken; the others replaced. */
  save(entries: { person: KnownPerson; surnameKey: string; created: boolean }[]): Promise<void>;
}

/** A new person's id was taken meanwhile (two articles about one new person at once): read and resolve again. */
export class PersonTaken extends Error {
  constructor(id: string) {
    super(`A person with id "${id}" was stored meanwhile.`);
    this.name = 'PersonTaken';
  }
}

export function personMentions(participants: readonly Participant[], language: string, countries: readonly string[][] = []): PersonMention[] {
  return participants.map((p, i) => ({ name: p.name, language, role: p.role, organization: p.organization, countries: countries[i] ?? [] }));
}

/** The surname keys whose directory entries can match these mentions. */
export function surnameKeysOf(mentions: readonly PersonMention[]): string[] {
  return [...new Set(mentions.map((mention) => surnameIndexKey(mention.name)).filter(Boolean))];
}

export interface Linked {
  participants: Participant[];
  /** Entries to store: new persons (`created`) and known ones that learnt a name, role, country or organisation. */
  entries: { person: KnownPerson; surnameKey: string; created: boolean }[];
}

/**
 * Links each participant to a known or a new person; a name that fits several known persons gets none, and so
 * does a name with no surname the resolver can read (王毅, a name in a script it does not fold): such a name
 * would have no directory key and no slug of its own, and would merge unrelated people.
 */
export function linkPersons(participants: readonly Participant[], mentions: readonly PersonMention[], known: readonly KnownPerson[]): Linked {
  const readable = mentions.map((mention) => surnameIndexKey(mention.name) !== '');
  let next = 0;
  const assignment = assignPersons(known, mentions.filter((_, i) => readable[i]), () => `new:${next++}`);
  // A new person's id becomes its slug (unique in the directory, and the URL of their feeds and page).
  const finalId = new Map(assignment.changed.map((person) => [person.id, person.id.startsWith('new:') ? person.slug : person.id]));
  const knownIds = new Set(known.map((person) => person.id));
  const entries = assignment.changed.map((person) => ({
    person: { ...person, id: finalId.get(person.id)! },
    surnameKey: surnameIndexKey(Object.values(person.names)[0] ?? ''),
    created: !knownIds.has(person.id),
  }));
  let resolved = 0;
  const linked = participants.map((participant, i) => {
    const { personId: _stale, ...rest } = participant;
    const id = readable[i] ? assignment.personIds[resolved++] : null;
    return id ? { ...rest, personId: finalId.get(id) ?? id } : rest;
  });
  return { participants: linked, entries };
}
