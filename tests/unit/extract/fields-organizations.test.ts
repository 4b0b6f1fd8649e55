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

describe('organisations: what is not listed', () => {
  it('leaves out a dateline place in capitals', () => {
    const text = 'Lind set for talks with Hale\n\n02 Mar 2021, 10:15\n\nHAMBURG, Mar 2 — Finance Minister Tove Lind will host Treasury Secretary Mark Hale for talks in Hamburg next week.';
    expect(orgs(text)).toEqual([]);
    expect(orgs('Lind met Hale\n\nLYON: Finance Minister Tove Lind met Treasury Secretary Mark Hale on the margins of the OECD Ministerial.')).toEqual([]);
  });

  it('leaves out the body of the summit behind a side meeting', () => {
    const text = 'Глава МИД Грузии Нико Берадзе на полях Совета министров иностранных дел ОБСЕ в Вене провёл встречу с министром иностранных дел Австрии Карлом Майром.';
    expect(orgs(text)).toEqual([]);
    expect(orgs('Prime Minister Ana Silva met Premier Tom Reid on the sidelines of the Pacific Islands Forum in Suva.')).toEqual([]);
  });

  it('keeps a body named after the side-meeting phrase has ended', () => {
    const text = 'On the sidelines of the summit, Minister Ana Silva met the head of the Asian Development Bank, Tom Reid.';
    expect(orgs(text)).toContain('Asian Development Bank');
  });

  it('does not list a state body of an official or a region', () => {
    expect(orgs('Глава МВД Казахстана Ерлан Сапаров встретился с послом Франции Жаном Моро.')).toEqual([]);
    expect(orgs('Губернатор Томской области Иван Петров встретился с послом Чили Хорхе Риверасом.')).toEqual([]);
  });

  it('does not take a ministry that speaks about the meeting for its host', () => {
    expect(orgs('Министр Анна Холм встретится с коллегой Карлом Майром в Вене, заявили в МИД Австрии.')).toEqual([]);
    expect(orgs('Посол Франции Жан Моро встретился в МИД Армении с заместителем министра Ашотом Саркисяном.')).toContain('МИД Армении');
  });

  it('reads nothing out of a photo credit glued into the text', () => {
    const r = extract({ text: 'Анна Холм (Фото: /Per Olsen / TT / AFP) Премьер-министр Швеции Анна Холм провела переговоры с президентом Финляндии Микко Лааксо.' });
    expect(r.organizations).toEqual([]);
    expect(r.participants.map((p) => p.name)).not.toContain('Per Olsen');
  });

  it('keeps a country abbreviation glued to the name', () => {
    expect(orgs('Secretary Anna Holm met with members of the U.S.-ASEAN Business Council in Jakarta on Monday.')).toContain('U.S.-ASEAN Business Council');
  });
});
