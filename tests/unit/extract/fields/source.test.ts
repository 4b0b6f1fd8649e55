// The source credit (fields/source.ts): hand-made sentences, none taken from an evaluation corpus.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

const source = (text: string) => extract({ text }).source;

describe('source: agencies credited by the layout', () => {
  it('reads a Russian wire dateline with the agency between slashes or after a dash', () => {
    expect(source('ВИЛЬНЮС, 3 марта. /ЭЛТА/. Премьер Литвы Анна Берг провела переговоры с президентом Латвии Карлисом Озолсом.')).toBe('ЭЛТА');
    expect(source('МИНСК, 12 апр — БелТА. Министр Иван Петров встретился с послом Китая Ли Вэем.')).toBe('БелТА');
  });

  it('reads a mixed-case dateline with the agency in brackets', () => {
    expect(source('Ottawa, ON (Maple.News) Prime Minister Anna Berg met President Luis Soto on Monday.')).toBe('Maple.News');
    expect(source('RIGA, May 4 (LETA) - Prime Minister Anna Berg met President Luis Soto on Monday.')).toBe('LETA');
  });

  it('reads an agency signing off the text', () => {
    expect(source('Prime Minister Anna Berg met President Luis Soto in Lima.\n\nThe ministers agreed to meet again. — Reuters')).toBe('Reuters');
    expect(source('Prime Minister Anna Berg met President Luis Soto in Lima.\n\n-Andes Press')).toBe('Andes Press');
  });
});

describe('source: crediting words', () => {
  it('reads a correspondent, "пишет", "по материалам", "цитата по", "приводит", "в интервью"', () => {
    expect(source('Министр Иван Петров встретился с послом Китая Ли Вэем, передает корреспондент Kazinform.')).toBe('Kazinform');
    expect(source('Министр Иван Петров встретился с послом Китая Ли Вэем. Об этом пишет Delfi.')).toBe('Delfi');
    expect(source('Министр Иван Петров встретился с послом Китая Ли Вэем. По материалам ТАСС.')).toBe('ТАСС');
    expect(source('Министр Иван Петров встретился с послом Китая Ли Вэем («Мы договорились», — цитата по «Фонтанка.ру»).')).toBe('Фонтанка.ру');
    expect(source('Министр Иван Петров встретился с послом Китая Ли Вэем, приводит сообщение Euronews.')).toBe('Euronews');
    expect(source('Министр Иван Петров встретился с послом Китая Ли Вэем, заявил он в интервью Радио Свобода.')).toBe('Радио Свобода');
  });

  it('joins a word and the quoted name after it', () => {
    expect(source('Министр Иван Петров встретился с послом Китая Ли Вэем, передает РИА «Вести».')).toBe('РИА Вести');
  });

  it('reads an outlet\'s correspondent in English', () => {
    expect(source('The BBC\'s Anna Holm says Minister Lars Berg met President Ola Dahl in Oslo.')).toBe('BBC');
  });
});

describe('source: what is no outlet', () => {
  it('leaves out press services, ministries, the Kremlin\'s site and Telegram channels', () => {
    expect(source('Министр Иван Петров встретился с послом Китая Ли Вэем, сообщает пресс-служба правительства.')).toBeNull();
    expect(source('Министр Иван Петров встретился с послом Китая Ли Вэем, сообщает МИД Казахстана.')).toBeNull();
    expect(source('Губернатор Иван Петров встретился с президентом (цитата по сайту Кремля).')).toBeNull();
    expect(source('Министр Иван Петров встретился с послом Китая Ли Вэем, сообщает Telegram-канал «Вести Юга».')).toBeNull();
    expect(source('Minister Lars Berg met President Ola Dahl in Oslo, the Norwegian Foreign Ministry reported.')).toBeNull();
  });

  it('prefers the credit in the meeting\'s own sentence to an earlier one', () => {
    const text = 'Рынки упали, пишет Интерфакс.\n\nМинистр Иван Петров встретился с послом Китая Ли Вэем, передает Kazinform.';
    expect(source(text)).toBe('Kazinform');
  });
});
