import { describe, expect, it } from 'vitest';
import { assignPersons } from '../../../functions/core/record/persons/assign-persons.ts';
import type { KnownPerson, PersonMention } from '../../../functions/core/record/persons/known-person.ts';
import { resolvePerson } from '../../../functions/core/record/persons/resolve-person.ts';

function mention(name: string, language: string, countries: string[] = [], role: string | null = null): PersonMention {
  return { name, language, role, organization: null, countries };
}

function person(id: string, names: Record<string, string>, countries: string[] = []): KnownPerson {
  return { id, slug: id, names, roles: [], countries, organizations: [], meetings: 1 };
}

/** Resolves the mentions one after another, as meetings arrive; returns each mention's person id. */
function idsInOrder(mentions: PersonMention[]): Array<string | null> {
  let n = 0;
  let directory: KnownPerson[] = [];
  const ids: Array<string | null> = [];
  for (const m of mentions) {
    const result = assignPersons(directory, [m], () => `p${++n}`);
    directory = result.directory;
    ids.push(result.personIds[0]!);
  }
  return ids;
}

describe('resolvePerson: one person across articles and languages', () => {
  it('merges «Сергей Лавров», "Sergei Lavrov", "Sergey Lavrov" and a later «Лавров»', () => {
    const ids = idsInOrder([
      mention('Сергей Лавров', 'ru', ['RU'], 'министр иностранных дел России'),
      mention('Sergei Lavrov', 'en', ['RU'], 'Russian Foreign Minister'),
      mention('Sergey Lavrov', 'en'),
      mention('Лавров', 'ru', ['RU']),
      mention('S. Lavrov', 'en'),
    ]);

    expect(new Set(ids)).toEqual(new Set(['p1']));
  });

  it('lets a full name join a person first known only by surname when no one else has that surname', () => {
    const ids = idsInOrder([mention('Вершинина', 'ru', ['BY']), mention('Alina Vershinina', 'en', ['BY'])]);

    expect(ids).toEqual(['p1', 'p1']);
  });

  it('merges a patronymic and spelling variants of a made-up Russian name', () => {
    const ids = idsInOrder([
      mention('Тимур Олегович Зарецкий', 'ru', ['KZ']),
      mention('Timur Zaretskiy', 'en', ['KZ']),
      mention('Timur Zaretsky', 'en'),
    ]);

    expect(ids).toEqual(['p1', 'p1', 'p1']);
  });

  it('merges a foreign name written in both scripts ("Peter Moir", «Питер Мойр»)', () => {
    const ids = idsInOrder([mention('Peter Moir', 'en', ['GB']), mention('Питер Мойр', 'ru', ['GB'])]);

    expect(ids).toEqual(['p1', 'p1']);
  });
});

describe('resolvePerson: two people, not one', () => {
  it('keeps two people with one surname and different given names apart, in both languages', () => {
    const ids = idsInOrder([
      mention('Сергей Лавров', 'ru', ['RU']),
      mention('Иван Лавров', 'ru', ['RU']),
      mention('Ivan Lavrov', 'en'),
      mention('Sergei Lavrov', 'en'),
    ]);

    expect(ids).toEqual(['p1', 'p2', 'p2', 'p1']);
  });

  it('keeps one name in two countries apart', () => {
    const ids = idsInOrder([
      mention('Olga Vetrova', 'en', ['LV'], 'Latvian Minister of Culture'),
      mention('Ольга Ветрова', 'ru', ['RU'], 'министр культуры России'),
    ]);

    expect(ids).toEqual(['p1', 'p2']);
  });

  it('does not merge a surname alone that two known persons share', () => {
    const directory = [person('a', { ru: 'Сергей Лавров' }, ['RU']), person('b', { en: 'Ivan Lavrov' }, ['RU'])];

    expect(resolvePerson(directory, mention('Лавров', 'ru'))).toEqual({ kind: 'ambiguous', candidates: ['a', 'b'] });
    expect(resolvePerson(directory, mention('Lavrov', 'en', ['RU']))).toEqual({ kind: 'ambiguous', candidates: ['a', 'b'] });
  });

  it('picks the one of two namesakes whose country fits a surname alone', () => {
    const directory = [person('a', { en: 'Olga Vetrova' }, ['LV']), person('b', { ru: 'Ольга Ветрова' }, ['RU'])];

    expect(resolvePerson(directory, mention('Ветрова', 'ru', ['LV']))).toEqual({ kind: 'known', id: 'a', by: 'partial name' });
  });

  it('does not merge initials that do not fit the given name', () => {
    const directory = [person('a', { ru: 'Сергей Лавров' }, ['RU'])];

    expect(resolvePerson(directory, mention('И. Лавров', 'ru'))).toEqual({ kind: 'new' });
  });

  it('does not merge a feminine surname with its masculine form', () => {
    const directory = [person('a', { ru: 'Сергей Лавров' }, ['RU'])];

    expect(resolvePerson(directory, mention('Лаврова', 'ru', ['RU']))).toEqual({ kind: 'new' });
  });

  it('does not let a full name take a surname-only person that another person shares', () => {
    const ids = idsInOrder([mention('Лавров', 'ru'), mention('Ivan Lavrov', 'en', ['RU']), mention('Sergei Lavrov', 'en')]);

    expect(ids).toEqual(['p1', 'p1', 'p2']);
  });

  it('gives no person to a full name that namesakes of two countries share when the mention names none', () => {
    const directory = [person('a', { en: 'Olga Vetrova' }, ['LV']), person('b', { ru: 'Ольга Ветрова' }, ['RU'])];

    expect(resolvePerson(directory, mention('Ольга Ветрова', 'ru'))).toEqual({ kind: 'ambiguous', candidates: ['a', 'b'] });
  });

  it('reads an Arabic article joined by a hyphen and Jr. as no part of the name', () => {
    const directory = [person('a', { en: 'Karim al-Hadidi' }, ['JO']), person('b', { en: 'Thomas Rell Jr.' }, ['US'])];

    expect(resolvePerson(directory, mention('Карим аль-Хадиди', 'ru', ['JO']))).toEqual({ kind: 'known', id: 'a', by: 'full name' });
    expect(resolvePerson(directory, mention('Hadidi', 'en'))).toEqual({ kind: 'known', id: 'a', by: 'partial name' });
    expect(resolvePerson(directory, mention('Thomas Rell', 'en'))).toEqual({ kind: 'known', id: 'b', by: 'full name' });
  });

  it('keeps Sergio and Sergei apart across scripts', () => {
    const directory = [person('a', { ru: 'Сергей Белуччи' })];

    expect(resolvePerson(directory, mention('Sergio Belucci', 'en'))).toEqual({ kind: 'new' });
  });
});

describe('assignPersons', () => {
  it('keeps the first slug, learns a fuller name per language and counts meetings', () => {
    let n = 0;
    const first = assignPersons([], [mention('Лавров', 'ru', ['RU'])], () => `p${++n}`);
    const second = assignPersons(first.directory, [mention('Сергей Лавров', 'ru', [], 'министр иностранных дел'), mention('Иван Лавров', 'ru', ['RU'])], () => `p${++n}`);

    expect(second.personIds).toEqual(['p1', 'p2']);
    expect(second.directory.find((p) => p.id === 'p1')).toMatchObject({ slug: 'lavrov', names: { ru: 'Сергей Лавров' }, roles: ['министр иностранных дел'], countries: ['RU'], meetings: 2 });
    expect(second.directory.find((p) => p.id === 'p2')?.slug).toBe('ivan-lavrov');
  });

  it('counts one meeting for two participants of it that are one person', () => {
    const result = assignPersons([], [mention('Сергей Лавров', 'ru', ['RU']), mention('Лавров', 'ru')], () => 'p1');

    expect(result.personIds).toEqual(['p1', 'p1']);
    expect(result.changed).toHaveLength(1);
    expect(result.changed[0]?.meetings).toBe(1);
  });
});
