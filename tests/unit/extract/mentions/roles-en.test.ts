// English roles from title phrases (mentions/en/roles.ts): the whole title is the role, a country or body in it
// is whom the person represents. Every sentence is made up for the rule it checks.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

const people = (text: string) => extract({ text, language: 'en' }).participants.map((p) => ({ name: p.name, role: p.role, organization: p.organization }));

describe('English title phrases as roles', () => {
  it('keeps the of/for complement of the title', () => {
    expect(people('Secretary of State Laura Whitcombe met Minister for Foreign Affairs of Latvia Ilze Kalnina in Riga.')).toEqual([
      { name: 'Laura Whitcombe', role: 'Secretary of State', organization: null },
      { name: 'Ilze Kalnina', role: 'Minister for Foreign Affairs of Latvia', organization: 'Latvia' },
    ]);
  });

  it('gives a state official the country of a demonym or country in the title', () => {
    expect(people('US Under Secretary of State for Arms Control Dana Whitlock met in Almaty with Kazakh Deputy Foreign Minister Arman Seitov.')).toEqual([
      { name: 'Dana Whitlock', role: 'US Under Secretary of State for Arms Control', organization: 'United States' },
      { name: 'Arman Seitov', role: 'Kazakh Deputy Foreign Minister', organization: 'Kazakhstan' },
    ]);
  });

  it('names the country as the text does, or by its usual short name', () => {
    expect(people('President Ivan Sokolov of Russia met President Lee Min-ho of the Republic of Korea and Iranian Foreign Minister Ali Rezai in Baku.').map((p) => p.organization)).toEqual([
      'Russia',
      'Republic of Korea',
      'Iran',
    ]);
  });

  it('adds "of Country" after the name to the title', () => {
    expect(people('President Lucia Ferrante of Italy met Prime Minister Aziz Karimov of Uzbekistan in Samarkand.')).toEqual([
      { name: 'Lucia Ferrante', role: 'President of Italy', organization: 'Italy' },
      { name: 'Aziz Karimov', role: 'Prime Minister of Uzbekistan', organization: 'Uzbekistan' },
    ]);
    expect(people('Queen Sofia of the Netherlands met President Joao Ribeiro of Portugal and Chancellor Eva Lind of Austria in Lisbon.').map((p) => p.role)).toEqual([
      'Queen of the Netherlands',
      'President of Portugal',
      'Chancellor of Austria',
    ]);
  });

  it('gives a body in the title as the organisation', () => {
    expect(people('NATO Secretary General Piet de Wit met European Council President Laura Bianchi in Brussels.')).toEqual([
      { name: 'Piet de Wit', role: 'NATO Secretary General', organization: 'NATO' },
      { name: 'Laura Bianchi', role: 'European Council President', organization: 'European Council' },
    ]);
    expect(people('Minister Aino Virtanen held talks with the President of the Nordic Investment Bank for Climate and Energy Jonas Berg in Helsinki.')[1]).toEqual({
      name: 'Jonas Berg',
      role: 'President of the Nordic Investment Bank for Climate and Energy',
      organization: 'Nordic Investment Bank for Climate and Energy',
    });
  });

  it('gives no organisation for a field of the title, and a city its country', () => {
    expect(people('Chancellor of the Duchy Harriet Lane met Mayor of Leeds Omar Farid in Leeds.')).toEqual([
      { name: 'Harriet Lane', role: 'Chancellor of the Duchy', organization: null },
      { name: 'Omar Farid', role: 'Mayor of Leeds', organization: 'United Kingdom' },
    ]);
  });

  it('reads a body with its own name before the head', () => {
    expect(people('Bank of Canada Governor Tiff Morrow met Federal Reserve Chair Jerome Pike and Asian Development Bank President Masa Ito in Ottawa.')).toEqual([
      { name: 'Tiff Morrow', role: 'Bank of Canada Governor', organization: 'Bank of Canada' },
      { name: 'Jerome Pike', role: 'Federal Reserve Chair', organization: 'Federal Reserve' },
      { name: 'Masa Ito', role: 'Asian Development Bank President', organization: 'Asian Development Bank' },
    ]);
    expect(people('Minister Ada Obi met the Governor of the Central Bank of Kenya Paul Mwangi in Nairobi.')[1]).toEqual({
      name: 'Paul Mwangi',
      role: 'Governor of the Central Bank of Kenya',
      organization: 'Central Bank of Kenya',
    });
  });

  it('prefers the country to a state body in the title', () => {
    expect(people('The delegation met Ivo Marek, Speaker of the Senate of the Slovak Republic, in Bratislava.')[0]).toMatchObject({
      name: 'Ivo Marek',
      organization: 'Slovakia',
    });
  });

  it('keeps an owner before the title', () => {
    expect(people("Malta's Chief Minister Paul Azzopardi met Britain's Europe Director Helen Marsh in Valletta.").map((p) => p.role)).toEqual([
      "Malta's Chief Minister",
      "Britain's Europe Director",
    ]);
  });

  it('skips forms of address: "His Majesty", "H.E. Mr."', () => {
    expect(people('The minister met the Speaker of the National Assembly, H.E. Mr. Amadou Sow, and His Majesty King Letsie IV of Lesotho.')).toEqual([
      { name: 'Amadou Sow', role: 'Speaker of the National Assembly', organization: 'National Assembly' },
      { name: 'Letsie IV', role: 'King of Lesotho', organization: 'Lesotho' },
    ]);
  });
});

describe('English appositions after a name', () => {
  it('runs to the next comma, and stops before "and H.E. Mr." of the next person', () => {
    expect(people('The envoy met Karel Dvorak, Deputy Prime Minister and Minister of Regional Development, in Prague.')[0]).toMatchObject({
      role: 'Deputy Prime Minister and Minister of Regional Development',
    });
    expect(people('The envoy met H.E. Mr. Rui Costa, President of the Assembly of the Republic and H.E. Mr. Lars Holm, Speaker of the Riksdag, in Lisbon.').map((p) => p.role)).toEqual([
      'President of the Assembly of the Republic',
      'Speaker of the Riksdag',
    ]);
  });

  it('pairs each name with the title after it in a list', () => {
    expect(people('The delegation is scheduled to meet Jiri Novotny, President of the Senate of the Czech Republic, Pavel Kral, Prime Minister of the Czech Republic, and other officials.')).toEqual([
      { name: 'Jiri Novotny', role: 'President of the Senate of the Czech Republic', organization: 'Czech Republic' },
      { name: 'Pavel Kral', role: 'Prime Minister of the Czech Republic', organization: 'Czech Republic' },
    ]);
  });
});
