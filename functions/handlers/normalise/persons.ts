// The persons step of normalise: the extraction's participants linked to known persons, new persons stored.
// Two articles about one new person normalised at once both try to create them: the second finds the id taken
// (PersonTaken), reads the directory again and joins the person the first one stored.

import type { Extraction } from '../../core/extract/model/extraction.ts';
import { linkPersons, type PersonDirectory, PersonTaken, personMentions, surnameKeysOf } from '../../core/record/persons/link-persons.ts';

const ATTEMPTS = 3;

export async function withPersons(extraction: Extraction, deps: { persons?: PersonDirectory }): Promise<Extraction> {
  if (!deps.persons || extraction.participants.length === 0) return extraction;
  const mentions = personMentions(extraction.participants, extraction.language, extraction.personCountries);
  for (let attempt = 1; ; attempt += 1) {
    const known = await deps.persons.candidates(surnameKeysOf(mentions));
    const { participants, entries } = linkPersons(extraction.participants, mentions, known);
    try {
      await deps.persons.save(entries);
      return { ...extraction, participants };
    } catch (error) {
      if (!(error instanceof PersonTaken) || attempt >= ATTEMPTS) throw error;
    }
  }
}
