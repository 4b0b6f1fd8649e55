// The date step (fields/date.ts, text/dateline.ts), third round: the item's own day for a held meeting it
// reports without one, datelines closed by a full stop, stays and spans of days or weekdays, and the host
// event's days. Every text is made up for the test (names, places and wording), with the cases where the rule
// must not fire.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

const dateOf = (text: string, publishedAt?: string) => {
  const r = extract({ text, publishedAt });
  return { date: r.date, how: r.dateBasis?.how ?? null, span: r.dateBasis?.mention ? text.slice(r.dateBasis.mention.start, r.dateBasis.mention.end) : null };
};

describe('date: the day of the item for a held meeting it reports without one', () => {
  it('takes the day of a dateline closed by a full stop («Гродно, 17 марта.», "Ganja, 9 April, AZN.")', () => {
    const ru = 'Гродно, 17 марта. Премьер-министр Белоруссии Олег Сурин провёл переговоры с премьер-министром Литвы Андрюсом Каралюсом.';
    expect(dateOf(ru, '2025-03-17T16:00:00+03:00')).toMatchObject({ date: '2025-03-17', how: 'dateline' });
    const en = 'Ganja, 9 April, AZN. Azerbaijani Foreign Minister Elchin Rzayev held talks with Georgian Foreign Minister Levan Mikava.';
    expect(dateOf(en, '2025-04-09T12:00:00+04:00')).toMatchObject({ date: '2025-04-09', how: 'dateline' });
  });

  it('takes the day of a dated header line above the report', () => {
    const text = 'President Orvell holds talks with Prime Minister Dunmore\n\n12 February 2025, 14:20\n\nPresident Karl Orvell held talks with Prime Minister Ian Dunmore of Eastland.';
    expect(dateOf(text)).toMatchObject({ date: '2025-02-12', how: 'dateline' });
  });

  it('does not take the day of publication for it (no dateline or header)', () => {
    const text = 'President Karl Orvell held talks with Prime Minister Ian Dunmore of Eastland.';
    expect(dateOf(text, '2025-02-12T10:00:00Z').date).toBeNull();
  });

  it('does not take the item\'s day when the sentence says something else of when ("have met four times since 2021")', () => {
    const en = 'Ganja, 9 April, AZN. Foreign Ministers Elchin Rzayev and Levan Mikava, who have held talks four times since 2021, discussed the border.';
    expect(dateOf(en, '2025-04-09T12:00:00+04:00').date).toBeNull();
    const ru = 'Гродно, 17 марта. Премьер-министры Олег Сурин и Андрюс Каралюс, которые провели переговоры с 2020 года уже пять раз, обсудили транзит.';
    expect(dateOf(ru, '2025-03-17T16:00:00+03:00').date).toBeNull();
  });
});

describe('date: stays and spans', () => {
  it('gives the value covering a visit when the day lies in its stated span', () => {
    const text = 'The Prime Minister of Eastland Ian Dunmore held talks today with President Karl Orvell as part of his official visit to Westmark from 28 April to 2 May.';
    expect(dateOf(text, '2025-04-30T10:00:00Z')).toMatchObject({ date: '2025' });
    const month = 'The Prime Minister of Eastland Ian Dunmore held talks today with President Karl Orvell as part of his official visit to Westmark from 13 to 15 May.';
    expect(dateOf(month, '2025-05-14T10:00:00Z')).toMatchObject({ date: '2025-05' });
  });

  it('gives the value covering an event that runs until, or a visit that ends on, a later day', () => {
    const ru = 'Сегодня в Казани открылся форум регионов, который продлится до 3 июня; в первый день губернатор Ильдар Гарипов встретился с послом Кении Джеймсом Очиенгом.';
    expect(dateOf(ru, '2025-05-30T10:00:00+03:00').date).toBe('2025');
    const en = 'President Karl Orvell held talks with Prime Minister Ian Dunmore in Westmark today, on a visit that ends on 16 May.';
    expect(dateOf(en, '2025-05-14T10:00:00Z').date).toBe('2025-05');
  });

  it('reads a span of weekdays ("from Monday to Wednesday", «с понедельника по среду»), and no lone "from Monday"', () => {
    const en = 'Trade ministers Lena Vogt and Tomas Brand held talks in Geneva from Monday to Wednesday.';
    expect(dateOf(en, '2025-06-12T10:00:00Z')).toMatchObject({ date: '2025-06', span: 'from Monday to Wednesday' });
    const ru = 'Министры торговли Лена Фогт и Томас Бранд с понедельника по среду провели переговоры в Женеве.';
    expect(dateOf(ru, '2025-06-12T10:00:00+03:00')).toMatchObject({ date: '2025-06', span: 'с понедельника по среду' });
    const bound = 'The new quotas apply from Monday, trade ministers Lena Vogt and Tomas Brand said after they met in Geneva on Tuesday.';
    expect(dateOf(bound, '2025-06-12T10:00:00Z')).toMatchObject({ date: '2025-06-10', span: 'on Tuesday' });
  });

  it('reads the meeting\'s own day before the days of the event on whose sidelines it was held', () => {
    const text = 'President Karl Orvell met Prime Minister Ian Dunmore on the sidelines of the energy forum, held June 3-5 in Oslo, on Thursday.';
    expect(dateOf(text, '2025-06-06T10:00:00Z')).toMatchObject({ date: '2025-06-05', span: 'on Thursday' });
    const only = 'President Karl Orvell met Prime Minister Ian Dunmore on the sidelines of the energy forum, held June 3-5 in Oslo.';
    expect(dateOf(only, '2025-06-06T10:00:00Z').date).toBe('2025-06');
  });
});

describe('date: parts of a month and clauses about other meetings', () => {
  it('reads a part of this, the next or the last month («в конце месяца», "at the end of the month")', () => {
    const at = '2025-11-21T10:00:00+03:00';
    expect(dateOf('Премьеры Олег Сурин и Андрюс Каралюс встретятся в Вильнюсе в конце месяца.', at)).toMatchObject({ date: '2025-11', span: 'в конце месяца' });
    expect(dateOf('Премьеры Олег Сурин и Андрюс Каралюс встретятся в Вильнюсе в начале следующего месяца.', at).date).toBe('2025-12');
    expect(dateOf('Prime ministers Ian Dunmore and Karl Orvell will hold talks in Tallinn at the end of the month.', at)).toMatchObject({ date: '2025-11', span: 'at the end of the month' });
  });

  it('takes no deadline "by the end of the month" for the meeting', () => {
    const text = 'Prime ministers Ian Dunmore and Karl Orvell must settle the quota by the end of the month, they said after they held talks in Tallinn on Thursday.';
    expect(dateOf(text, '2025-11-21T10:00:00Z')).toMatchObject({ date: '2025-11-20', span: 'on Thursday' });
  });

  it('reads a half, a week or a ten-day part of a month as the month ("in the second half of June", «во второй половине июня»)', () => {
    expect(dateOf('Trade ministers Lena Vogt and Tomas Brand held talks in Geneva in the second half of March.', '2025-04-02T10:00:00Z').date).toBe('2025-03');
    expect(dateOf('Министры торговли Лена Фогт и Томас Бранд провели переговоры в Женеве во второй половине марта.', '2025-04-02T10:00:00+03:00').date).toBe('2025-03');
    expect(dateOf('Министры торговли Лена Фогт и Томас Бранд проведут переговоры в Женеве в третьей декаде апреля.', '2025-04-02T10:00:00+03:00').date).toBe('2025-04');
  });

  it('reads the day of the main clause before the date of a clause about an earlier meeting ("who last met in May,")', () => {
    const text = 'Prime ministers Ian Dunmore and Karl Orvell, who last met in February, held talks in Tallinn on Thursday.';
    expect(dateOf(text, '2025-11-21T10:00:00Z')).toMatchObject({ date: '2025-11-20', span: 'on Thursday' });
    // With nothing else in the sentence, the clause's date is still read (the item's reporting sentence).
    const only = 'Prime ministers Ian Dunmore and Karl Orvell, who met in Tallinn on 4 November 2025, agreed to hold talks again.';
    expect(dateOf(only).date).toBe('2025-11-04');
  });
});

describe('date: another event as a point of reference', () => {
  it('does not draw a date to an event named as a point of reference ("two weeks after the summit of", «через неделю после саммита»)', () => {
    const en = 'Prime Minister Ian Dunmore met President Karl Orvell in Tallinn on Monday, two weeks after the Baltic summit of 24–25 February.';
    expect(dateOf(en, '2025-03-11T10:00:00Z')).toMatchObject({ date: '2025-03-10', span: 'on Monday' });
    const ru = 'Премьер-министр Олег Сурин в понедельник провёл переговоры с президентом Карлом Орвеллом, через неделю после саммита 24–25 февраля.';
    expect(dateOf(ru, '2025-03-11T10:00:00+03:00')).toMatchObject({ date: '2025-03-10', span: 'в понедельник' });
  });

  it('keeps that event\'s date when the sentence names no other meeting ("days before talks on Friday")', () => {
    const text = 'Days before his talks with President Karl Orvell on Friday, Prime Minister Ian Dunmore said the quota was settled.';
    expect(dateOf(text, '2025-03-11T10:00:00Z')).toMatchObject({ span: 'on Friday' });
  });
});

describe('date: earlier and later meetings named beside the one reported', () => {
  it('takes no date of an earlier meeting ("the two last met in January", «ранее министры встречались в марте»)', () => {
    const en = 'Deputy Minister Grace Lin held talks with Moldovan Foreign Minister Ion Popa in Vienna. The two last met in January in Chisinau.';
    expect(dateOf(en, '2025-05-08T10:00:00Z').date).toBeNull();
    const ru = 'Заместитель министра Ольга Лисина провела переговоры с министром Ионом Попой в Вене. Ранее министры встречались в марте в Кишинёве.';
    expect(dateOf(ru, '2025-05-08T10:00:00+03:00').date).toBeNull();
  });

  it('takes no date of the next meeting in the report of a held one («провести следующий раунд консультаций в сентябре»)', () => {
    const ru = 'Заместитель министра Ольга Лисина провела переговоры с министром Ионом Попой. Стороны договорились провести следующий раунд консультаций в сентябре.';
    expect(dateOf(ru, '2025-05-08T10:00:00+03:00').date).toBeNull();
    const en = 'Deputy Minister Grace Lin held talks with Foreign Minister Ion Popa in Vienna. The next round of consultations will be held in September.';
    expect(dateOf(en, '2025-05-08T10:00:00Z').date).toBeNull();
  });

  it('keeps the date of a planned meeting called the next one ("the next round of talks will be held on 12 June")', () => {
    const text = 'The next round of talks between Deputy Minister Grace Lin and Foreign Minister Ion Popa will be held in Vienna on 12 June.';
    expect(dateOf(text, '2025-05-08T10:00:00Z').date).toBe('2025-06-12');
  });
});

describe('date: a verb is no adjective of an earlier meeting', () => {
  it('reads the date of «прошли переговоры» (the verb, not «прошлые переговоры»)', () => {
    const text = 'В четверг, 8 мая, в Вене прошли переговоры заместителя министра Ольги Лисиной и министра Иона Попы.';
    expect(dateOf(text, '2025-05-09T10:00:00+03:00').date).toBe('2025-05-08');
    const earlier = 'Заместитель министра Ольга Лисина провела переговоры с министром Ионом Попой в Вене. Прошлые переговоры министров прошли в марте.';
    expect(dateOf(earlier, '2025-05-09T10:00:00+03:00').date).toBeNull();
  });
});

describe('date: the date of a subject discussed', () => {
  it('takes no date of a subject discussed ("to discuss the vote scheduled for", «обсудили итоги выборов»)', () => {
    const en = 'Deputy Minister Grace Lin met Foreign Minister Ion Popa to discuss the referendum scheduled for 19 October.';
    expect(dateOf(en, '2025-05-08T10:00:00Z').date).toBeNull();
    const ru = 'Заместитель министра Ольга Лисина провела встречу с министром Ионом Попой. Они обсудили итоги референдума 19 октября.';
    expect(dateOf(ru, '2025-10-28T10:00:00+03:00').date).toBeNull();
    const planned = 'Заместитель министра Ольга Лисина провела встречу с министром Ионом Попой, чтобы обсудить референдум, назначенный на 19 октября.';
    expect(dateOf(planned, '2025-05-08T10:00:00+03:00').date).toBeNull();
  });

  it('keeps the day of the meeting itself that is scheduled ("talks are scheduled for 19 October")', () => {
    const text = 'Talks between Deputy Minister Grace Lin and Foreign Minister Ion Popa are scheduled for 19 October.';
    expect(dateOf(text, '2025-10-08T10:00:00Z').date).toBe('2025-10-19');
    const discussed = 'Deputy Minister Grace Lin met Foreign Minister Ion Popa and discussed trade on Tuesday.';
    expect(dateOf(discussed, '2025-10-08T10:00:00Z').date).toBe('2025-10-07');
  });
});

describe('date: a month with a year given relative to the anchor', () => {
  it('reads "in March last year", «в марте прошлого года», «3 марта текущего года»', () => {
    expect(dateOf('Foreign ministers Lena Vogt and Tomas Brand held talks in Geneva in March last year.', '2025-05-01T10:00:00Z').date).toBe('2024-03');
    expect(dateOf('Министры Лена Фогт и Томас Бранд провели переговоры в Женеве в марте прошлого года.', '2025-05-01T10:00:00+03:00').date).toBe('2024-03');
    expect(dateOf('Министры Лена Фогт и Томас Бранд провели переговоры в Женеве 3 марта текущего года.', '2025-05-01T10:00:00+03:00').date).toBe('2025-03-03');
    expect(dateOf('Foreign ministers Lena Vogt and Tomas Brand will hold talks in Geneva in February next year.', '2025-05-01T10:00:00Z').date).toBe('2026-02');
  });

  it('gives nothing for it without an anchor', () => {
    expect(dateOf('Foreign ministers Lena Vogt and Tomas Brand held talks in Geneva in March last year.').date).toBeNull();
  });
});

describe('date: the date right after a reference event, and "since the election in July"', () => {
  it('takes no date right after an event named as a point of reference ("ahead of the summit on Thursday", «накануне саммита в четверг»)', () => {
    expect(dateOf('Ahead of the trade summit on Thursday, Prime Minister Ian Dunmore held talks with President Karl Orvell.', '2025-03-11T10:00:00Z').date).toBeNull();
    expect(dateOf('Накануне торгового саммита в четверг премьер-министр Олег Сурин провёл переговоры с президентом Карлом Орвеллом.', '2025-03-11T10:00:00+03:00').date).toBeNull();
    // The meeting's own day beside it is still read.
    expect(dateOf('Ahead of the trade summit, Prime Minister Ian Dunmore held talks with President Karl Orvell on Monday.', '2025-03-11T10:00:00Z').date).toBe('2025-03-10');
  });

  it('takes no date of the event after "since" ("their first meeting since the election in July")', () => {
    const text = 'Prime Minister Ian Dunmore hosted President Karl Orvell in Leeds. It was their first meeting since the vote in July.';
    expect(dateOf(text, '2025-03-11T10:00:00Z').date).toBeNull();
  });
});
