// The date step (fields/date.ts, text/dateline.ts), second round: which sentence gives the meeting's date
// when the frame is a heading or a later sentence, and the release formats that date an article. Every text
// is made up for the test (names, places and wording), with the cases where the date must stay empty.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

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
