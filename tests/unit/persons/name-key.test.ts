import { describe, expect, it } from 'vitest';
import { looseKey, wordKey } from '../../../functions/core/record/persons/name-key.ts';
import { readPersonName } from '../../../functions/core/record/persons/person-name.ts';

describe('wordKey: one key for the spellings of one name', () => {
  it.each([
    [['Сергей', 'Sergei', 'Sergey', 'Serguei']],
    [['Дмитрий', 'Dmitry', 'Dmitriy', 'Dmitrii', 'Dmitri']],
    [['Зарецкий', 'Zaretsky', 'Zaretskiy', 'Zaretskii', 'Zaretskyy']],
    [['Фёдор', 'Федор', 'Fyodor', 'Fedor']],
    [['Наталья', 'Natalya', 'Natalia']],
    [['Михаил', 'Mikhail', 'Mihail']],
    [['Алексей', 'Alexei', 'Aleksey']],
    [['Евгения', 'Yevgenia', 'Evgenia']],
    [['Ковальчук', 'Kovalchuk']],
    [['Müller', 'Muller']],
    [['Йылдыз', 'Yildiz']],
  ])('folds %j to one key', (spellings) => {
    const keys = new Set(spellings.map(wordKey));

    expect([...keys]).toHaveLength(1);
  });

  it.each([
    ['Sergei', 'Sergio'],
    ['Александр', 'Александра'],
    ['Ivan', 'Ivana'],
    ['Петров', 'Петрова'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(wordKey(a)).not.toBe(wordKey(b));
  });

  it('lets a foreign name written in both scripts meet only through the loose key', () => {
    expect(wordKey('Блэр')).not.toBe(wordKey('Blair'));
    expect(looseKey(wordKey('Блэр'))).toBe(looseKey(wordKey('Blair')));
    expect(looseKey(wordKey('Sergio'))).not.toBe(looseKey(wordKey('Сергей')));
  });
});

describe('readPersonName', () => {
  it('reads a given name, a surname and no patronymic', () => {
    const name = readPersonName('Тимур Олегович Зарецкий');

    expect(name.given?.key).toBe('timur');
    expect(name.middle).toEqual([]);
    expect(name.surname?.key).toBe('zaretski');
  });

  it('reads initials before a surname, with or without spaces', () => {
    expect(readPersonName('Т.О. Зарецкий')).toMatchObject({ given: null, initial: ['t'], surname: { key: 'zaretski' } });
    expect(readPersonName('T. Zaretsky')).toMatchObject({ given: null, initial: ['t'], surname: { key: 'zaretski' } });
  });

  it('joins a hyphenated given name into one word and leaves particles out', () => {
    const name = readPersonName('Jean-Luc van der Berg');

    expect(name.given?.key).toBe(wordKey('JeanLuc'));
    expect(name.middle).toEqual([]);
    expect(name.surname?.key).toBe('berg');
  });

  it('reads a lone surname as a surname', () => {
    expect(readPersonName('Зарецкий')).toMatchObject({ given: null, initial: [], surname: { key: 'zaretski' } });
  });
});
