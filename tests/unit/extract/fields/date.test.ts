// The date step (fields/date.ts) on sentences made up for the test: one or more per class of date text,
// in both languages, with the cases where the date must stay empty.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';
import { analyseDocument } from '../../../../functions/core/extract/index.ts';
import { dateAnchor, meetingDate, publishedDay } from '../../../../functions/core/extract/fields/date.ts';
import { type Frame, findFrame } from '../../../../functions/core/extract/fields/frame.ts';
import type { Language } from '../../../../functions/core/extract/model/document.ts';
import { sentenceTexts } from '../../../../functions/core/extract/model/document.ts';
import type { MeetingStatus } from '../../../../functions/core/record/record.ts';

interface Options {
  publishedAt?: string;
  status?: MeetingStatus;
  /** A frame given by hand (sentence indexes), for a meeting the frame step does not find on its own. */
  frame?: Frame;
}

/** The date step on one text: its date, how it was found and the words it was read from. */
function dateOf(language: Language, text: string, options: Options = {}) {
  const doc = analyseDocument(text, language);
  const frame = options.frame ?? findFrame(doc, sentenceTexts(doc));
  if (!frame) throw new Error(`no meeting frame in: ${text}`);
  const { date, dateBasis } = meetingDate(doc, frame, { publishedAt: options.publishedAt, status: options.status ?? 'held' });
  const span = dateBasis?.mention ? text.slice(dateBasis.mention.start, dateBasis.mention.end) : null;
  return { date, how: dateBasis?.how ?? null, span, basis: dateBasis };
}

describe('date: stated with its year', () => {
  it('reads day-month-year in Russian: words, dotted numbers, ISO', () => {
    expect(dateOf('ru', '12 мая 2024 года в Казани состоялась встреча министра Олега Ларина и посла Петера Хольма.')).toEqual({
      date: '2024-05-12',
      how: 'stated',
      span: '12 мая 2024 года',
      basis: { how: 'stated', mention: { start: 0, end: 16 } },
    });
    expect(dateOf('ru', 'Переговоры Олега Ларина и Петера Хольма прошли в Казани 03.10.2023.')).toMatchObject({ date: '2023-10-03', span: '03.10.2023' });
    expect(dateOf('ru', 'Встреча Олега Ларина с Петером Хольмом состоялась 2022-04-09 в Казани.')).toMatchObject({ date: '2022-04-09', how: 'stated' });
    expect(dateOf('ru', 'Встреча Олега Ларина с Петером Хольмом состоялась 09/04/2022 в Казани.').date).toBe('2022-04-09');
  });

  it('reads English dates in their usual shapes, with a weekday or an ordinal', () => {
    expect(dateOf('en', 'Trade Minister Laura Fenn met her counterpart Ivo Marek in Porto on March 4, 2021.')).toMatchObject({ date: '2021-03-04', span: 'March 4, 2021' });
    expect(dateOf('en', 'Laura Fenn held talks with Ivo Marek in Porto on 4 March 2021.')).toMatchObject({ date: '2021-03-04', span: '4 March 2021' });
    expect(dateOf('en', 'Laura Fenn will meet Ivo Marek in Porto on Tuesday, September 7, 2027.', { status: 'planned' })).toMatchObject({ date: '2027-09-07', how: 'stated' });
    expect(dateOf('en', 'Laura Fenn met Ivo Marek on the 15th of May, 2022.')).toMatchObject({ date: '2022-05-15' });
    expect(dateOf('en', 'Officials said Laura Fenn held talks with Ivo Marek on Sept. 9, 2020 in Quito.')).toMatchObject({ date: '2020-09-09', span: 'Sept. 9, 2020' });
    expect(dateOf('en', 'Laura Fenn held talks with Ivo Marek in Quito on 4/11/2021.').date).toBe('2021-04-11');
    expect(dateOf('en', 'Laura Fenn held talks with Ivo Marek in Quito on 24/11/2021.').date).toBe('2021-11-24');
  });

  it('gives a month or a year when the text gives no more', () => {
    expect(dateOf('en', 'Laura Fenn met Ivo Marek in Porto in May 2018.')).toMatchObject({ date: '2018-05', how: 'stated' });
    expect(dateOf('ru', 'Олег Ларин и Петер Хольм провели переговоры в Казани в 2016 году.')).toMatchObject({ date: '2016', span: '2016 году' });
  });

  it('gives the finest value that covers a span of days or months', () => {
    expect(dateOf('ru', 'Визит министра Олега Ларина в Пермь пройдёт с 14 по 16 октября 2025 года, в ходе визита он встретится с Петером Хольмом.', { status: 'planned' })).toMatchObject({
      date: '2025-10',
      span: 'с 14 по 16 октября 2025 года',
    });
    expect(dateOf('ru', 'Переговоры Олега Ларина и Петера Хольма прошли с 30 мая по 2 июня 2023 года в Казани.')).toMatchObject({ date: '2023' });
    expect(dateOf('ru', 'Министр Олег Ларин 5 и 6 марта 2022 года провел переговоры с послом Петером Хольмом.')).toMatchObject({ date: '2022-03' });
    expect(dateOf('ru', 'Министр Олег Ларин в октябре-ноябре 2004 года провел переговоры с послом Петером Хольмом.')).toMatchObject({ date: '2004' });
    expect(dateOf('en', 'Executives of Harbor Bank held talks with Pine Credit chief Ivo Marek in February and March 2011.')).toMatchObject({ date: '2011' });
    expect(dateOf('en', 'Laura Fenn will visit Oslo on 12-14 April 2026 for talks with Ivo Marek.', { status: 'planned' })).toMatchObject({ date: '2026-04', span: '12-14 April 2026' });
    expect(
      dateOf('en', 'President Laura Fenn will host King Ivo Marek for a state visit on Monday, June 7, through Wednesday, June 9, 2027.', { status: 'planned' }),
    ).toMatchObject({ date: '2027-06', span: 'Monday, June 7, through Wednesday, June 9, 2027' });
  });

  it('gives nothing for a span across two years', () => {
    expect(dateOf('en', 'Laura Fenn and Ivo Marek met on Dec. 30, 2019 to Jan. 2, 2020.').date).toBeNull();
  });

  it("finds the date of the meeting's sentence far from its verb, after an inserted clause", () => {
    expect(
      dateOf('en', 'Governor Laura Fenn will host Mayor Ivo Marek for talks, which will include a working lunch and a tour of the old harbour district, on October 25, 2023.', {
        status: 'planned',
      }),
    ).toMatchObject({ date: '2023-10-25', how: 'stated' });
  });
});

describe('date: the anchor', () => {
  it('resolves against a dated wire dateline, its year taken from publishedAt', () => {
    expect(dateOf('en', 'LIMA, Jan. 12 (Reuters) — Minister Laura Fenn met Ambassador Ivo Marek yesterday.', { publishedAt: '2022-01-12T10:00:00-05:00' })).toMatchObject({
      date: '2022-01-11',
      how: 'dateline',
      span: 'yesterday',
    });
    expect(dateOf('ru', 'МОСКВА, 3 марта. /ТАСС/. Министр Олег Ларин вчера провел переговоры с послом Петером Хольмом.', { publishedAt: '2025-03-03T12:00:00+03:00' })).toMatchObject({
      date: '2025-03-02',
      how: 'dateline',
    });
    expect(dateOf('ru', 'МИНСК, 3 мар — РИА Новости. Министр Олег Ларин в среду встретился с послом Петером Хольмом.', { publishedAt: '2021-03-03T10:00:00+03:00' })).toMatchObject({
      date: '2021-03-03',
      span: 'в среду',
    });
  });

  it('prefers the dateline to publishedAt, and takes the year from the dateline when it has one', () => {
    expect(dateOf('en', 'WASHINGTON, Nov. 3, 2019 — Secretary Laura Fenn met Foreign Minister Ivo Marek on Saturday.')).toMatchObject({ date: '2019-11-02', how: 'dateline' });
    expect(dateOf('en', 'OSLO, May 6 — Minister Laura Fenn met Ambassador Ivo Marek today.', { publishedAt: '2023-05-07T01:30:00+02:00' })).toMatchObject({ date: '2023-05-06', how: 'dateline' });
  });

  it('resolves against a dated header line above the title, a "Posted on" line or a "Published" line at the end', () => {
    expect(dateOf('ru', '3 марта 2025, 14:20\n\nЛарин провел переговоры с Хольмом\n\nВчера министр Олег Ларин провел переговоры с послом Петером Хольмом.')).toMatchObject({
      date: '2025-03-02',
      how: 'dateline',
      span: 'Вчера',
    });
    expect(dateOf('en', 'Posted on 2023-04-24\n\nMayor Laura Fenn met Ambassador Ivo Marek today at City Hall.')).toMatchObject({ date: '2023-04-24', how: 'dateline' });
    expect(dateOf('en', 'Mayor Laura Fenn met Ambassador Ivo Marek at City Hall today.\n\nPublished 9 May 2020')).toMatchObject({ date: '2020-05-09', how: 'dateline' });
  });

  it('completes a yearless dateline with the year of a header line', () => {
    expect(dateOf('en', '02 Dec 2020, 09:15\n\nLIMA, Dec 2 — Minister Laura Fenn will meet Ivo Marek in Quito next Friday.', { status: 'planned' })).toMatchObject({
      date: '2020-12-04',
      how: 'dateline',
      span: 'next Friday',
    });
  });

  it('has no anchor in a yearless dateline without publishedAt', () => {
    expect(dateOf('ru', 'ОМСК, 5 апреля. /ТАСС/. Министр Олег Ларин вчера встретился с послом Петером Хольмом.').date).toBeNull();
    expect(dateAnchor('ОМСК, 5 апреля. /ТАСС/. Текст.', undefined)).toBeNull();
  });

  it('reads publishedAt in its own offset, never converted to UTC', () => {
    // 21:30 in New York is already the 8th in UTC; the article's day is the 7th.
    expect(dateOf('en', 'Mayor Laura Fenn met Ambassador Ivo Marek at City Hall today.', { publishedAt: '2021-12-07T21:30:00-05:00' })).toMatchObject({
      date: '2021-12-07',
      how: 'publishedAt',
      span: 'today',
    });
    // 01:00 in Tokyo is still the day before in UTC; the article's day is the 1st.
    expect(dateOf('ru', 'Вчера министр Олег Ларин провел переговоры с послом Петером Хольмом.', { publishedAt: '2021-03-01T01:00:00+09:00' })).toMatchObject({ date: '2021-02-28' });
    expect(publishedDay('2022-11-15T22:16:58-05:00')).toEqual({ y: 2022, m: 11, d: 15 });
    expect(publishedDay('not a date')).toBeNull();
  });
});

describe('date: relative expressions', () => {
  const wednesday = '2024-05-15T10:00:00+03:00';
  const friday = '2024-05-17T10:00:00+01:00';

  it('reads Russian day words against the anchor', () => {
    expect(dateOf('ru', 'Позавчера министр Олег Ларин провел переговоры с послом Петером Хольмом.', { publishedAt: wednesday }).date).toBe('2024-05-13');
    expect(dateOf('ru', 'Сегодня министр Олег Ларин провел переговоры с послом Петером Хольмом.', { publishedAt: wednesday }).date).toBe('2024-05-15');
    expect(dateOf('ru', 'Завтра министр Олег Ларин проведет переговоры с послом Петером Хольмом.', { publishedAt: wednesday, status: 'planned' }).date).toBe('2024-05-16');
    expect(dateOf('ru', 'Накануне министр Олег Ларин провел переговоры с послом Петером Хольмом.', { publishedAt: wednesday }).date).toBe('2024-05-14');
  });

  it('reads a Russian weekday back for a held meeting and ahead for a planned one', () => {
    expect(dateOf('ru', 'Министр Олег Ларин в понедельник провел переговоры с послом Петером Хольмом.', { publishedAt: wednesday })).toMatchObject({ date: '2024-05-13', span: 'в понедельник' });
    expect(dateOf('ru', 'Министр Олег Ларин в понедельник проведет переговоры с послом Петером Хольмом.', { publishedAt: wednesday, status: 'planned' }).date).toBe('2024-05-20');
    expect(dateOf('ru', 'Во вторник министр Олег Ларин встретился с послом Петером Хольмом.', { publishedAt: friday }).date).toBe('2024-05-14');
    expect(dateOf('ru', 'В минувшую пятницу министр Олег Ларин встретился с послом Петером Хольмом.', { publishedAt: friday }).date).toBe('2024-05-10');
    expect(dateOf('ru', 'Министр Олег Ларин встретится с послом Петером Хольмом в следующую среду.', { publishedAt: wednesday, status: 'planned' }).date).toBe('2024-05-22');
  });

  it('reads English weekdays: "on Tuesday", "last Friday", "this Thursday", "next Friday", bare "Tuesday", "on Monday evening"', () => {
    expect(dateOf('en', 'Minister Laura Fenn met Ambassador Ivo Marek on Tuesday.', { publishedAt: friday })).toMatchObject({ date: '2024-05-14', how: 'publishedAt', span: 'on Tuesday' });
    expect(dateOf('en', 'Minister Laura Fenn met Ambassador Ivo Marek last Friday.', { publishedAt: friday }).date).toBe('2024-05-10');
    expect(dateOf('en', 'Minister Laura Fenn met Ambassador Ivo Marek on Friday.', { publishedAt: friday }).date).toBe('2024-05-17');
    expect(dateOf('en', 'Minister Laura Fenn will meet Ambassador Ivo Marek this Thursday.', { publishedAt: '2024-05-14T10:00:00+01:00', status: 'planned' }).date).toBe('2024-05-16');
    expect(dateOf('en', 'Minister Laura Fenn will meet Ambassador Ivo Marek next Friday.', { publishedAt: friday, status: 'planned' }).date).toBe('2024-05-24');
    expect(dateOf('en', 'Minister Laura Fenn met Ambassador Ivo Marek Tuesday, officials said.', { publishedAt: friday }).date).toBe('2024-05-14');
    expect(dateOf('en', 'Minister Laura Fenn met Ambassador Ivo Marek on Monday evening.', { publishedAt: '2024-05-15T10:00:00+01:00' }).date).toBe('2024-05-13');
  });

  it('reads "earlier today", "this morning", "yesterday"', () => {
    const at = '2024-05-14T18:00:00+01:00';
    expect(dateOf('en', 'Minister Laura Fenn met Ambassador Ivo Marek earlier today.', { publishedAt: at }).date).toBe('2024-05-14');
    expect(dateOf('en', 'Minister Laura Fenn met Ambassador Ivo Marek this morning.', { publishedAt: at }).date).toBe('2024-05-14');
    expect(dateOf('en', 'Yesterday Minister Laura Fenn met Ambassador Ivo Marek.', { publishedAt: at }).date).toBe('2024-05-13');
  });

  it('gives a yearless day-month the anchor year, the year before for a held meeting that would lie ahead, the year after for a planned one long past', () => {
    expect(dateOf('ru', 'Встреча министра Олега Ларина с послом Петером Хольмом состоялась 30 июля.', { publishedAt: '2024-08-05T10:00:00+03:00' })).toMatchObject({
      date: '2024-07-30',
      how: 'publishedAt',
      span: '30 июля',
    });
    expect(dateOf('en', 'Minister Laura Fenn met Ambassador Ivo Marek on December 28.', { publishedAt: '2024-01-10T10:00:00+01:00' }).date).toBe('2023-12-28');
    expect(dateOf('en', 'Minister Laura Fenn will visit Ambassador Ivo Marek in Quito on January 15.', { publishedAt: '2024-12-20T10:00:00+01:00', status: 'planned' }).date).toBe('2025-01-15');
    expect(dateOf('en', 'Minister Laura Fenn met Ambassador Ivo Marek on the 30th.', { publishedAt: '2024-08-05T10:00:00+01:00' })).toMatchObject({ date: '2024-07-30', span: '30th' });
    expect(dateOf('ru', 'Министр Олег Ларин встретится с послом Петером Хольмом в начале июня.', { publishedAt: '2024-05-14T10:00:00+03:00', status: 'planned' }).date).toBe('2024-06');
  });

  it('reads a weekday with its date («в среду, 12 апреля») and a yearless span with "from ... to"', () => {
    expect(dateOf('ru', 'В среду, 12 апреля, в Ташкенте прошли переговоры министра Олега Ларина и посла Петера Хольма.', { publishedAt: '2023-04-13T10:00:00+05:00' })).toMatchObject({
      date: '2023-04-12',
      span: 'среду, 12 апреля',
    });
    expect(dateOf('en', 'Secretary Laura Fenn will travel to Quito from June 3 to 5 for talks with Ivo Marek.', { publishedAt: '2024-05-28T10:00:00-04:00', status: 'planned' }).date).toBe('2024-06');
  });

  it('gives a yearless span the finest covering value ("January 5-6" -> the month)', () => {
    expect(dateOf('en', 'Adviser Laura Fenn will travel to Quito on March 5-6 for a meeting with Ivo Marek.', { publishedAt: '2025-03-01T08:00:00-05:00', status: 'planned' })).toMatchObject({
      date: '2025-03',
      span: 'March 5-6',
    });
  });

  it('reads the date a cancelled meeting had been set for ahead of the anchor', () => {
    const text = 'Переговоры Олега Ларина и Петера Хольма, намеченные на 15 сентября, отменены.';
    expect(dateOf('ru', text, { publishedAt: '2020-09-14T10:00:00+03:00', status: 'cancelled', frame: { sentences: [0], main: 0, cancelled: false, session: false } }).date).toBe('2020-09-15');
  });

  it('gives nothing for a relative or yearless date without an anchor', () => {
    expect(dateOf('ru', 'Встреча министра Олега Ларина с послом Петером Хольмом состоялась 30 июля.')).toEqual({ date: null, how: null, span: null, basis: null });
    expect(dateOf('en', 'Minister Laura Fenn met Ambassador Ivo Marek on Tuesday.').date).toBeNull();
    expect(dateOf('ru', 'Вчера министр Олег Ларин провел переговоры с послом Петером Хольмом.').date).toBeNull();
  });

  it('gives nothing for a week: "next week" is not a date', () => {
    expect(dateOf('en', 'Minister Laura Fenn will meet Ambassador Ivo Marek next week.', { publishedAt: '2024-05-14T10:00:00+01:00', status: 'planned' }).date).toBeNull();
  });
});

describe('date: which sentence and which date', () => {
  const at = '2024-05-15T10:00:00+03:00';

  it('takes no birth date, signing date or bound ("since") for the meeting', () => {
    expect(dateOf('ru', 'Олег Ларин, родившийся 5 мая 1960 года, провел переговоры с Петером Хольмом.').date).toBeNull();
    expect(dateOf('en', 'Laura Fenn met Ivo Marek to review the accord signed on 12 May 2019.').date).toBeNull();
    expect(dateOf('en', 'Laura Fenn met Ivo Marek in Porto, the first talks between the two sides since March 2019.').date).toBeNull();
    expect(dateOf('ru', 'Олег Ларин провел переговоры с Петером Хольмом о выполнении соглашения от 5 мая 2019 года.').date).toBeNull();
  });

  it('dates a held meeting reported with no date of its own by the dateline or header line (the item\'s day)', () => {
    expect(dateOf('en', 'LIMA, Jan. 12 (Reuters) — Minister Laura Fenn met Ambassador Ivo Marek.', { publishedAt: '2022-01-12T10:00:00-05:00' }).date).toBe('2022-01-12');
    expect(dateOf('ru', '3 марта 2025, 14:20\n\nМинистр Олег Ларин провел переговоры с послом Петером Хольмом.').date).toBe('2025-03-03');
  });

  it('takes the date beside the meeting word, not another event\'s ("yesterday\'s vote", "Black Friday")', () => {
    expect(dateOf('en', "Laura Fenn met Ivo Marek ahead of yesterday's vote.", { publishedAt: at }).date).toBeNull();
    expect(dateOf('en', 'Laura Fenn met Ivo Marek at a Black Friday sale.', { publishedAt: at }).date).toBeNull();
    expect(dateOf('ru', 'Министр Олег Ларин провел переговоры с послом Петером Хольмом накануне визита президента.', { publishedAt: at }).date).toBeNull();
    expect(dateOf('en', 'Laura Fenn met Ivo Marek in Porto on Monday, the ministry said on Wednesday.', { publishedAt: at }).date).toBe('2024-05-13');
    expect(dateOf('ru', 'Министр Олег Ларин 12 мая провел переговоры с послом Петером Хольмом. Соглашение от 5 мая 2019 года продлено.', { publishedAt: at }).date).toBe('2024-05-12');
  });

  it('takes no date of a verb the meeting word only follows in a subordinate phrase', () => {
    expect(dateOf('en', 'Shares in Acme rose on Monday following reports that its chief Laura Fenn had held talks with Ivo Marek.', { publishedAt: at }).date).toBeNull();
  });

  it('takes no date of a clause closed before the meeting word ("X, who took office in March, met Y")', () => {
    expect(dateOf('en', 'Laura Fenn, who took office in March, met Ivo Marek yesterday.', { publishedAt: at }).date).toBe('2024-05-14');
    expect(dateOf('ru', 'Олег Ларин, который в марте возглавил министерство, вчера провел переговоры с Петером Хольмом.', { publishedAt: at }).date).toBe('2024-05-14');
  });

  it('takes no bound for the meeting\'s date ("will run through May 7")', () => {
    expect(dateOf('en', 'Talks between Laura Fenn and Ivo Marek will run through May 7.', { publishedAt: at, status: 'planned' }).date).toBeNull();
  });

  it('reads a date beside the meeting word in a later cue sentence when the frame sentence has none', () => {
    const text = 'Shares in Acme rose after reports of a merger with Pine Credit, whose chief is Ivo Marek.\n\nThe two firms reportedly held talks in June and July 2009.';
    expect(dateOf('en', text, { frame: { sentences: [0, 1], main: 0, cancelled: false, session: false } })).toMatchObject({ date: '2009', span: 'June and July 2009' });
  });

  it('reads a date that opens a later cue sentence ("Today, the leaders ... met")', () => {
    const text = 'Joint Statement of the Leaders of the Northern Rim on the Margins of the Harbour Forum in Tallinn\n\nToday, the Leaders of Iceland, Norway, Latvia and Estonia met on the margins of the Harbour Forum and issued this statement:';
    expect(dateOf('en', text, { publishedAt: '2023-06-02T21:00:00-04:00', frame: { sentences: [0, 1], main: 0, cancelled: false, session: false } })).toMatchObject({ date: '2023-06-02', how: 'publishedAt' });
  });

  it('reads "today" in a later sentence that names two of the participants', () => {
    const text = 'Министр Олег Ларин провел переговоры с послом Петером Хольмом.\n\nСегодня Ларин и Хольм также обсудили поставки зерна.';
    expect(extract({ text, publishedAt: at }).date).toBe('2024-05-15');
  });

  it('takes no date of another event in a sentence that is not about the meeting', () => {
    expect(dateOf('en', 'Laura Fenn met Ivo Marek in Porto.\n\nThe two men last spoke on 3 May 2019.').date).toBeNull();
  });
});

describe('date through extract()', () => {
  it('returns the date with its basis, and a null basis with a null date', () => {
    const text = 'Президент Андрей Смирнов провел переговоры с премьер-министром Иваном Петровым в Париже 7 апреля 2023 года.';
    const stated = extract({ text });
    expect(stated.date).toBe('2023-04-07');
    const start = text.indexOf('7 апреля 2023 года');
    expect(stated.dateBasis).toEqual({ how: 'stated', mention: { start, end: start + '7 апреля 2023 года'.length } });

    const none = extract({ text: 'Президент Андрей Смирнов провел переговоры с премьер-министром Иваном Петровым в Париже.' });
    expect(none.date).toBeNull();
    expect(none.dateBasis).toBeNull();
  });

  it('resolves a wire item with a dated dateline and publishedAt, in the zone publishedAt gives', () => {
    const result = extract({ text: 'PERTH, June 3 — Premier Alan Reid will meet Governor Mary Clarke in Darwin on Friday.', publishedAt: '2024-06-03T23:30:00+08:00' });
    expect(result.status).toBe('planned');
    expect(result.date).toBe('2024-06-07');
    expect(result.dateBasis?.how).toBe('dateline');
  });

  it('resolves "today" against publishedAt late in the evening of a zone west of UTC', () => {
    const result = extract({ text: 'Senator Mark Hale held talks with Prime Minister Rosa Lind in Ottawa today.', publishedAt: '2020-02-11T23:05:00-05:00' });
    expect(result).toMatchObject({ date: '2020-02-11', dateBasis: { how: 'publishedAt' } });
  });
});
