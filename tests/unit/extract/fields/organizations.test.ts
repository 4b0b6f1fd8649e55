// The meeting's organisations (fields/organizations.ts, mentions/organization-names.ts, the Russian
// organisation phrases): hand-made sentences, none taken from an evaluation corpus.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

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

describe('organisations: bodies that take part', () => {
  it('names the hosting foreign ministry with the country the text gives it elsewhere', () => {
    const text = 'Переговоры главы МИД Армении Ашота Мкртчяна с министром иностранных дел Чехии Яном Новаком прошли в министерстве иностранных дел в среду. Пресс-служба МИД Армении опубликовала фотографии со встречи.';
    expect(orgs(text)).toEqual(['МИД Армении']);
    expect(orgs('Переговоры министра Ашота Мкртчяна с министром Яном Новаком прошли в министерстве иностранных дел в среду.')).toEqual([]);
  });

  it('reads an English host ministry with its country', () => {
    expect(orgs('Foreign Minister Ana Ruiz held talks with her Danish counterpart Lars Holm at the Peruvian MFA on Tuesday.')).toEqual(['Peruvian MFA']);
  });

  it('keeps a state body with the country named after it', () => {
    expect(orgs('Министр финансов Анна Холм встретилась с представителями Министерства финансов и экономики Латвии.')).toEqual(['Министерство финансов и экономики Латвии']);
  });

  it('lists the non-state bodies in the participants\' titles, not a state body', () => {
    expect(orgs('European Council President Laura Bianchi met NATO Secretary General Piet de Wit in Brussels.')).toEqual(['European Council', 'NATO']);
    expect(orgs('Speaker of the Polish Senate Jan Nowak met Prime Minister Anna Berg of Estonia in Tallinn.')).toEqual([]);
  });

  it('reads acronyms that take part, not a regnal number or a state after its city', () => {
    expect(orgs('The leaders of NATO and the G7 met in Madrid on Monday.')).toEqual(['NATO', 'G7']);
    expect(orgs('King Harald V of Norway met President Anna Berg of Estonia in Oslo.')).toEqual([]);
    expect(orgs('US President Tom Hale met UK Prime Minister Ann Lee at 10 AM to discuss the COVID response.')).toEqual([]);
    expect(orgs('President Tom Hale held talks with Prime Minister Ann Lee on chips, AI and LNG.')).toEqual([]);
    expect(orgs('President Anna Berg will welcome Prime Minister Lars Holm to Austin, TX for talks on Monday.')).toEqual([]);
  });

  it('shares the organisations of a headline frame with the lead sentence\'s subject', () => {
    const text = 'Statement of the Leaders on the Margins of the Andean Summit\n\nToday the leaders of Chile, the Inter-American Development Bank and Peru met on the margins of the Andean Summit in Quito.';
    expect(orgs(text)).toEqual(['Inter-American Development Bank']);
  });

  it('takes the forum a party takes part in from the headline', () => {
    const text = 'Chile Participates in Pacific Alliance Forum in Peru\n\nThe forum opened in Lima on Monday. On the sidelines, Foreign Minister Ana Ruiz met Minister Jorge Soto of Peru.';
    expect(orgs(text)).toContain('Pacific Alliance Forum');
  });
});
