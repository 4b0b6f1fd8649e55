// The meeting's place, third round (fields/place.ts): classes of errors found on the tuning sets, each on
// sentences made up for the test, with the cases that must stay as they were.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

const place = (text: string, language?: string) => {
  const l = extract({ text, ...(language ? { language } : {}) }).location;
  return l ? [l.city, l.countryCode] : null;
};

describe('place: a country that only owns a noun is no place', () => {
  it('skips "at <Country>\'s request" beside the venue', () => {
    expect(place('The meeting between the ministers will take place in Vienna, the spokesman said, adding that the date was moved at Canada\'s request.')).toEqual(['Vienna', 'AT']);
  });

  it('keeps a country before a settlement noun and a plain country', () => {
    expect(place("President Omar Haddad received Prime Minister Karim Nasser on Sunday in Tunisia's southern city of Tozeur.")).toEqual(['Tozeur', 'TN']);
    expect(place('Foreign Minister Lena Holm held talks with her counterpart Mart Tamm in Estonia on Friday.')).toEqual([null, 'EE']);
  });
});

describe('place: the country of a city the gazetteer knows', () => {
  it('does not pair a city with another country of the sentence', () => {
    expect(place('Trade Minister Lena Holm met Commissioner Piet Maas in Brussels on Monday before flying on to Norway.')).toEqual(['Brussels', 'BE']);
  });

  it('keeps a country stated right after the city', () => {
    expect(place('The two ministers met in Zurich, Switzerland, on Tuesday.')).toEqual(['Zurich', 'CH']);
  });
});

describe('place: the dateline city when the text puts the meeting in its country', () => {
  it('reads a dateline written in running case («Ташкент, 3 мая.») beside a country-only place', () => {
    expect(place('Ташкент, 3 мая. Президент Киргизии Алмаз Осмонов, находящийся в Узбекистане с официальным визитом, провёл переговоры с Президентом Узбекистана Тимуром Каримовым.')).toEqual(['Ташкент', 'UZ']);
  });

  it('reads "at the Ministry of Foreign Affairs of <Country>" under a dateline of that country', () => {
    expect(place('HANOI, 5 June (VNA) – Minister of Foreign Affairs Tran Van Long received Ambassador of Chile Pablo Rojas at the Ministry of Foreign Affairs of Vietnam on Wednesday.')).toEqual(['Hanoi', 'VN']);
  });

  it('leaves the city open when the dateline is of another country, or there is none', () => {
    expect(place('BANGKOK, 5 June – Minister of Foreign Affairs Tran Van Long received Ambassador of Chile Pablo Rojas at the Ministry of Foreign Affairs of Vietnam on Wednesday.')).toEqual([null, 'VN']);
    expect(place('Ташкент, 3 мая. Президент Узбекистана Тимур Каримов, находящийся в Киргизии с официальным визитом, провёл переговоры с Президентом Киргизии Алмазом Осмоновым.')).toEqual([null, 'KG']);
  });

  it('does not take a city-and-comma headline for a dateline', () => {
    expect(place('Paris, Berlin agree to talks\n\nFrench and German foreign ministers held talks in Germany on Monday.')).toEqual([null, 'DE']);
  });
});

describe('place: the place line of an official readout', () => {
  it('reads a line that names only a city (and its venue) above the text', () => {
    expect(place('Geneva\n\n3 March 2025\n\nThe Secretary-General met with Foreign Minister Ana Duarte of Portugal. They discussed climate finance.')).toEqual(['Geneva', 'CH']);
    expect(place('Встреча с губернатором Курской области\n\n12 марта 2025 года\nМосква, Кремль\n\nПрезидент провёл встречу с губернатором Курской области Петром Савельевым.')).toEqual(['Москва', 'RU']);
  });

  it('does not read a wire dateline on its own line, nor a place the text names', () => {
    expect(place('GENEVA\n\nThe Secretary-General met with Foreign Minister Ana Duarte of Portugal. They discussed climate finance.')).toBeNull();
    expect(place('Geneva\n\n3 March 2025\n\nThe Secretary-General met with Foreign Minister Ana Duarte of Portugal in Lisbon.')).toEqual(['Lisbon', 'PT']);
  });
});

describe('place: the place of a gathering that is discussed', () => {
  it('skips "discussed the upcoming summit in X" and «обсудили подготовку к саммиту в X»', () => {
    expect(place('Secretary Halvorsen met Minister Whitcombe. They discussed the upcoming summit in Manila and regional security.')).toBeNull();
    expect(place('Президент Монголии Бат-Эрдэнэ встретился с премьер-министром Японии Такаси Мори. Стороны обсудили подготовку к саммиту в Токио.')).toBeNull();
  });

  it('keeps the gathering that is the venue ("at the summit in X", «на саммите в X»)', () => {
    expect(place('The leaders discussed climate finance at the summit in Manila on Friday.')).toEqual(['Manila', 'PH']);
    expect(place('Лидеры двух стран обсудили климат на саммите в Маниле.')).toEqual(['Манила', 'PH']);
  });
});

describe('place: where a party is based or was born is no venue', () => {
  it('skips "based in", "headquartered in", "born in", "who lives in", «базирующейся в»', () => {
    expect(place('President Ana Costa met executives of a shipping company based in Rotterdam on Monday.')).toBeNull();
    expect(place('The chief executive of Norvik, which is headquartered in Oslo, met Prime Minister Jan Novak on Monday.')).toBeNull();
    expect(place('President Ana Costa met Jan Novak, an engineer born in Tbilisi, on Monday.')).toBeNull();
    expect(place('Министр экономики Армении встретился с главой базирующейся в Вене компании «Ортекс» Яном Новаком.')).toBeNull();
  });

  it('keeps the venue named beside it, and presence on a visit («находящийся в»)', () => {
    expect(place('The chief executive of Norvik, which is headquartered in Oslo, met Prime Minister Jan Novak in Prague on Monday.')).toEqual(['Prague', 'CZ']);
    expect(place('Президент Киргизии Алмаз Осмонов, находящийся в Ташкенте с визитом, провёл переговоры с Президентом Узбекистана Тимуром Каримовым.')).toEqual(['Ташкент', 'UZ']);
  });
});
