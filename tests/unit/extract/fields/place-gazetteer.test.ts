import { describe, expect, it } from 'vitest';
import { cityCountry } from '../../../../functions/core/extract/knowledge/gazetteer.ts';
import { extract } from '../../../support/extractor.ts';

const place = (text: string) => {
  const l = extract({ text }).location;
  return l && { city: l.city, country: l.country, countryCode: l.countryCode, inferred: l.countryInferred };
};

describe('generalisation: the country of a city', () => {
  it.each([
    ['Пекин', 'CN'], ['Токио', 'JP'], ['Сеул', 'KR'], ['Анкара', 'TR'], ['Стамбул', 'TR'], ['Казань', 'RU'], ['Сочи', 'RU'],
    ['Алматы', 'KZ'], ['Ташкент', 'UZ'], ['Баку', 'AZ'], ['Ереван', 'AM'], ['Минск', 'BY'], ['Женева', 'CH'], ['Давос', 'CH'],
    ['Брюссель', 'BE'], ['Вашингтон', 'US'], ['Нью-Йорк', 'US'], ['Лондон', 'GB'], ['Париж', 'FR'], ['Берлин', 'DE'], ['Рим', 'IT'],
    ['Мадрид', 'ES'], ['Дели', 'IN'], ['Эр-Рияд', 'SA'], ['Дубай', 'AE'], ['Каир', 'EG'], ['Geneva', 'CH'], ['Davos', 'CH'],
    ['Osaka', 'JP'], ['Brussels', 'BE'], ['New Delhi', 'IN'], ['Riyadh', 'SA'],
  ])('%s is in %s', (name, code) => {
    expect(cityCountry(name)?.code).toBe(code);
  });

  it.each([['Ливерпуль', 'GB'], ['Дюссельдорф', 'DE'], ['Воронеж', 'RU'], ['Монреаль', 'CA'], ['Ибадан', 'NG']])(
    'matches %s by its spelling (%s)',
    (name, code) => {
      expect(cityCountry(name)?.code).toBe(code);
    },
  );

  it('does not accept a skeleton match whose spelling is far off', () => {
    // "Дьюас" shares its consonants with Dewas (India) only loosely; the Давос case in another form.
    expect(cityCountry('Дьюас')).toBeUndefined();
    expect(cityCountry('Давос')?.code).not.toBe('IN');
  });

  it('prefers the country the text mentions between close spellings', () => {
    expect(cityCountry('Манчестер', new Set(['US']))?.code).toBe('US');
    expect(cityCountry('Манчестер')?.code).toBe('GB');
  });
});

describe('generalisation: city -> country in articles', () => {
  it('infers China from Beijing', () => {
    expect(place('Премьер Вьетнама Ле Ван Тхань провел переговоры с главой правительства Китая в Пекине.')).toMatchObject({ city: 'Пекин', countryCode: 'CN' });
    expect(place('Министр финансов Италии Марко Бруни прибыл в Пекин с двухдневным визитом.')).toMatchObject({ city: 'Пекин', countryCode: 'CN', inferred: true });
  });

  it('infers Russia from Sochi', () => {
    expect(place('Президент Египта Ахмед Салем встретился в Сочи с министром обороны Сергеем Ивановым.')).toMatchObject({ city: 'Сочи', countryCode: 'RU', country: 'Россия', inferred: true });
  });

  it('infers Switzerland from Geneva and Davos', () => {
    expect(place('Министры иностранных дел Ирана и Франции провели переговоры в Женеве.')).toMatchObject({ city: 'Женева', countryCode: 'CH' });
    expect(place('На полях форума в Давосе глава Сбербанка Игорь Павлов встретился с премьером Бельгии Яном Мертенсом.')).toMatchObject({ city: 'Давос', countryCode: 'CH' });
    expect(place('Trade ministers Anna Weber and Paul Reid met in Davos on Thursday.')).toMatchObject({ city: 'Davos', countryCode: 'CH' });
  });

  it('infers the country of English city names', () => {
    expect(place('Prime Minister John Carter held talks with President Ahmed Salem in New Delhi.')).toMatchObject({ city: 'New Delhi', countryCode: 'IN' });
    expect(place('Foreign Secretary Mary Hill met Prince Faisal in Riyadh.')).toMatchObject({ city: 'Riyadh', countryCode: 'SA' });
  });
});
