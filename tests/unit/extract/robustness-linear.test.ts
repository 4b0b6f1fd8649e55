// Pathological input (bench/shapes.ts measures its cost): what extraction returns for it. Each of these shapes
// once took seconds to minutes or never finished (a long word, runs of one letter, a sentence of many names or
// organisations, people in nested brackets, a long word in the meeting sentence, a run of capitals in English);
// the tests assert the result, never a time, and each runs in well under a second.

import { describe, expect, it } from 'vitest';
import { analyse, MAX_WORD_LENGTH } from '../../../functions/core/extract/knowledge/morphology.ts';
import { letters, MEETING_SENTENCE_EN, MEETING_SENTENCE_RU } from '../../../bench/shapes.ts';
import { extract } from '../../support/extractor.ts';

const names = (text: string, language?: string) => extract({ text, ...(language ? { language } : {}) }).participants.map((p) => p.name);

function expectNothing(text: string, language = 'ru') {
  const result = extract({ text, language });
  expect(result).toMatchObject({ isMeeting: false, status: 'unclear', date: null, location: null, participants: [], organizations: [], topics: [], relatedEvents: [] });
  return result;
}

describe('morphology of pathological words', () => {
  it('reads no word longer than MAX_WORD_LENGTH: it is unknown, with no parse', () => {
    const analysis = analyse(`Ж${'ж'.repeat(99_999)}`);
    expect(analysis).toMatchObject({ parses: [], known: false, common: false });
    expect(analyse('Ж'.repeat(MAX_WORD_LENGTH + 1)).parses).toEqual([]);
  });

  it('still corrects a real stutter ("Сааакашвили", "прессс-служба")', () => {
    expect(analyse('Сааакашвили').parses.some((p) => p.surname && p.lemma === 'саакашвили')).toBe(true);
    expect(analyse('прессс-служба').parses[0]?.lemma).toBe('пресс-служба');
  });

  it('does not read a run of one letter as a word once more than three repeats would have to go ("Оооо...")', () => {
    const analysis = analyse(`О${'о'.repeat(MAX_WORD_LENGTH - 1)}`);
    expect(analysis.known).toBe(false);
    expect(analyse(Array.from({ length: 20 }, () => 'а').join('-')).known).toBe(false);
  });
});

describe('extract(): pathological shapes give ordinary results', () => {
  it('one word of 100,000 letters: no meeting, no entity', () => {
    const result = expectNothing(`Ж${'ж'.repeat(99_999)}`);
    expect(result.entities).toEqual([]);
  });

  it('a word of 100,000 letters after the meeting sentence: the meeting and its participants', () => {
    const result = extract({ text: `${MEETING_SENTENCE_RU} ${letters(100_000).replace(/^./, (c) => c.toUpperCase())}.`, language: 'ru' });
    expect(result.isMeeting).toBe(true);
    expect(result.participants.map((p) => p.name)).toContain('Владимир Путин');
    expect(result.location?.city).toBe('Москва');
  });

  it('a word of 100,000 letters inside the meeting sentence: the date is still read', () => {
    const result = extract({ text: `Путин встретился с Шольцем в мае 2024 года ${letters(100_000)} и обсудил газ.`, language: 'ru' });
    expect(result.isMeeting).toBe(true);
    expect(result.date).toBe('2024-05');
  });

  it('3,000 distinct long words of repeated letters', () => {
    const text = Array.from({ length: 3_000 }, (_, i) => `О${'о'.repeat(20)}${letters(28)[i % 28]}${'о'.repeat(18)}`).join(' ');
    expectNothing(text);
  });

  it('a word of 10,000 hyphenated parts ("а-а-а-...")', () => {
    const result = expectNothing(Array.from({ length: 10_000 }, () => 'а').join('-'));
    expect(result.entities).toEqual([]);
  });

  it('100,000 short lines', () => {
    expect(expectNothing(Array.from({ length: 100_000 }, (_, i) => `Строка ${i % 10}`).join('\n')).entities).toEqual([]);
  });

  it('10,000 list items', () => {
    expect(expectNothing(Array.from({ length: 10_000 }, (_, i) => `- item ${i}`).join('\n')).entities).toEqual([]);
  });

  it('4,000 times "ж " and 50,000 commas', () => {
    expect(expectNothing('ж '.repeat(4_000)).entities).toEqual([]);
    expect(expectNothing(','.repeat(50_000)).entities).toEqual([]);
  });

  it('20,000 capitalised words after the meeting sentence: its participants, and no name of more than four words', () => {
    const text = `${MEETING_SENTENCE_RU} ${Array.from({ length: 20_000 }, (_, i) => ['Иван', 'Петров', 'Анна', 'Сидорова', 'Мария', 'Кузнецова'][i % 6]).join(' ')}`;
    const result = extract({ text, language: 'ru' });
    expect(result.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['Владимир Путин']));
    const words = (start: number, end: number) => text.slice(start, end).split(' ').length;
    expect(result.entities.filter((e) => e.type === 'PER').every((e) => words(e.start, e.end) <= 4)).toBe(true);
  });

  it('20,000 English capitalised words after the meeting sentence: its participants', () => {
    const text = `${MEETING_SENTENCE_EN} ${Array.from({ length: 20_000 }, (_, i) => ['John', 'Smith', 'London', 'Bank', 'Group', 'Mayor'][i % 6]).join(' ')}`;
    expect(names(text, 'en')).toEqual(expect.arrayContaining(['Tony Blair', 'George Bush']));
  });

  it('one sentence of 20,000 words', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => ['встреча', 'прошла', 'в', 'Москве', 'и', 'Путин', 'обсудил', 'с', 'Шольцем'][i % 9]).join(' ');
    const result = extract({ text, language: 'ru' });
    expect(result.isMeeting).toBe(true);
    expect(result.participants.map((p) => p.name)).toContain('Путин');
  });

  it('a meeting sentence naming 2,000 people with roles: each person once', () => {
    const people = Array.from({ length: 2_000 }, (_, i) => `министром финансов ${['Иваном Петровым', 'Анной Сидоровой', 'Олегом Кузнецовым'][i % 3]}`);
    const found = names(`Президент России Владимир Путин встретился с ${people.join(', ')}.`, 'ru');
    expect(found).toEqual(expect.arrayContaining(['Владимир Путин', 'Иван Петров', 'Анна Сидорова', 'Олег Кузнецов']));
    expect(new Set(found).size).toBe(found.length);
  });

  it('a meeting sentence naming 4,000 organisations: each organisation once', () => {
    const orgs = Array.from({ length: 2_000 }, (_, i) => `компания «Альфа-${i}» и ООО «Газпром»`);
    const result = extract({ text: `Переговоры провели ${orgs.join(', ')}.`, language: 'ru' });
    const listed = result.organizations.map((o) => o.name);
    expect(listed.some((name) => name.includes('Газпром'))).toBe(true);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('5,000 people in nested brackets in the meeting sentence', () => {
    const people = Array.from({ length: 5_000 }, (_, i) => ['Иваном Петровым', 'Анной Сидоровой'][i % 2]);
    const result = extract({ text: `Путин встретился в Москве с ${people.join(' (')}${')'.repeat(4_999)}.`, language: 'ru' });
    expect(result.isMeeting).toBe(true);
    expect(result.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['Иван Петров', 'Анна Сидорова']));
  });

  it('an English list of 2,000 names after a dash', () => {
    const list = Array.from({ length: 2_000 }, (_, i) => ['Ann Lee', 'Acme Bank', 'Zork Group'][i % 3]);
    const result = extract({ text: `Leaders of A, B and C — ${list.join(', ')} — met in London.`, language: 'en' });
    expect(result.isMeeting).toBe(true);
    expect(result.entities.filter((e) => e.type === 'PER')).toHaveLength(2_000);
  });

  it('50,000 nested brackets and quotes', () => {
    expect(expectNothing(`${'('.repeat(50_000)}Путин${')'.repeat(50_000)}`).entities).toEqual([]);
    expectNothing(`${'«'.repeat(50_000)}Газпром${'»'.repeat(50_000)}`);
  });

  it('English: a run of 100,000 capitals before "reported" is no outlet', () => {
    const result = extract({ text: `${MEETING_SENTENCE_EN} ${'A'.repeat(100_000)} x reported the talks.`, language: 'en' });
    expect(result.source).toBeNull();
    expect(result.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['Tony Blair', 'George Bush']));
  });
});
