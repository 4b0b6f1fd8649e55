import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

const people = (text: string) => extract({ text }).participants.map((p) => ({ name: p.name, role: p.role, organization: p.organization }));

describe('generalisation: English appositions after a title phrase', () => {
  it('finds both people set off by commas, with their roles', () => {
    const text = 'The mayor of London, Sadiq Khan, held talks with the chief executive of Transport for London, Andy Lord, at City Hall.';
    expect(people(text)).toEqual([
      { name: 'Sadiq Khan', role: 'mayor of London', organization: 'United Kingdom' },
      { name: 'Andy Lord', role: 'chief executive of Transport for London', organization: 'Transport for London' },
    ]);
    expect(extract({ text }).organizations.map((o) => o.name)).toEqual(['Transport for London']);
  });

  it('reads other paraphrases', () => {
    expect(people('Talks were held between the foreign minister of Japan, Taro Kono, and the president of the World Bank, Jim Kim.')).toEqual([
      { name: 'Taro Kono', role: 'foreign minister of Japan', organization: 'Japan' },
      { name: 'Jim Kim', role: 'president of the World Bank', organization: 'World Bank' },
    ]);
    expect(people('The chancellor of Germany, Olaf Weber, met Prime Minister Tony Blair in London.')).toContainEqual({
      name: 'Olaf Weber', role: 'chancellor of Germany', organization: 'Germany',
    });
  });

  it('does not read the rest of the sentence as an apposition', () => {
    const [khan] = people('The mayor of Leeds, Omar Farid, held talks with the chief executive of Northern Rail.');
    expect(khan).toMatchObject({ name: 'Omar Farid', role: 'mayor of Leeds' });
  });
});
