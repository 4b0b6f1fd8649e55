// The persons step of normalise: the record's participants linked to known persons, new persons stored.
// Two articles about one new person normalised at once both try to create them: the second finds the id taken
// (PersonTaken), reads the directory again and joins the person the first one stored.

import type { Extraction } from '../../core/extract/model/extraction.ts';
import type { MeetingRecord } from '../../core/record/record.ts';
import { linkPersons, type PersonDirectory, PersonTaken, personMentions, surnameKeysOf } from '../../core/record/persons/link-persons.ts';

const ATTEMPTS = 3;

export async function withPersons(record: MeetingRecord, extraction: Pick<Extraction, 'participants' | 'personCountries'>, deps: { persons?: PersonDirectory }): Promise<MeetingRecord> {
  if (!deps.persons || record.participants.length === 0) return record;
  // The countries the extractor found per participant, for the participants the record kept by name.
  const countriesByName = new Map(extraction.participants.map((participant, i) => [participant.name, extraction.personCountries?.[i] ?? []]));
  const mentions = personMentions(record.participants, record.language, record.participants.map((p) => countriesByName.get(p.name) ?? []));
  for (let attempt = 1; ; attempt += 1) {
    const known = await deps.persons.candidates(surnameKeysOf(mentions));
    const { participants, entries } = linkPersons(record.participants, mentions, known);
    try {
      await deps.persons.save(entries);
      return { ...record, participants };
    } catch (error) {
      if (!(error instanceof PersonTaken) || attempt >= ATTEMPTS) throw error;
    }
  }
}
