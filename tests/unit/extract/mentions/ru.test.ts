// Russian named-entity mentions (PER / LOC / ORG spans). Every sentence here is made up for its class.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

const mentions = (text: string) => extract({ text, language: 'ru' }).entities.map((e) => `${e.type}:${text.slice(e.start, e.end)}`);

describe('Russian mentions: a region named by an adjective and a place', () => {
  it('reads "Южной Азии" as a place, not the start of a name', () => {
    const m = mentions('Он встретился с советником по делам Южной Азии Томасом Гриром.');
    expect(m).toContain('LOC:Южной Азии');
    expect(m).toContain('PER:Томасом Гриром');
  });
});

describe('Russian mentions: products, works, events and prizes after their descriptor', () => {
  it('tags no entity for a Latin or quoted name after a product noun', () => {
    const m = mentions('Компания Nokia выпустила смартфон Lumia Pro и браузер Opera для планшетов.');
    expect(m).toContain('ORG:Nokia');
    expect(m.some((x) => x.includes('Lumia') || x.includes('Opera'))).toBe(false);
    const m2 = mentions('На заводе начали собирать автомобили «Волга Сайбер» (Volga Siber) и «Самара».');
    expect(m2).toEqual([]);
    expect(mentions('Жюри назвало победителей конкурса Best Young Poet и фестиваля «Белые ночи».')).toEqual([]);
  });

  it('still tags an acronym after an event noun, and a company named after the product', () => {
    expect(mentions('Он стал лучшим снайпером чемпионата NHL.')).toContain('ORG:NHL');
    expect(mentions('Операционная система Linux. Компания Oracle подала иск.')).toContain('ORG:Oracle');
  });
});

describe('Russian mentions: capitalised common nouns of a fixed sense', () => {
  it('reads "Интернет" as an organisation and the space station as a place', () => {
    expect(mentions('Журналисты, работающие в Интернете, чаще попадают под арест.')).toContain('ORG:Интернете');
    expect(mentions('Интернет стал главным источником новостей.')).toContain('ORG:Интернет');
    expect(mentions('Экипаж вернулся с МКС на Землю.')).toContain('LOC:МКС');
  });
});

describe('Russian mentions: quoted organisation names from their context', () => {
  it('reads a quoted name after a crediting word as an outlet', () => {
    expect(mentions('Министр рассказал «Вечерним новостям» о своих планах.')).toContain('ORG:Вечерним новостям');
    expect(mentions('Депутат в интервью «Утренней звезде» подтвердил отставку.')).toContain('ORG:Утренней звезде');
    expect(mentions('Он работал в редакции еженедельника «Северный курьер» до 2005 года.')).toContain('ORG:Северный курьер');
  });

  it('reads a quoted name after a member or a role as the organisation', () => {
    expect(mentions('Вчера задержали двух болельщиков «Факела» после матча.')).toContain('ORG:Факела');
    expect(mentions('Иван Серов, вокалист питерского «Маяка», дал концерт.')).toContain('ORG:Маяка');
    expect(mentions('Совещание провел гендиректор «Северной верфи» Олег Бурцев.')).toContain('ORG:Северной верфи');
  });

  it('reads a quoted name standing as the subject of a verb as an organisation, not one in apposition', () => {
    expect(mentions('В рамках программы «Светлячок» поставляет бесплатные учебники.')).toContain('ORG:Светлячок');
    expect(mentions('Фильм «Брат» вышел на экраны в 1997 году.')).not.toContain('ORG:Брат');
  });

  it('reads a quoted name in a list with organisations as one of them', () => {
    const m = mentions('Регулятор оштрафовал МТС, «Ростелеком» и «Старт» за сговор.');
    expect(m).toContain('ORG:Ростелеком');
    expect(m).toContain('ORG:Старт');
  });

  it('does not read an article title as an organisation', () => {
    expect(mentions('Подробнее читайте в статье Нового обозревателя «Осень без дождей».')).not.toContain('ORG:Осень без дождей');
  });
});

describe('Russian mentions: one sense per document for multi-word organisation names', () => {
  it('finds the name again at the start of a line', () => {
    const text = 'Министр дал интервью радио «Эхо Европы».\nЭхо Европы: Как вы оцениваете переговоры?';
    const m = mentions(text);
    expect(m.filter((x) => x === 'ORG:Эхо Европы')).toHaveLength(2);
    expect(m).not.toContain('LOC:Европы');
  });
});

describe('Russian mentions: person chains and their neighbours', () => {
  it('does not join a well-known city to a foreign surname before it, but keeps a foreign surname that is a river', () => {
    const m = mentions('Вместо Нетаньяху Иерусалим на переговорах представит другой министр.');
    expect(m).toContain('PER:Нетаньяху');
    expect(m).toContain('LOC:Иерусалим');
    expect(mentions('Министр иностранных дел Германии Хайко Маас приехал в Москву.')).toContain('PER:Хайко Маас');
  });

  it('ends a place after its descriptor when the place is known, before a name', () => {
    const m = mentions('Сенатор от штата Невада Кэтрин Уолш выступила в Конгрессе.');
    expect(m).toContain('LOC:Невада');
    expect(m).toContain('PER:Кэтрин Уолш');
  });

  it('does not read a word with digits or a guessed adjective before its noun as a person', () => {
    expect(mentions('Он стал чемпионом Формулы-1 в прошлом году.').some((x) => x.startsWith('PER:'))).toBe(false);
    expect(mentions('Город взяли во время Семидневной войны.').some((x) => x.startsWith('PER:'))).toBe(false);
  });

  it('reads a sentence-initial surname before a verb, also with a particle between', () => {
    const text = 'Дело Антона Брода передано в суд. Брод также заявил, что не виновен.';
    expect(mentions(text).filter((x) => x.startsWith('PER:Брод'))).toHaveLength(1);
    expect(mentions(text)).toContain('PER:Брод');
    expect(mentions('Путин также посетит Софию.')).toContain('PER:Путин');
  });
});

describe('Russian mentions: organisations named after people', () => {
  it('keeps the names after "имени" / "им." in the organisation', () => {
    expect(mentions('Концерт дали солисты Драматического театра имени Вахтангова и Щукина.')).toContain('ORG:Драматического театра имени Вахтангова и Щукина');
    expect(mentions('Выставку открыл Музей им. Ивана Крамского в Воронеже.')).toContain('ORG:Музей им. Ивана Крамского');
  });
});

describe('Russian mentions: descriptors and employers around names', () => {
  it('reads a descriptive phrase before a quoted name as its descriptor, a genitive name after it as a part', () => {
    const m = mentions('Выставку примет Центр современного искусства «Винзавод» в октябре.');
    expect(m).toContain('ORG:Винзавод');
    expect(m).not.toContain('ORG:Центр современного искусства');
    expect(mentions('Он дал интервью Украинской службе «Радио Европы».')).toContain('ORG:Украинской службе');
  });

  it('splits an employer glued onto the person after a role noun', () => {
    const m = mentions('Спецназ ликвидировал лидера Аль-Шабааба Ахмеда Годане.');
    expect(m).toContain('ORG:Аль-Шабааба');
    expect(m).toContain('PER:Ахмеда Годане');
  });

  it('keeps a foreign first name whose surname is also a first name', () => {
    expect(mentions('Министр встретился с послом Кэнтой Давидом.')).toContain('PER:Кэнтой Давидом');
  });
});
