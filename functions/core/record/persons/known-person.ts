// Persons step: the directory's entry for one person, the participant mention the resolver is given, and how
// an entry grows when a mention is joined to it (pure: a new entry is returned).

import { readPersonName } from './person-name.ts';
import { personSlug } from './person-slug.ts';

export interface KnownPerson {
  id: string;
  /** Stable ASCII name for URLs (feeds/by/person/{slug}.atom), unique in the directory; never changes. */
  slug: string;
  /** The fullest name seen per article language ("ru" -> «Сергей Лавров», "en" -> "Sergei Lavrov"). */
  names: Record<string, string>;
  roles: string[];
  /** ISO 3166-1 alpha-2 codes of the countries the person's mentions named. */
  countries: string[];
  organizations: string[];
  /** Meetings the person took part in. */
  meetings: number;
}

/** One participant of one meeting, as the resolver needs it. */
export interface PersonMention {
  /** Nominative, no titles (the record's participant name). */
  name: string;
  /** The article's language (ISO 639-1). */
  language: string;
  role: string | null;
  organization: string | null;
  /** ISO codes of the countries the participant's country, organisation or role names (person-mention.ts). */
  countries: string[];
}

const addOnce = (list: string[], value: string | null): string[] => (value && !list.includes(value) ? [...list, value] : list);

/** How much a name says: its written-out given names and surname count most, initials a little. */
function fullness(name: string): number {
  const n = readPersonName(name);
  return (n.given ? 10 : n.initial.length > 0 ? 1 : 0) + n.middle.length;
}

/** The entry after one more meeting of the person: a fuller name for the language replaces a shorter one. */
export function withMention(person: KnownPerson, mention: PersonMention): KnownPerson {
  const current = person.names[mention.language];
  const names = current === undefined || fullness(mention.name) > fullness(current) ? { ...person.names, [mention.language]: mention.name } : person.names;
  return {
    ...person,
    names,
    roles: addOnce(person.roles, mention.role),
    organizations: addOnce(person.organizations, mention.organization),
    countries: mention.countries.reduce(addOnce, person.countries),
    meetings: person.meetings + 1,
  };
}

/** A new entry for a mention no known person matches; its slug is unique among `takenSlugs`. */
export function newPerson(id: string, mention: PersonMention, takenSlugs: ReadonlySet<string>): KnownPerson {
  return withMention({ id, slug: personSlug(mention.name, takenSlugs), names: {}, roles: [], countries: [], organizations: [], meetings: 0 }, mention);
}
