import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

// Made-up texts of each class (never corpus sentences): who took part.
const people = (text: string, publishedAt?: string) => extract({ text, publishedAt }).participants;
const names = (text: string, publishedAt?: string) => people(text, publishedAt).map((p) => p.name);

describe('participants: a headline frame whose lead names nobody', () => {
  it('takes the people of the sentence after the lead', () => {
    expect(
      names(
        'Latvia, Estonia, Lithuania leaders hold phone call on energy links\n\nRIGA, March 3 (Wire) - The leaders of Latvia, Estonia and Lithuania held a joint phone call on Tuesday to coordinate their grid plans, the government said.\n\nLatvian Prime Minister Ilze Ozola, Estonian Prime Minister Karl Tamm and Lithuanian Prime Minister Rasa Vaitkute agreed to speed up the grid link.',
      ),
    ).toEqual(['Ilze Ozola', 'Karl Tamm', 'Rasa Vaitkute']);
  });

  it('does not take them when the lead names its people', () => {
    expect(
      names(
        'Nordic ministers hold call\n\nOSLO, May 2 (Wire) - Foreign Minister Per Lunde held a call with Foreign Minister Eva Sund on Friday.\n\nLater, opposition leader Ole Brekke criticised the government.',
      ),
    ).toEqual(['Per Lunde', 'Eva Sund']);
  });
});

describe('participants: a chain of sentences saying who attends', () => {
  it('takes the guest named after those expected to attend', () => {
    expect(
      names(
        'A summit of the Nordic prime ministers will be held in Bergen on Monday, the government said.\n\nPrime Minister of Norway Hans Viken will chair the summit. Prime Minister of Sweden Lina Berg and Prime Minister of Finland Matti Koski are expected to attend. Prime Minister of Iceland Sara Jonsdottir will take part as an observer.',
      ),
    ).toEqual(['Hans Viken', 'Lina Berg', 'Matti Koski', 'Sara Jonsdottir']);
  });

  it('does not take someone who will attend another event later', () => {
    expect(
      names(
        'Prime Minister Hans Viken met President Lina Berg in Bergen on Monday.\n\nThe two discussed fisheries. In October, the opposition leader Ola Dahl will attend a party congress in Oslo.',
      ),
    ).toEqual(['Hans Viken', 'Lina Berg']);
  });
});

describe('participants: a quoted person said to have attended', () => {
  it('takes the speaker who attended the talks', () => {
    expect(
      names(
        'President Arno Veld held talks with Premier Tomas Horak in Prague on Monday.\n\n"Both sides want more trade," said deputy national security adviser Pavel Ruzek, who attended the talks.',
      ),
    ).toEqual(['Arno Veld', 'Tomas Horak', 'Pavel Ruzek']);
  });

  it('takes a Russian speaker who attended the talks, not one who followed them', () => {
    const lead = 'Президент Андрей Лесков провел переговоры с премьер-министром Томашем Гораком в Праге в понедельник.\n\n';
    expect(names(`${lead}«Стороны хотят больше торговли», — заявил помощник президента Иван Ковалев, присутствовавший на переговорах.`)).toEqual([
      'Андрей Лесков',
      'Томаш Горак',
      'Иван Ковалев',
    ]);
    expect(names(`${lead}«Стороны хотят больше торговли», — заявил политолог Иван Ковалев, следивший за переговорами.`)).toEqual(['Андрей Лесков', 'Томаш Горак']);
  });

  it('still leaves out a speaker only quoted about them', () => {
    expect(
      names(
        'President Arno Veld held talks with Premier Tomas Horak in Prague on Monday.\n\n"Both sides want more trade," said political analyst Pavel Ruzek, who followed the talks.',
      ),
    ).toEqual(['Arno Veld', 'Tomas Horak']);
  });

  it('reads a lower-case title with its field as the role', () => {
    const ruzek = people(
      'President Arno Veld held talks with Premier Tomas Horak in Prague on Monday.\n\n"Both sides want more trade," said deputy national security adviser Pavel Ruzek, who attended the talks.',
    ).find((p) => p.name === 'Pavel Ruzek');
    expect(ruzek?.role).toBe('deputy national security adviser');
  });
});

describe('participants: one person under name variants', () => {
  it('joins a surname-first name and its later short form', () => {
    const found = people('Foreign Minister Goh Kian Seng met Prime Minister Nguyen Van Long in Hanoi on Monday. Minister Goh thanked Prime Minister Nguyen for the warm welcome.');
    expect(found.map((p) => [p.name, p.mentions.length])).toEqual([
      ['Goh Kian Seng', 2],
      ['Nguyen Van Long', 2],
    ]);
  });

  it('does not take a lone given name for the surname of a surname-first name', () => {
    const text = 'President Grace Omondi met Foreign Minister Tan Wei Liang in Nairobi on Monday.\n\nThe talks were also attended by Minister Grace.';
    expect(people(text).find((p) => p.name === 'Tan Wei Liang')?.mentions).toHaveLength(1);
  });
});

describe('participants: a royal title and an office', () => {
  it('gives the office of the apposition over the royal title', () => {
    expect(
      people('His Royal Highness Prince Khalid bin Saad Al Mansour, the Crown Prince and Prime Minister, held talks with Chancellor Jonas Weber in Berlin on Monday.').map((p) => p.role),
    ).toEqual(['Crown Prince and Prime Minister', 'Chancellor']);
  });

  it('keeps the royal title when no office follows', () => {
    expect(people('Queen Ingrid held talks with Chancellor Jonas Weber in Berlin on Monday.').map((p) => p.role)).toEqual(['Queen', 'Chancellor']);
  });
});

describe('participants: a spokesperson set off by commas', () => {
  it('leaves out the spokesperson named after the position and a comma', () => {
    expect(names('Prime Minister Jon Berg met President Ana Ruiz in Madrid on Monday, a government spokesperson, Lena Holt, said.')).toEqual(['Jon Berg', 'Ana Ruiz']);
  });

  it('keeps a participant named after another position and a comma', () => {
    expect(names('Prime Minister Jon Berg met the foreign minister, Lena Holt, in Madrid on Monday.')).toEqual(['Jon Berg', 'Lena Holt']);
  });
});
