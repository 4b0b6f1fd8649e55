import { describe, expect, it } from 'vitest';
import { extract } from '../../support/extractor.ts';

const names = (text: string) => extract({ text }).participants.map((p) => p.name);

describe('extract(): participants', () => {
  it('keeps the nominative form of a participant named in the genitive', () => {
    const text = 'В Москве состоялась встреча министра финансов Андрея Смирнова с послом Франции Жаном Дюпоном.';

    expect(names(text)).toContain('Андрей Смирнов');
  });

  it('keeps the nominative form of a participant named in the instrumental', () => {
    const text = 'Министр иностранных дел Ольга Петрова встретилась с президентом Международного валютного фонда Мариной Кузнецовой в Женеве.';

    expect(names(text)).toEqual(expect.arrayContaining(['Ольга Петрова', 'Марина Кузнецова']));
  });

  it('does not decline a foreign female surname ending in -ич', () => {
    const text = 'В Минске прошла встреча Ивана Соколова с Мирьяной Сполярич.';

    expect(names(text)).toContain('Мирьяна Сполярич');
  });

  it('puts the role into the nominative and keeps its complement as written', () => {
    const text = 'Вчера в Ташкенте состоялась встреча первого заместителя министра иностранных дел Казахстана Ержана Ашикбаева с коллегами.';
    const participant = extract({ text }).participants.find((p) => p.name === 'Ержан Ашикбаев');

    expect(participant?.role).toBe('первый заместитель министра иностранных дел Казахстана');
    expect(participant?.organization).toBe('Казахстан');
  });

  it('reads an English title before the name as the role and its demonym as the country', () => {
    const text = 'Tony Blair met Italian Prime Minister Silvio Berlusconi in London on Monday for talks on trade.';
    const berlusconi = extract({ text }).participants.find((p) => p.name === 'Silvio Berlusconi');

    expect(berlusconi?.role).toBe('Italian Prime Minister');
    expect(berlusconi?.organization).toBe('Italy');
  });
});

describe('extract(): place, status, date', () => {
  it('infers the country from a known city the text does not place', () => {
    const result = extract({ text: 'В Вене прошли переговоры Андрея Смирнова и Ивана Петрова.' });

    expect(result.location).toMatchObject({ city: 'Вена', countryCode: 'AT', countryInferred: true });
  });

  it('says planned for a meeting in the future tense', () => {
    const result = extract({ text: 'Президент Андрей Смирнов встретится с премьер-министром Иваном Петровым в Париже на следующей неделе.' });

    expect(result.isMeeting).toBe(true);
    expect(result.status).toBe('planned');
  });

  it('says held for talks in the past tense', () => {
    const result = extract({ text: 'The prime minister held talks with Chancellor Angela Merkel in Berlin, officials said.' });

    expect(result.isMeeting).toBe(true);
    expect(result.status).toBe('held');
  });

  it('gives a date only when the text states it with a year', () => {
    const withYear = extract({ text: '12 мая 2024 года в Москве состоялась встреча Андрея Смирнова и Ивана Петрова.' });
    const withoutYear = extract({ text: '12 мая в Москве состоялась встреча Андрея Смирнова и Ивана Петрова.' });
    const relative = extract({ text: 'Вчера в Москве состоялась встреча Андрея Смирнова и Ивана Петрова.' });

    expect(withYear.date).toBe('2024-05-12');
    expect(withoutYear.date).toBeNull();
    expect(relative.date).toBeNull();
  });

  it('resolves "вчера" only against an explicit publishedAt', () => {
    const result = extract({ text: 'Вчера в Москве состоялась встреча Андрея Смирнова и Ивана Петрова.', publishedAt: '2024-05-13T09:00:00Z' });

    expect(result.date).toBe('2024-05-12');
  });
});

describe('extract(): meeting detection and sources', () => {
  it('does not call a story a meeting when "met" means satisfied demands', () => {
    const result = extract({ text: 'The company said it had met the government\'s demands on pricing. Shares rose 3% in early trading.' });

    expect(result.isMeeting).toBe(false);
    expect(result.participants).toEqual([]);
  });

  it('credits the outlet named after "передает" and drops its quotation marks', () => {
    const result = extract({ text: 'В Баку прошли переговоры Андрея Смирнова и Ивана Петрова, передает «Интерфакс».' });

    expect(result.source).toBe('Интерфакс');
  });

  it('credits the agency named after "according to"', () => {
    const result = extract({ text: 'Fiat boss Sergio Marchionne will meet Rick Wagoner in Zurich next week, according to Reuters.' });

    expect(result.source).toBe('Reuters');
    expect(result.status).toBe('planned');
  });
});

describe('extract(): languages and robustness', () => {
  it('leaves the fields empty with a warning for a language it does not read', () => {
    const result = extract({ text: 'Der Bundeskanzler traf sich gestern mit dem französischen Präsidenten in Berlin.' });

    expect(result.language).toBe('und');
    expect(result.isMeeting).toBe(false);
    expect(result.entities).toEqual([]);
    expect(result.warnings.join(' ')).toMatch(/not one the extractor reads/);
  });

  it('honours an editor-supplied language it does not read', () => {
    const result = extract({ text: 'В Москве состоялась встреча.', language: 'de' });

    expect(result.language).toBe('de');
    expect(result.warnings).toHaveLength(1);
  });

  it('returns an empty extraction for empty text', () => {
    const result = extract({ text: '' });

    expect(result.isMeeting).toBe(false);
    expect(result.entities).toEqual([]);
  });
});

describe('extract(): dates over a span', () => {
  it('gives the year for talks held over several months of it', () => {
    const result = extract({ text: 'The two banks held talks with Wells Fargo chief John Stumpf in October and November 2004, officials said.' });

    expect(result.date).toBe('2004');
  });
});
