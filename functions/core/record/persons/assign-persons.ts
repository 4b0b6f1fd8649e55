// Persons step: the person ids of one meeting's participants, resolved in order against a directory that
// grows as it goes (a second participant may be the person the first one created only if the names say so).

import { type KnownPerson, newPerson, type PersonMention, withMention } from './known-person.ts';
import { type Resolution, resolvePerson } from './resolve-person.ts';

export interface Assignment {
  /** The directory after the meeting: every entry, changed or not. */
  directory: KnownPerson[];
  /** The entries made or changed, for the store to write. */
  changed: KnownPerson[];
  /** Per participant: its person's id; null when its name fits several persons (ambiguous). */
  personIds: Array<string | null>;
  resolutions: Resolution[];
}

export function assignPersons(directory: readonly KnownPerson[], mentions: readonly PersonMention[], makeId: () => string): Assignment {
  const byId = new Map(directory.map((p) => [p.id, p]));
  const changed = new Map<string, KnownPerson>();
  const personIds: Array<string | null> = [];
  const resolutions: Resolution[] = [];
  for (const mention of mentions) {
    const resolution = resolvePerson([...byId.values()], mention);
    resolutions.push(resolution);
    if (resolution.kind === 'ambiguous') {
      personIds.push(null);
      continue;
    }
    // Two participants of one meeting that are one person (a surname listed beside the full name) make one meeting.
    const known = resolution.kind === 'known' ? byId.get(resolution.id)! : undefined;
    const person = known
      ? { ...withMention(known, mention), meetings: known.meetings + (changed.has(known.id) ? 0 : 1) }
      : newPerson(makeId(), mention, new Set([...byId.values()].map((p) => p.slug)));
    byId.set(person.id, person);
    changed.set(person.id, person);
    personIds.push(person.id);
  }
  return { directory: [...byId.values()], changed: [...changed.values()], personIds, resolutions };
}
