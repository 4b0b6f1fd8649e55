import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

const place = (text: string) => {
  const l = extract({ text }).location;
  return l && { city: l.city, country: l.country, countryCode: l.countryCode };
};

describe('meetings: place', () => {
  it('takes the city of the visited country from the next sentences', () => {
    const text =
      'В ходе визита во Францию премьер-министр Италии Марко Бруни провёл переговоры с президентом Анри Дюбуа. «Мы договорились о многом», — сказал Анри Дюбуа в Париже на совместной пресс-конференции.';
    expect(place(text)).toMatchObject({ city: 'Париж', countryCode: 'FR' });
  });

  it('does not take a city of another country from the next sentences', () => {
    const text =
      'В ходе визита во Францию премьер-министр Италии Марко Бруни провёл переговоры с президентом Анри Дюбуа. Позже Марко Бруни выступил в Берлине.';
    expect(place(text)).toMatchObject({ city: null, countryCode: 'FR' });
  });

  it('keeps a place written with a particle and its country in brackets', () => {
    const text = 'С 3 по 4 мая в Аль Кут (Al Kut) (Ирак) состоялось заседание совета федерации шахмат. Президент федерации Олег Беляев подписал контракты.';
    expect(place(text)).toMatchObject({ city: 'Аль Кут', countryCode: 'IQ' });
  });

  it('finds the landmark of a meeting told further down', () => {
    const text =
      'Gordon Miles is pressing the US on trade, officials said. Trade was discussed when senator Paul Reid visited Mr Miles. Officials gave no details. He is said to have talked to Mr Reid about tariffs during his time at Downing Street.';
    expect(place(text)).toMatchObject({ city: 'London', countryCode: 'GB' });
  });

  it('does not read a country used as a modifier as the place', () => {
    const text = 'Shares in UK banking group Northgate rose after reports that it held merger talks with US bank Coastal Trust.';
    expect(extract({ text }).location?.countryCode ?? null).toBeNull();
  });

  it('reads "посещающим X" as a visit to X', () => {
    const text = 'Министр иностранных дел Чили Хуан Перес прибыл в Пакистан. Он стал первым министром, посещающим Исламабад в этом году.';
    expect(place(text)).toMatchObject({ city: 'Исламабад', countryCode: 'PK' });
  });
});
