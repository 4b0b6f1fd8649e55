// Persons step: a record's participant as the resolver reads it. The countries come from the participant's
// country, organisation (often a country: "Россия", "United Kingdom") and role («министр иностранных дел
// Грузии»); finding them needs the gazetteer, so the caller passes the finder
// (extract/knowledge/countries-named.ts once the extractor is loaded).

import type { Participant } from '../record.ts';
import type { PersonMention } from './known-person.ts';

export type CountriesNamed = (phrase: string, language: string) => string[];

export function personMention(participant: Pick<Participant, 'name' | 'role' | 'organization' | 'country'>, language: string, countriesNamed: CountriesNamed): PersonMention {
  const phrases = [participant.country, participant.organization, participant.role].filter((p): p is string => !!p);
  const countries = [...new Set(phrases.flatMap((phrase) => countriesNamed(phrase, language)))];
  return { name: participant.name, language, role: participant.role, organization: participant.organization, countries };
}
