// The date step (fields/date.ts, text/dateline.ts), second round: which sentence gives the meeting's date
// when the frame is a heading or a later sentence, and the release formats that date an article. Every text
// is made up for the test (names, places and wording), with the cases where the date must stay empty.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';
import { analyseDocument } from '../../../../functions/core/extract/index.ts';
import { meetingDate } from '../../../../functions/core/extract/fields/date.ts';
import { findFrame } from '../../../../functions/core/extract/fields/frame.ts';
import { sentenceTexts } from '../../../../functions/core/extract/model/document.ts';
import { dateline } from '../../../../functions/core/extract/text/dateline.ts';

/** The date step alone, with the status given (the status step reads "next month" as a plan). */
function heldDate(text: string, publishedAt: string): string | null {
  const doc = analyseDocument(text, 'en');
  const frame = findFrame(doc, sentenceTexts(doc));
  if (!frame) throw new Error(`no meeting frame in: ${text}`);
  return meetingDate(doc, frame, { publishedAt, status: 'held' }).date;
}

const dateOf = (text: string, publishedAt?: string) => {
  const r = extract({ text, publishedAt });
  return { date: r.date, how: r.dateBasis?.how ?? null, span: r.dateBasis?.mention ? text.slice(r.dateBasis.mention.start, r.dateBasis.mention.end) : null };
};

describe('date: the sentence that reports the meeting', () => {
  it('reads the body under a label line and a title ("Media Advisory", then the title)', () => {
    const text =
      'Media Advisory\n\nFinland and Chile hold first round of political consultations\n\nThe first round of political consultations between Finland and Chile, led by State Secretary Aino Laine and Vice Minister Pablo Rojas, was held on 14 October 2022 at the foreign ministry in Helsinki.';
    expect(dateOf(text)).toMatchObject({ date: '2022-10-14', how: 'stated' });
  });

  it('reads the lead under a title that is the only meeting sentence, when the lead names a participant', () => {
    const en = 'Readout: Trade Secretary call with Ana Ruiz\n\nThe Trade Secretary spoke to Chilean Economy Minister Ana Ruiz today.\n\nThey agreed to meet in Santiago.\n\nPublished 3 October 2023';
    expect(dateOf(en)).toMatchObject({ date: '2023-10-03', how: 'dateline', span: 'today' });
    const ru =
      'Встреча Игоря Седова с послом Перу\n\n14 ноября в Москве заместитель министра иностранных дел Игорь Седов принял Чрезвычайного и Полномочного Посла Республики Перу Хорхе Луну.';
    expect(dateOf(ru, '2024-11-15T10:00:00+03:00')).toMatchObject({ date: '2024-11-14', how: 'publishedAt' });
  });

  it('takes no date from a lead that names none of the participants', () => {
    const text = 'Readout: Trade Secretary call with Ana Ruiz\n\nCopper prices fell sharply today on weak demand.\n\nThey agreed to meet in Santiago.';
    expect(dateOf(text, '2023-10-03T18:00:00+01:00').date).toBeNull();
  });

  it('dates the item by a day stated in its title when nothing else dates it ("PM call with X: 4 June 2024")', () => {
    const text = 'PM call with President Tuva Lind of Iceland: 4 June 2024\n\nThe Prime Minister spoke to President Tuva Lind of Iceland this afternoon.\n\nThey discussed fisheries.';
    expect(dateOf(text)).toMatchObject({ date: '2024-06-04', how: 'dateline', span: 'this afternoon' });
  });

  it('reads the first meeting sentence of the body before later ones, when the sentence with the people has no date', () => {
    const en =
      'RIGA (AP) — Energy ministers of the three Baltic states met in Riga on Friday to coordinate gas purchases. Latvian Energy Minister Juris Ozols, who chaired the meeting, said the region needed a joint reserve. Ozols and Lithuanian Energy Minister Rasa Kairiene held separate talks on Thursday evening at the Latvian foreign ministry.';
    expect(dateOf(en, '2024-05-17T18:00:00+03:00')).toMatchObject({ date: '2024-05-17', span: 'on Friday' });
    const ru =
      'Заседание Совета министров транспорта, проходившее 5–6 марта в Бишкеке, завершилось подписанием протокола, передает корреспондент агентства. В заседании приняли участие министр транспорта Киргизии Асан Бекмуратов и министр транспорта Таджикистана Фарход Назаров.';
    expect(dateOf(ru, '2025-03-06T18:00:00+06:00')).toMatchObject({ date: '2025-03', span: '5–6 марта' });
  });

  it('reads the day from a lead that names two participants before the sentence that reports the talks', () => {
    const text =
      'Quispe and Brandt sign trade pact\n\nLIMA (AP) — President Sofia Quispe welcomed Chancellor Otto Brandt to the Government Palace on Tuesday with a military parade.\n\nBrandt, who is on his first trip to South America, held talks with Quispe on mining and trade.';
    expect(dateOf(text, '2024-05-14T19:00:00-05:00')).toMatchObject({ date: '2024-05-14', span: 'on Tuesday' });
  });
});

describe('date: a meeting moved to a new date', () => {
  it('takes the new date of a planned meeting, not the one it had been set for', () => {
    const ru =
      'Переговоры министров сельского хозяйства Литвы Йонаса Вайткуса и Польши Анджея Новака, которые планировалось провести 12 мая в Вильнюсе, перенесены на 19 мая.';
    expect(dateOf(ru, '2025-05-05T10:00:00+03:00')).toMatchObject({ date: '2025-05-19', span: '19 мая' });
    const en = 'The meeting of Andean trade ministers, first set for March 3, has been rescheduled for March 24 in Quito, Trade Minister Rosa Paz said.';
    expect(dateOf(en, '2025-02-20T10:00:00-05:00')).toMatchObject({ date: '2025-03-24', span: 'March 24' });
  });

  it('keeps the day of a held meeting when another thing in its sentence was moved', () => {
    const text = 'Trade Minister Rosa Paz met Ambassador Karl Ohm on Monday to discuss the referendum, which was moved to June 9.';
    expect(dateOf(text, '2025-05-14T10:00:00-05:00')).toMatchObject({ date: '2025-05-12', span: 'on Monday' });
  });
});

describe('date: a meeting of several days gives the value that covers them', () => {
  it('reads "the week of" a day as seven days', () => {
    const text = 'The Pacific Islands Forum leaders meeting will take place in Suva in the week of 8 September 2025, Prime Minister Tavita Lomu said.';
    expect(dateOf(text, '2025-03-01T10:00:00+12:00').date).toBe('2025-09');
    expect(dateOf(text.replace('8 September', '29 September'), '2025-03-01T10:00:00+12:00').date).toBe('2025');
  });

  it('reads a visit or summit of several days from the day it began or ended', () => {
    const arrived = 'Prime Minister Ravi Menon arrived in Budapest on Monday for a two-day visit and held talks with Prime Minister Ines Varga.';
    expect(dateOf(arrived, '2024-03-12T09:00:00+01:00').date).toBe('2024-03');
    const ended = 'Prime Minister Ravi Menon wrapped up a three-day visit to Budapest on Tuesday after talks with Prime Minister Ines Varga.';
    expect(dateOf(ended, '2024-03-12T09:00:00+01:00').date).toBe('2024-03');
    const ru = 'Президент Армении Ашот Саркисян в понедельник прибыл в Ригу с двухдневным визитом и провел переговоры с президентом Латвии Илзе Озолой.';
    expect(dateOf(ru, '2024-03-12T09:00:00+02:00').date).toBe('2024-03');
    // Friday 31 May and Saturday 1 June: two months, so the year.
    const edge = 'Leaders of the Andean nations opened a two-day summit in Quito on Friday, with President Rosa Paz in the chair.';
    expect(dateOf(edge, '2024-05-31T20:00:00-05:00').date).toBe('2024');
  });

  it('reads the length from a later sentence that names the meeting by the same noun', () => {
    const text =
      'Leaders of the Andean nations opened their annual summit in Quito on Friday, with President Rosa Paz in the chair.\n\nThey discussed trade.\n\nThe two-day summit, which closes on Saturday, will adopt a declaration.';
    expect(dateOf(text, '2024-05-17T20:00:00-05:00').date).toBe('2024-05');
  });

  it('keeps the day when the several days are another event\'s', () => {
    const ahead = 'Trade Minister Rosa Paz met Ambassador Karl Ohm on Monday ahead of a two-day summit of Andean leaders.';
    expect(dateOf(ahead, '2024-03-12T09:00:00-05:00').date).toBe('2024-03-11');
    const other = 'Leaders of the Andean nations met in Quito on Friday, with President Rosa Paz in the chair.\n\nThey discussed trade.\n\nA two-day summit of Pacific states follows in Lima.';
    expect(dateOf(other, '2024-05-17T20:00:00-05:00').date).toBe('2024-05-17');
  });
});

describe('date: release formats that date the article', () => {
  const talks = ' Foreign Minister Dana Holt held talks with her Hungarian counterpart Ines Varga today.';

  it('reads a date in the brackets of a dateline as its date, not as an agency ("WASHINGTON (January 5, 2024) —")', () => {
    expect(dateline(`WASHINGTON (January 5, 2024) —${talks}`)).toMatchObject({ agency: null, date: { day: 5, month: 1, year: 2024 } });
    expect(dateOf(`WASHINGTON (January 5, 2024) —${talks}`)).toMatchObject({ date: '2024-01-05', how: 'dateline', span: 'today' });
    expect(dateline(`OSLO (NTB) —${talks}`)).toMatchObject({ agency: 'NTB', date: null });
  });

  it('reads a date that opens the text before a dash as a dateline without a place', () => {
    expect(dateOf('January 5, 2024 — Today, Foreign Minister Dana Holt held talks with her Hungarian counterpart Ines Varga.')).toMatchObject({
      date: '2024-01-05',
      how: 'dateline',
      span: 'Today',
    });
    expect(dateOf('5 января 2024 г. — Министр иностранных дел Олег Ларин сегодня провел переговоры с послом Петером Хольмом.')).toMatchObject({
      date: '2024-01-05',
      how: 'dateline',
    });
    expect(dateOf('Минск, 5 января 2024 г. — Министр иностранных дел Олег Ларин сегодня провел переговоры с послом Петером Хольмом.').date).toBe('2024-01-05');
    expect(dateOf(`Jan 5 (Reuters) -${talks}`, '2024-01-06T02:00:00+00:00')).toMatchObject({ date: '2024-01-05', how: 'dateline' });
  });

  it('dates a held meeting the item reports without its day by such a line (MEETINGS.md: the item\'s own anchor)', () => {
    expect(dateOf('January 5, 2024 — Foreign Minister Dana Holt held talks with her Hungarian counterpart Ines Varga in Oslo.')).toMatchObject({ date: '2024-01-05', how: 'dateline' });
  });

  it('reads no agenda line without a year as a dateline', () => {
    expect(dateline('12 March – Minister Dana Holt meets Ines Varga in Oslo\n13 March – a visit to the port')).toBeNull();
  });

  it('reads year-first dates with slashes or dots on a header line', () => {
    expect(dateOf(`2024/03/12\n\n${talks.trim()}`)).toMatchObject({ date: '2024-03-12', how: 'dateline' });
    expect(dateOf(`2024.03.12 14:20\n\n${talks.trim()}`)).toMatchObject({ date: '2024-03-12', how: 'dateline' });
  });

  it('takes no date from a title line that says when the page was updated', () => {
    expect(dateOf(`Holt meets Varga\nLast updated: 14 March 2024\n\n${talks.trim()}`).date).toBeNull();
  });

  it('reads a release signed off with its date on the last line', () => {
    const body = [
      'Foreign Minister Dana Holt held talks today with Foreign Minister Ines Varga of Hungary.',
      'They reviewed cooperation in energy and transport.',
      'The ministers also exchanged views on the situation in the region.',
      'Both sides stressed the value of regular contacts.',
      'They agreed to meet again in the autumn.',
      'Reykjavik',
    ].join('\n\n');
    expect(dateOf(`${body}\n14 May 2024`)).toMatchObject({ date: '2024-05-14', how: 'dateline', span: 'today' });
    // Without its year the line dates nothing.
    expect(dateOf(`${body}\n14 May`).date).toBeNull();
  });
});

describe('date: more phrases of the meeting and of other things', () => {
  const wednesday = '2024-03-20T10:00:00+03:00';

  it('reads two weekdays joined as the days between them ("on Thursday and Friday", «в четверг и пятницу»)', () => {
    expect(dateOf('Minister Dana Holt will meet Ambassador Ines Varga on Thursday and Friday.', wednesday).date).toBe('2024-03');
    expect(dateOf('Министр Олег Ларин проведет переговоры с послом Петером Хольмом в четверг и пятницу.', wednesday).date).toBe('2024-03');
    // Sunday 31 March and Monday 1 April: two months, so the year.
    expect(dateOf('Minister Dana Holt will meet Ambassador Ines Varga on Sunday and Monday.', '2024-03-28T10:00:00+03:00').date).toBe('2024');
  });

  it('reads a part of a month before "of" ("at the end of April")', () => {
    expect(dateOf('Minister Dana Holt will meet Ambassador Ines Varga at the end of April.', wednesday)).toMatchObject({ date: '2024-04', span: 'April' });
    expect(dateOf('Minister Dana Holt will meet Ambassador Ines Varga at the beginning of May 2025.', wednesday).date).toBe('2025-05');
  });

  it('takes no date of a saying for the meeting ("said on Tuesday she had met", «заявил в среду»)', () => {
    expect(dateOf('Minister Dana Holt said on Tuesday she had met Ambassador Ines Varga.', wednesday).date).toBeNull();
    expect(dateOf('Minister Dana Holt met Ambassador Ines Varga on Monday, her office said on Tuesday.', wednesday).date).toBe('2024-03-18');
    expect(dateOf('Министр Олег Ларин заявил в среду, что провел переговоры с послом Петером Хольмом.', wednesday).date).toBeNull();
  });

  it('reads the publication date of a line that also says when the page was updated', () => {
    const en = 'Holt meets Varga in Oslo\nPublished March 12, 2024 | Updated March 13, 2024\n\nForeign Minister Dana Holt held talks with Ines Varga today.';
    expect(dateOf(en)).toMatchObject({ date: '2024-03-12', how: 'dateline' });
    const ru = 'Опубликовано: 12 марта 2024, 14:20 | Обновлено: 13 марта 2024\n\nМинистр Олег Ларин сегодня провел переговоры с послом Петером Хольмом.';
    expect(dateOf(ru)).toMatchObject({ date: '2024-03-12', how: 'dateline' });
  });

  it('reads a Russian publication line anywhere in the text («Опубликовано: ...»)', () => {
    const lines = ['Министр Олег Ларин сегодня провел переговоры с послом Петером Хольмом.', 'Стороны обсудили торговлю.', 'Они обсудили также транспорт.', 'Речь шла и об энергетике.', 'Стороны договорились о новой встрече.', 'Следующая встреча пройдет в Осло.', 'Опубликовано: 12 марта 2024', 'Фото: пресс-служба министерства.'];
    expect(dateOf(lines.join('\n\n'))).toMatchObject({ date: '2024-03-12', how: 'dateline' });
  });
});

describe('date: a month named from the anchor', () => {
  it('reads "next month", "this month", «в следующем месяце» as the anchor\'s month or the one after it', () => {
    expect(dateOf('Prime Minister Ravi Menon will visit Budapest next month for talks with Prime Minister Ines Varga.', '2024-12-10T09:00:00+01:00')).toMatchObject({
      date: '2025-01',
      how: 'publishedAt',
      span: 'next month',
    });
    expect(dateOf('Prime Minister Ravi Menon will visit Budapest later this month for talks with Prime Minister Ines Varga.', '2024-03-10T09:00:00+01:00').date).toBe('2024-03');
    expect(dateOf('Министр Олег Ларин проведет переговоры с послом Петером Хольмом в следующем месяце.', '2024-03-20T10:00:00+03:00').date).toBe('2024-04');
  });

  it('gives nothing for such a month without an anchor, and keeps the day of the meeting when the month is another thing\'s', () => {
    expect(dateOf('Prime Minister Ravi Menon will visit Budapest next month for talks with Prime Minister Ines Varga.').date).toBeNull();
    expect(heldDate('Prime Minister Ravi Menon met Prime Minister Ines Varga on Monday ahead of elections next month.', '2024-03-20T10:00:00+01:00')).toBe('2024-03-18');
  });
});
