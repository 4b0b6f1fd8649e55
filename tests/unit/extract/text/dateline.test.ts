// Datelines and dated header lines (text/dateline.ts): every line here is made up for the test.

import { describe, expect, it } from 'vitest';
import { datedHeaders, dateline, findLineDate, monthOf } from '../../../../functions/core/extract/text/dateline.ts';

const at = (text: string, from: number, to: number) => text.slice(from, to);

describe('dateline(): wire datelines as before', () => {
  it('keeps the English place, region and agency forms', () => {
    expect(dateline('LONDON (Reuters) - Two ministers met.')).toMatchObject({ start: 0, end: 19, agency: 'Reuters', date: null });
    expect(dateline('OSAKA, Japan - Two ministers met.')).toMatchObject({ agency: null, date: null });
    expect(dateline('Talks resume\n\nCAIRO, Egypt (AP) — Two ministers met.')).toMatchObject({ start: 14, agency: 'AP' });
    expect(dateline('WASHINGTON, D.C. (AP) — Two ministers met.')).toMatchObject({ agency: 'AP' });
    expect(dateline('ST. LOUIS - The mayor met the governor.')).toMatchObject({ start: 0, end: 12, agency: null });
  });

  it('ends the place where the dash is, not inside the text ("LONDON - The ...")', () => {
    const line = dateline('LONDON - The mayor met the governor.');
    expect(line).toMatchObject({ start: 0, end: 9, agency: null });
  });

  it('takes no sentence-opening abbreviation after the dash for an agency', () => {
    expect(dateline('BERLIN — U.S. officials met their hosts.')?.agency).toBeNull();
    expect(dateline('SEATTLE — Governor Lisa Moore held talks with Mayor Tom Wells.')?.agency).toBeNull();
  });

  it('finds nothing in a headline or a sentence', () => {
    expect(dateline('NATO summit opens in Riga')).toBeNull();
    expect(dateline('Путин 5 мая встретится с Си')).toBeNull();
    expect(dateline('ВСТРЕЧА НА ВЫСШЕМ УРОВНЕ')).toBeNull();
  });
});

describe('dateline(): dates and Russian forms', () => {
  it('reads the date of an English dateline, with or without its year', () => {
    const text = 'LIMA, Jan. 12 (Reuters) — The minister arrived.';
    const line = dateline(text)!;
    expect(line.date).toMatchObject({ day: 12, month: 1, year: null });
    expect(at(text, line.date!.start, line.date!.end)).toBe('Jan. 12');
    expect(dateline('OSLO, Nov. 3, 2019 — The minister arrived.')?.date).toMatchObject({ day: 3, month: 11, year: 2019 });
    expect(dateline('RIGA, March 5 (Xinhua) – The minister arrived.')).toMatchObject({ agency: 'Xinhua', date: { day: 5, month: 3 } });
  });

  it('reads Russian datelines and their agencies: /ТАСС/, — РИА Новости., КАЗИНФОРМ', () => {
    expect(dateline('ОМСК, 5 апреля. /ТАСС/. Губернатор провел встречу.')).toMatchObject({ agency: 'ТАСС', date: { day: 5, month: 4, year: null } });
    expect(dateline('МИНСК, 7 фев — РИА Новости. Министр провел встречу.')).toMatchObject({ agency: 'РИА Новости', date: { day: 7, month: 2 } });
    expect(dateline('ТАРАЗ. 9 июня. КАЗИНФОРМ - Аким провел встречу.')).toMatchObject({ agency: 'КАЗИНФОРМ', date: { day: 9, month: 6 } });
    expect(dateline('Самара. 11 мая. INTERFAX.RU - Губернатор провел встречу.')).toMatchObject({ agency: 'INTERFAX.RU', date: { day: 11, month: 5 } });
    expect(dateline('ОШ, 2 окт — Sputnik, Анна Петрова. Министр провел встречу.')).toMatchObject({ agency: 'Sputnik', date: { day: 2, month: 10 } });
  });

  it('reads an agency after the dash ("– Kazinform –") and a place with a full stop ("ASTANA. KAZINFORM -")', () => {
    expect(dateline('ORAL, May 4 – Kazinform – The akim met the envoy.')).toMatchObject({ agency: 'Kazinform', date: { day: 4, month: 5 } });
    expect(dateline('SEMEY. KAZINFORM - The akim met the envoy.')).toMatchObject({ agency: 'KAZINFORM', date: null });
  });
});

describe('datedHeaders(): lines that date the article', () => {
  it('reads a date line above or under the title, with a time, a weekday or a place beside it', () => {
    expect(datedHeaders('5 апреля 2024, 09:40\nГубернатор провел встречу')).toMatchObject([{ day: 5, month: 4, year: 2024 }]);
    expect(datedHeaders('Mayor meets envoy\n\n14 Feb 2022, 18:05\n\nThe mayor met the envoy.')).toMatchObject([{ day: 14, month: 2, year: 2022 }]);
    expect(datedHeaders('Wednesday, 9 March 2022, 11:20 GMT\nText')).toMatchObject([{ day: 9, month: 3, year: 2022 }]);
    expect(datedHeaders('Tue, 05 Apr 2022 08:15:00 +0200\nText')).toMatchObject([{ day: 5, month: 4, year: 2022 }]);
    expect(datedHeaders('Geneva / 2 October 2021\nText')).toMatchObject([{ day: 2, month: 10, year: 2021 }]);
    expect(datedHeaders('21.06.2023 16:05\nText')).toMatchObject([{ day: 21, month: 6, year: 2023 }]);
  });

  it('reads "Posted on" and "Published" lines, also at the end, but not "Updated"', () => {
    expect(datedHeaders('Posted on 2022-08-30 by editor\nText')).toMatchObject([{ day: 30, month: 8, year: 2022 }]);
    expect(datedHeaders('Title\nThe mayor met the envoy.\n\nPublished 3 July 2020')).toMatchObject([{ day: 3, month: 7, year: 2020 }]);
    expect(datedHeaders('Опубликовано: 18.11.2021\nТекст')).toMatchObject([{ day: 18, month: 11, year: 2021 }]);
    expect(datedHeaders('Updated 4 July 2020\nText')).toEqual([]);
  });

  it('takes no sentence or title that holds a date', () => {
    expect(datedHeaders('Губернатор 5 апреля 2024 года проведет встречу с послом\nТекст')).toEqual([]);
    expect(datedHeaders('On 3 May 2021 the mayor met the envoy.\nText')).toEqual([]);
    // A date without a year dates the article only with a time or a publication word.
    expect(datedHeaders('5 апреля\nТекст')).toEqual([]);
    expect(datedHeaders('5 апреля, 09:40\nТекст')).toMatchObject([{ day: 5, month: 4, year: null }]);
  });
});

describe('month names', () => {
  it('knows full and short month names of both languages; short ones only beside a day', () => {
    expect(monthOf('сентября', false)).toBe(9);
    expect(monthOf('Sept', true)).toBe(9);
    expect(monthOf('Sept', false)).toBeNull();
    expect(monthOf('May', false)).toBe(5);
    expect(monthOf('may', false)).toBeNull();
    expect(findLineDate('on 4th of August, 2022')).toMatchObject({ day: 4, month: 8, year: 2022 });
    expect(findLineDate('31 June 2022')).toBeNull();
  });
});
