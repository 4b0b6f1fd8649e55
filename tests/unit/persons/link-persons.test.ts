import { describe, expect, it } from 'vitest';
import type { KnownPerson } from '../../../functions/core/record/persons/known-person.ts';
import { linkPersons, personMentions, surnameKeysOf } from '../../../functions/core/record/persons/link-persons.ts';
import type { Participant } from '../../../functions/core/record/record.ts';

const participant = (name: string, role: string | null = null): Participant => ({ name, role, organization: null, mentions: [] });
const known = (id: string, names: Record<string, string>, countries: string[] = []): KnownPerson => ({
  id,
  slug: id,
  names,
  roles: [],
  countries,
  organizations: [],
  meetings: 1,
});

describe('Function: linkPersons', () => {
  it('links a known person by id and makes a new person whose id is their slug, to be created', () => {
    const participants = [participant('Sergei Lavrov', 'Foreign Minister'), participant('Anna Petrosyan')];
    const mentions = personMentions(participants, 'en', [['RU'], []]);

    const { participants: linked, entries } = linkPersons(participants, mentions, [known('sergey-lavrov', { ru: 'Сергей Лавров' }, ['RU'])]);

    expect(linked.map((p) => p.personId)).toEqual(['sergey-lavrov', 'anna-petrosyan']);
    expect(entries.map((e) => [e.person.id, e.created])).toEqual([
      ['sergey-lavrov', false],
      ['anna-petrosyan', true],
    ]);
    // The known person learnt the English name beside the Russian one.
    expect(entries[0]?.person.names).toEqual({ ru: 'Сергей Лавров', en: 'Sergei Lavrov' });
  });

  it('links no person when a surname alone fits two known persons, and drops a stale id', () => {
    const participants = [{ ...participant('Лавров'), personId: 'stale' }];
    const directory = [known('sergey-lavrov', { ru: 'Сергей Лавров' }), known('ivan-lavrov', { ru: 'Иван Лавров' })];

    const { participants: linked, entries } = linkPersons(participants, personMentions(participants, 'ru'), directory);

    expect(linked[0]).not.toHaveProperty('personId');
    expect(entries).toEqual([]);
  });

  it('links no person to a name with no readable surname, and still links the others', () => {
    const participants = [participant('王毅'), participant('Sergei Lavrov'), participant('ირაკლი კობახიძე')];

    const { participants: linked, entries } = linkPersons(participants, personMentions(participants, 'en'), []);

    expect(linked.map((p) => p.personId)).toEqual([undefined, 'sergei-lavrov', undefined]);
    expect(entries.map((e) => e.person.id)).toEqual(['sergei-lavrov']);
    expect(entries.every((e) => e.surnameKey !== '')).toBe(true);
  });

  it('reads the directory only under the surname keys of the participants, one per surname', () => {
    const keys = surnameKeysOf(personMentions([participant('Сергей Лавров'), participant('Sergei Lavrov'), participant('Anna Berg')], 'ru'));

    expect(keys).toHaveLength(2);
  });
});
