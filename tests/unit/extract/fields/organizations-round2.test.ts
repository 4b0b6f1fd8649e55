// The meeting's organisations, second round (fields/organizations.ts, organization-hosts.ts,
// organization-filters.ts): hand-made sentences, none taken from an evaluation corpus.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

const orgs = (text: string) => extract({ text }).organizations.map((o) => o.name);

describe('organisations of the participants', () => {
  it('keeps a one-word body whose name ends like a country\'s', () => {
    expect(orgs('Президент Армении Ваган Саркисян встретился с председателем Еврокомиссии Анной Мюллер в Ереване.')).toEqual(['Еврокомиссия']);
  });

  it('lists a body in a participant\'s position once, through the participant', () => {
    expect(orgs('NATO Secretary General Piet de Wit met Prime Minister Anna Berg of Estonia in Tallinn.')).toEqual(['NATO']);
    expect(orgs('Министр иностранных дел Чили Хорхе Риверас встретился с главой МИД Турции Мевлютом Арсланом.')).toEqual([]);
  });
});
