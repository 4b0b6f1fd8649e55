import { describe, expect, it } from 'vitest';
import { countriesNamed } from '../../../functions/core/extract/knowledge/countries-named.ts';
import { assignPersons } from '../../../functions/core/record/persons/assign-persons.ts';
import type { KnownPerson } from '../../../functions/core/record/persons/known-person.ts';
import { personMention } from '../../../functions/core/record/persons/person-mention.ts';
import { extract } from '../../support/extractor.ts';

/** Extracts each made-up article in turn and resolves its participants; returns name -> person id per article. */
function personsOf(texts: string[]): Array<Record<string, string | null>> {
  let n = 0;
  let directory: KnownPerson[] = [];
  return texts.map((text) => {
    const extraction = extract({ text });
    const mentions = extraction.participants.map((p) => personMention(p, extraction.language, countriesNamed));
    const result = assignPersons(directory, mentions, () => `p${++n}`);
    directory = result.directory;
    return Object.fromEntries(mentions.map((m, k) => [m.name, result.personIds[k]!]));
  });
}

describe('persons across extracted articles', () => {
  it('gives «Сергея Лаврова» in one article and "Sergei Lavrov" in another one identity', () => {
    const [ru, en] = personsOf([
      'В Душанбе прошла встреча министра иностранных дел России Сергея Лаврова с министром иностранных дел Таджикистана Фаридуном Курбоновым.',
      'Russian Foreign Minister Sergei Lavrov met Mongolian Foreign Minister Batbayar Gankhuyag in Ulaanbaatar on Thursday.',
    ]);

    expect(ru!['Сергей Лавров']).toBeDefined();
    expect(en!['Sergei Lavrov']).toBe(ru!['Сергей Лавров']);
  });

  it('keeps an «Ивана Лаврова» of another article apart from Sergei Lavrov', () => {
    const [en, ru] = personsOf([
      'Russian Foreign Minister Sergei Lavrov met Mongolian Foreign Minister Batbayar Gankhuyag in Ulaanbaatar on Thursday.',
      'В Казани губернатор Иван Лавров встретился с послом Италии Марко Бьянки.',
    ]);

    expect(ru!['Иван Лавров']).toBeDefined();
    expect(ru!['Иван Лавров']).not.toBe(en!['Sergei Lavrov']);
  });
});

describe('countriesNamed', () => {
  it('finds the countries of a participant role or organisation in both languages', () => {
    expect(countriesNamed('посол Италии в Грузии', 'ru').sort()).toEqual(['GE', 'IT']);
    expect(countriesNamed('российский министр', 'ru')).toEqual(['RU']);
    expect(countriesNamed("Spain's Deputy Prime Minister", 'en')).toEqual(['ES']);
    expect(countriesNamed('Mongolian Foreign Minister', 'en')).toEqual(['MN']);
    expect(countriesNamed('глава корпорации «Северный поток»', 'ru')).toEqual([]);
  });
});
