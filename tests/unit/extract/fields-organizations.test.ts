// The meeting's organisations (fields/organizations.ts, mentions/organization-names.ts, the Russian
// organisation phrases): hand-made sentences, none taken from an evaluation corpus.

import { describe, expect, it } from 'vitest';
import { extract } from '../../support/extractor.ts';

const orgs = (text: string) => extract({ text }).organizations.map((o) => o.name);

describe('organisations: whole names', () => {
  it('keeps the country acronym and the "по" phrase after a "при" phrase', () => {
    const text = 'Губернатор Олег Сомов провел заседание Совета при Президенте РФ по делам казачества в Ставрополе.';
    expect(orgs(text)).toContain('Совет при Президенте РФ по делам казачества');
  });

  it('goes on through a nested organisation name in the genitive', () => {
    const text = 'Министр Ильхам Рзаев принял участие в заседании Совета министров обороны Организации тюркских государств в Шуше.';
    expect(orgs(text)).toContain('Совет министров обороны Организации тюркских государств');
  });

  it('resolves an acronym to a name closed by a country acronym', () => {
    const text = 'Заседание СБ прошло в Кремле. Президент Олег Сомов провел совещание с постоянными членами Совета Безопасности РФ.';
    expect(orgs(text)).toContain('Совет Безопасности РФ');
  });
});
