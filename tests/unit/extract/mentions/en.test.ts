// English person names after titles and forms of address (mentions/en/titles.ts, mentions/en/index.ts).
// Every sentence is made up for the rule it checks.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

const persons = (text: string) => {
  const r = extract({ text, language: 'en' });
  return r.entities.filter((e) => e.type === 'PER').map((e) => text.slice(e.start, e.end));
};
const names = (text: string) => extract({ text, language: 'en' }).participants.map((p) => p.name);

describe('English titles with an of/for complement before a name', () => {
  it('takes the whole title and leaves the name', () => {
    expect(persons('In Tokyo, Foreign Minister Kenji Arata received Secretary of State Laura Whitcombe for talks.')).toEqual(['Kenji Arata', 'Laura Whitcombe']);
    expect(persons('Minister for Coastal Affairs Penelope Grant met Minister for Public Works Tomas Lindqvist in Oslo.')).toEqual(['Penelope Grant', 'Tomas Lindqvist']);
  });

  it('reads a name that is not an English given name after a long title', () => {
    expect(persons('Dutch Deputy Assistant Secretary of State for East Asian and Pacific Affairs Oskar Veldhuis met in Hanoi with Vietnamese Trade Minister Nguyen Van Phuc.')).toEqual([
      'Oskar Veldhuis',
      'Nguyen Van Phuc',
    ]);
    expect(persons('She held talks with the President of Ghana Kwabena Asante and the Chairman of the African Development Bank (AfDB) Tiemoko Diallo.')).toEqual([
      'Kwabena Asante',
      'Tiemoko Diallo',
    ]);
  });

  it('reads titles whose head word the old list lacked', () => {
    expect(persons('Deputy National Security Advisor Priya Raman met External Affairs Minister R. Venkataraman in Colombo.')).toEqual(['Priya Raman', 'R. Venkataraman']);
  });

  it('reads a field word the lists lack before a given name, hyphenated titles and joined initials', () => {
    expect(persons('Chancellor of the Duchy Harriet Lane met Vice President JB Carter and President-elect Maria Lopez in London.')).toEqual([
      'Harriet Lane',
      'JB Carter',
      'Maria Lopez',
    ]);
  });

  it('reads initials and particles after a lower-case title', () => {
    expect(persons("The envoy met India's foreign minister P. Raghavan and the defence minister Ana de Sousa in Delhi.")).toEqual(['P. Raghavan', 'Ana de Sousa']);
  });

  it('keeps the second party after "met with" and a long title', () => {
    expect(names('Ambassador Lea Moser met with Minister of Tourism and Antiquities of Jordan Rami Haddad in Amman on Monday.')).toEqual(['Lea Moser', 'Rami Haddad']);
  });

  it('stops the name before a complement after it: "President X of Country"', () => {
    expect(persons('President Lucia Ferrante of Italy met Prime Minister Aziz Karimov of Uzbekistan in Samarkand.')).toEqual(['Lucia Ferrante', 'Aziz Karimov']);
  });

  it('reads titles in capitals, but not the headline verb or the title as a name or a body', () => {
    const text = 'FOREIGN MINISTER ARVID LANGE MEETS PREMIER TOMOKO SATO\n\nThe two ministers met in Osaka.';
    const r = extract({ text, language: 'en' });
    expect(r.entities.map((e) => `${e.type}:${text.slice(e.start, e.end)}`)).toEqual(['PER:ARVID LANGE', 'PER:TOMOKO SATO', 'LOC:Osaka']);
  });
});

describe('things that contain title words but name nobody', () => {
  it('does not fire on bodies and offices', () => {
    expect(persons("The Secretary of State's office announced that talks with Ghana would resume.")).toEqual([]);
    expect(persons('The Ministry of Foreign Affairs of Jordan said the meeting with the delegation was useful.')).toEqual([]);
    const text = 'The Office of the President of Ghana Kofi Annan Centre hosted the talks.';
    expect(persons(text)).toEqual([]);
  });

  it('reads neither role words nor plurals as people', () => {
    expect(persons('At talks in Riga the Chairman of the Board of Governors welcomed the Deputy Ministers of Latvia.')).toEqual([]);
    expect(persons("The Foreign Investors' Council met the Executive Chairman of the fund in Astana.")).toEqual([]);
    expect(persons('The Presidents of Chile and Peru and the Prime Ministers of Fiji and Samoa met in Lima.')).toEqual([]);
    expect(persons('Deputy Prime Minister and Minister of Foreign Affairs said the talks would go on.')).toEqual([]);
  });

  it('reads no person in a body named after a demonym', () => {
    expect(persons('She toured the Kenyan Institute of Marine Science Mombasa with the delegation.')).toEqual([]);
  });

  it('keeps organisation names and Roman numerals after non-names', () => {
    const text = 'After World War II, the Bank of the West opened in Los Angeles.';
    expect(persons(text)).toEqual([]);
  });
});

describe('headlines "Readout of <title> X’s Meeting with Y"', () => {
  it('does not join the headline words to the name, nor read "Readout of" as a title', () => {
    const text = 'Readout of Vice President Harris’s Meeting with Prime Minister Lena Varga of Hungary\n\nVice President Kamala Harris met with Prime Minister Lena Varga of Hungary today in Budapest.';
    const people = extract({ text, language: 'en', publishedAt: '2024-05-02T17:00:00+02:00' }).participants;
    expect(people.map((p) => p.name)).toEqual(['Kamala Harris', 'Lena Varga']);
    expect(people.map((p) => p.role)).toEqual(['Vice President', 'Prime Minister of Hungary']);
  });
});

describe('names that are not "English given name + surname"', () => {
  it('keeps middle initials and drops "Jr."', () => {
    expect(persons('Vice-President Kamala R. Osei, Jr. met Mayor Olga Brink in Accra.')).toEqual(['Kamala R. Osei', 'Olga Brink']);
    expect(names('Senator Harold T. Wexley met Governor Anne P. Lowry in Boise.')).toEqual(['Harold T. Wexley', 'Anne P. Lowry']);
  });

  it('keeps an initial written without its full stop', () => {
    expect(persons('Governor Martha T Hollis met Senator Paul E Ridley in Denver.')).toEqual(['Martha T Hollis', 'Paul E Ridley']);
  });

  it('keeps a capitalised particle that is also a given name inside the name', () => {
    expect(persons('Minister of Water of Jordan Karim Al Masri met Minister for Planning Rania El Sayed in Amman.')).toEqual(['Karim Al Masri', 'Rania El Sayed']);
  });

  it('keeps particles and reads honorifics before the name', () => {
    expect(persons('Sheikh Khalid bin Rashid al Nuaimi, Chairman of the Shura Council, met Senator Tomáš Černý in Doha.')).toEqual([
      'Khalid bin Rashid al Nuaimi',
      'Tomáš Černý',
    ]);
    expect(persons('Commissioner Hanna van der Berg met H.E. Mr. Omar Farouk Idris in Brussels.')).toEqual(['Hanna van der Berg', 'Omar Farouk Idris']);
    expect(persons('The envoy also met Dr Salma bint Nasser al Busaidi.')).toEqual(['Salma bint Nasser al Busaidi']);
  });

  it('reads regnal numbers and a royal single name', () => {
    expect(persons('Prime Minister Carla Dominguez held talks in Ottawa with Emir Fahad the II of Kuwait, who was accompanied by Princess Noor.')).toEqual([
      'Carla Dominguez',
      'Fahad the II',
      'Noor',
    ]);
    expect(persons('His Majesty King Haakon VII received Her Royal Highness Princess Astrid.')).toEqual(['Haakon VII', 'Astrid']);
  });

  it('keeps a surname-first name as written', () => {
    expect(names('Prime Minister Tanaka Hiroshi of Japan met President Moon Jae-sung of the Republic of Korea in Seoul.')).toEqual(['Tanaka Hiroshi', 'Moon Jae-sung']);
  });

  it('joins a shorter form of the name to the full one', () => {
    const text = 'Minister Vale Meets French Foreign Minister Le Garrec\n\nForeign Minister Tom Vale met French Foreign Minister Jean-Marc Le Garrec in Lyon.';
    expect(names(text)).toEqual(['Tom Vale', 'Jean-Marc Le Garrec']);
  });

  it('tells two people with one surname apart', () => {
    expect(names('President Walter Brandt and First Lady Ingrid Brandt will welcome King Olav of Norway on Monday for talks.')).toEqual(['Walter Brandt', 'Ingrid Brandt', 'Olav']);
  });
});
