import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

// Made-up sentences of each class: English people and their roles.
const persons = (text: string) => {
  const x = extract({ text });
  return x.entities.filter((e) => e.type === 'PER').map((e) => text.slice(e.start, e.end));
};
const people = (text: string) => extract({ text }).participants.map((p) => ({ name: p.name, role: p.role }));
const roles = (text: string) => extract({ text }).participants.map((p) => ({ name: p.name, role: p.role, organization: p.organization }));

describe('English names after a lower-case title', () => {
  it('reads a name no given-names list knows after an adviser or an aide', () => {
    expect(persons('The talks were also attended by security adviser Shin Yong-ho and senior aide Oh Min-jae.')).toEqual(['Shin Yong-ho', 'Oh Min-jae']);
  });

  it('keeps the field words of the title in the role', () => {
    expect(people('President Ana Ruiz met trade envoy Tomas Bell in Lima. The talks were attended by national security adviser Shin Yong-ho.')).toContainEqual({
      name: 'Shin Yong-ho',
      role: 'national security adviser',
    });
  });

  it('does not read a lower-case word that is no field as part of the role', () => {
    expect(people('President Ana Ruiz met trade envoy Tomas Bell in Lima. The talks were attended by her longtime adviser Shin Yong-ho.')).toContainEqual({
      name: 'Shin Yong-ho',
      role: 'adviser',
    });
  });
});

describe('English titles ending in a country before the name', () => {
  it('stops the title at the country when a name follows, even one ending like a field word', () => {
    expect(roles('Minister Ana Ruiz met the Minister for Foreign Affairs of Estonia Jaak Ravics in Tallinn on Monday.')).toContainEqual({
      name: 'Jaak Ravics',
      role: 'Minister for Foreign Affairs of Estonia',
      organization: 'Estonia',
    });
  });

  it('still takes a listed body word after the country into the title', () => {
    expect(roles('Minister Ana Ruiz met Oto Maly, President of Senate of Czech Republic Parliament, in Prague on Monday.')).toContainEqual({
      name: 'Oto Maly',
      role: 'President of Senate of Czech Republic Parliament',
      organization: 'Czech Republic',
    });
  });
});

describe("an envoy's title names where the envoy is sent", () => {
  it('reads "Ambassador of A to B" before honorifics, and the envoy represents A', () => {
    expect(roles('Foreign Minister Ana Ruiz received Ambassador of Norway to Chile H.E. Mr. Lars Moe in Santiago on Monday.')).toContainEqual({
      name: 'Lars Moe',
      role: 'Ambassador of Norway to Chile',
      organization: 'Norway',
    });
    expect(roles('Foreign Minister Ana Ruiz received Japanese Ambassador to Chile Kenji Ono in Santiago on Monday.')).toContainEqual({
      name: 'Kenji Ono',
      role: 'Japanese Ambassador to Chile',
      organization: 'Japan',
    });
  });

  it('does not read "to" after a title that sends nobody', () => {
    expect(roles('Foreign Minister Ana Ruiz travelled to Chile on Monday to meet President Tomas Vidal.')).toContainEqual({ name: 'Ana Ruiz', role: 'Foreign Minister', organization: null });
  });
});

describe('English roles: more title shapes', () => {
  it('reads a field list with commas inside a title', () => {
    expect(roles('Economy Minister Ola Dahl met Japan\'s Minister of Health, Labour and Welfare Kenji Ono in Tokyo on Monday.')).toContainEqual({
      name: 'Kenji Ono',
      role: "Japan's Minister of Health, Labour and Welfare",
      organization: 'Japan',
    });
  });

  it('does not run a comma into the next person\'s title', () => {
    expect(roles('The talks were attended by Anna Berg, Minister of Finance, and Trade Minister Ola Dahl.').map((p) => p.role)).not.toContain('Minister of Finance, Trade Minister');
  });

  it('reads "the head of" as an apposition role', () => {
    expect(roles('Prime Minister Jon Berg met Karin Holm, the head of the Arctic Council, in Oslo on Monday.')).toContainEqual({
      name: 'Karin Holm',
      role: 'head of the Arctic Council',
      organization: 'Arctic Council',
    });
  });

  it('knows the countries of demonyms the stem rule misreads', () => {
    const found = roles('Austrian Chancellor Lena Gruber met Nigerian President Musa Bello and Norwegian Prime Minister Ola Dahl in Vienna on Monday.');
    expect(found.map((p) => p.organization)).toEqual(['Austria', 'Nigeria', 'Norway']);
  });
});

describe('English roles shared by a list', () => {
  it('gives each person of a list the post of the country in the same place', () => {
    const expected = [
      { name: 'Sofia Reyes', role: 'foreign minister of Ecuador', organization: 'Ecuador' },
      { name: 'Marco Paz', role: 'foreign minister of Uruguay', organization: 'Uruguay' },
      { name: 'Elena Soto', role: 'foreign minister of Paraguay', organization: 'Paraguay' },
    ];
    expect(roles('The foreign ministers of Ecuador, Uruguay and Paraguay, Sofia Reyes, Marco Paz and Elena Soto, met in Quito on Friday.')).toEqual(expected);
    expect(roles('The foreign ministers of Ecuador, Uruguay and Paraguay — Sofia Reyes, Marco Paz and Elena Soto — met in Quito on Friday.')).toEqual(expected);
  });

  it('gives no country when the counts differ', () => {
    const found = roles('The foreign ministers of Ecuador, Uruguay and Paraguay, Sofia Reyes and Marco Paz, met in Quito on Friday.');
    expect(found.map((p) => p.organization)).not.toContain('Ecuador');
  });

  it('reads members of parliament in a list', () => {
    expect(roles('Speaker Ana Ruiz received a delegation of MEPs Eva Lind, Mark Stone and Olga Hrib in Madrid on Monday.').slice(1)).toEqual([
      { name: 'Eva Lind', role: 'MEP', organization: null },
      { name: 'Mark Stone', role: 'MEP', organization: null },
      { name: 'Olga Hrib', role: 'MEP', organization: null },
    ]);
  });
});

describe('English roles: whom a title says the person represents', () => {
  it('takes no body from the words of a title', () => {
    expect(roles('Dr. Omar Saleh, Diplomatic Adviser to the Emir, met Jean Morel, Special Envoy of France for the Sahel, in Paris on Monday.')).toEqual([
      { name: 'Omar Saleh', role: 'Diplomatic Adviser to the Emir', organization: null },
      { name: 'Jean Morel', role: 'Special Envoy of France for the Sahel', organization: 'France' },
    ]);
  });

  it('still takes a body named in the apposition', () => {
    expect(roles('Dr. Omar Saleh, Chairman of Gulf Steel Holdings, met Jean Morel in Paris on Monday.')[0]).toEqual({
      name: 'Omar Saleh',
      role: 'Chairman of Gulf Steel Holdings',
      organization: 'Gulf Steel Holdings',
    });
  });
});
