import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../../functions/core/extract/text/language.ts';
import { markSentences } from '../../../../functions/core/extract/text/sentences.ts';
import { tokenize } from '../../../../functions/core/extract/text/tokenize.ts';

// The text steps on made-up sentences: tokens, sentences, language.
describe('tokenize', () => {
  it('gives words, numbers and punctuation with offsets into the text', () => {
    const text = 'Глава МИД, Иван Орлов, прибыл в 10:30.';
    const tokens = tokenize(text);

    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toEqual(['Глава', 'МИД', ',', 'Иван', 'Орлов', ',', 'прибыл', 'в', '10', ':', '30', '.']);
    expect(tokens.find((t) => t.text === 'МИД')).toMatchObject({ kind: 'cyr', cap: true, upper: true });
    expect(tokens.find((t) => t.text === '10')).toMatchObject({ kind: 'num', cap: false });
  });

  it('keeps hyphenated words and web names whole', () => {
    expect(tokenize('Ростов-на-Дону и сайт Вести.ру сообщили').map((t) => t.text)).toEqual(['Ростов-на-Дону', 'и', 'сайт', 'Вести.ру', 'сообщили']);
    expect(tokenize("O'Neill met officials of AcmeNews.com").map((t) => t.text)).toEqual(["O'Neill", 'met', 'officials', 'of', 'AcmeNews.com']);
  });

  it('tells the script of a word', () => {
    const [cyr, lat, mixed] = tokenize('Москва London Ф1x');
    expect([cyr!.kind, lat!.kind, mixed!.kind]).toEqual(['cyr', 'lat', 'word']);
  });
});

describe('sentences', () => {
  const split = (text: string, language: 'ru' | 'en') => {
    const tokens = tokenize(text);
    const count = markSentences(text, tokens, language);
    return Array.from({ length: count }, (_, s) => tokens.filter((t) => t.sentence === s).map((t) => t.text).join(' '));
  };

  it('breaks at a full stop before a capital, and at every line break', () => {
    expect(split('Министры встретились. Они обсудили торговлю\nЗаголовок', 'ru')).toEqual(['Министры встретились .', 'Они обсудили торговлю', 'Заголовок']);
  });

  it('does not break after an initial or an abbreviation of the language', () => {
    expect(split('Встречу провел А. Петров, т. е. глава ведомства.', 'ru')).toHaveLength(1);
    expect(split('Mr. Lee met Dr. Kay in St. Ives.', 'en')).toHaveLength(1);
  });

  it('marks the first word of each sentence', () => {
    const text = 'Talks ended. Ministers left.';
    const tokens = tokenize(text);
    markSentences(text, tokens, 'en');
    expect(tokens.filter((t) => t.first).map((t) => t.text)).toEqual(['Talks', 'Ministers']);
  });
});

describe('language', () => {
  it('reads Russian and English by their function words', () => {
    expect(detectLanguage('Министр заявил, что переговоры прошли в Москве и были полезными для обеих сторон.')).toBe('ru');
    expect(detectLanguage('The minister said that the talks in London were useful for both sides.')).toBe('en');
  });

  it('gives "und" for a language it does not read, and for too little text', () => {
    expect(detectLanguage('Der Minister sagte, dass die Gespräche in Berlin für beide Seiten nützlich waren.')).toBe('und');
    expect(detectLanguage('12345 !!!')).toBe('und');
  });
});
