import { describe, expect, it } from 'vitest';
import { personSlug } from '../../../functions/core/record/persons/person-slug.ts';

describe('personSlug', () => {
  it('writes a Russian name in ASCII, -ий as -y', () => {
    expect(personSlug('Дмитрий Зарецкий', new Set())).toBe('dmitry-zaretsky');
    expect(personSlug('Фёдор Щукин', new Set())).toBe('fedor-shchukin');
  });

  it('drops diacritics and keeps hyphenated names', () => {
    expect(personSlug('Jean-Luc Meyrieux-Dubé', new Set())).toBe('jean-luc-meyrieux-dube');
  });

  it('adds a number for a second person of one name', () => {
    expect(personSlug('Ivan Lavrov', new Set(['ivan-lavrov']))).toBe('ivan-lavrov-2');
    expect(personSlug('Ivan Lavrov', new Set(['ivan-lavrov', 'ivan-lavrov-2']))).toBe('ivan-lavrov-3');
  });

  it('never makes an empty slug', () => {
    expect(personSlug('李明', new Set())).toBe('person');
  });
});
