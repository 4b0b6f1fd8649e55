import { describe, expect, it } from 'vitest';
import { goldIdentities, judge, type CorpusMention, type Outcome } from '../../../scripts/eval/person-identity.ts';

function at(article: string, name: string, countries: string[] = [], language = 'ru'): CorpusMention {
  return { article, mention: { name, language, role: null, organization: null, countries } };
}

describe('the gold identity of eval:persons', () => {
  it('joins one folded full name, splits it by country, and gives a lone surname its only full name', () => {
    const ids = goldIdentities([
      at('a1', 'Тимур Зарецкий', ['KZ']),
      at('a2', 'Timur Zaretsky', [], 'en'),
      at('a3', 'Тимур Зарецкий', ['UZ']),
      at('a4', 'Вершинина', ['BY']),
      at('a5', 'Alina Vershinina', ['BY'], 'en'),
    ]);

    expect(ids[0]).not.toBeNull();
    expect(ids[1]).toBeNull(); // no country, and the name has two: undecided
    expect(ids[2]).not.toBe(ids[0]);
    expect(ids[3]).toBe(ids[4]);
  });
});

describe('judge', () => {
  it('counts a merge into a person of another identity as wrong, and a new person for a known identity as missed', () => {
    const mentions = [at('a1', 'Тимур Зарецкий', ['KZ']), at('a2', 'Иван Зарецкий', ['KZ']), at('a3', 'Timur Zaretsky', ['KZ'], 'en')];
    const outcomes: Outcome[] = [
      { personId: 'p1', kind: 'new' },
      { personId: 'p1', kind: 'known', by: 'partial name' },
      { personId: 'p2', kind: 'new' },
    ];

    const j = judge(mentions, goldIdentities(mentions), outcomes);

    expect(j).toMatchObject({ mentions: 3, persons: 2, merged: 1, mergedByPartialName: 1 });
    expect(j.wrong).toEqual([{ name: 'Иван Зарецкий', into: 'Тимур Зарецкий', because: 'other' }]);
    expect(j.missed).toEqual([{ name: 'Timur Zaretsky', earlier: 'Тимур Зарецкий' }]);
  });
});
