// Russian named-entity mentions (PER / LOC / ORG spans). Every sentence here is made up for its class.

import { describe, expect, it } from 'vitest';
import { extract } from '../../support/extractor.ts';

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
