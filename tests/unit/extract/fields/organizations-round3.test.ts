// The meeting's organisations, third round (fields/organizations.ts, mentions/organization-names.ts): classes of
// errors found on the tuning sets, each on sentences made up for the test, with the cases that must stay.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

const orgs = (text: string, language?: string) => extract({ text, ...(language ? { language } : {}) }).organizations.map((o) => o.name);

describe('organisations: words in capitals that are no acronym', () => {
  it('skips a capitalised article at a sentence start and a position\'s abbreviation', () => {
    expect(orgs('THE annual summit of ECOWAS heads of state opened in Abuja on Monday.')).toEqual(['ECOWAS']);
    expect(orgs('Latvian FM meets Estonian counterpart\n\nForeign Minister Lena Holm met Estonian Foreign Minister Mart Tamm in Riga on Friday.')).not.toContain('FM');
  });
});

describe('organisations: the owner that closes a Russian name', () => {
  it('keeps capitalised genitive words after the name («… Содружества Независимых Государств»)', () => {
    expect(orgs('В Минске состоялось заседание Совета министров обороны Содружества Независимых Государств.')).toEqual(['Совет министров обороны Содружества Независимых Государств']);
  });

  it('does not take a person or a place after the name', () => {
    const found = orgs('В Минске прошло заседание Совета директоров банка Ивана Петрова.');
    expect(found.some((o) => /Петров/.test(o))).toBe(false);
  });
});

describe('organisations: one body named shorter and longer', () => {
  it('keeps the longer name when the shorter one is its beginning and the rest names the owner', () => {
    expect(orgs('В Минске состоялось заседание Совета министров обороны Содружества Независимых Государств. Следующее заседание Совета министров обороны пройдёт в Москве.')).toEqual(['Совет министров обороны Содружества Независимых Государств']);
  });

  it('keeps the name with the owner\'s acronym over the bare one', () => {
    expect(orgs('Заседание Совета Безопасности ООН прошло в Нью-Йорке. Члены Совета Безопасности обсудили ситуацию.')).toEqual(['Совет Безопасности ООН']);
  });
});

describe('organisations: the host whose headquarters the meeting is at', () => {
  it('reads "at X Headquarters", "at the headquarters of X", «в штаб-квартире X»', () => {
    expect(orgs('The Secretary-General met Foreign Minister Ana Duarte at NATO Headquarters in Brussels.')).toEqual(['NATO']);
    expect(orgs('Foreign Minister Ana Duarte met President Jan Novak at the headquarters of the African Union in Addis Ababa.')).toEqual(['African Union']);
    expect(orgs('Глава МИД Армении Арам Петросян встретился с министром иностранных дел Чехии Яном Новаком в штаб-квартире ОБСЭ в Вене.')).toEqual(['ОБСЭ']);
  });

  it('takes no government, country or person for a headquarters\' owner', () => {
    expect(orgs('President Ana Costa met Prime Minister Jan Novak at the Government Headquarters in Lisbon.')).toEqual([]);
    expect(orgs('President Ana Costa met Prime Minister Jan Novak at Portugal headquarters in Lisbon.')).toEqual([]);
  });
});
