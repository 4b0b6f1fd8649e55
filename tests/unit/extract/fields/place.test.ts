// The meeting's place (fields/place.ts): hand-made sentences, none taken from an evaluation corpus.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

const place = (text: string) => {
  const l = extract({ text }).location;
  return l ? [l.city, l.countryCode] : null;
};

describe('place: names the mention finder does not know', () => {
  it('reads an unknown city from the country after it, with or without a comma', () => {
    expect(place('The ministers met in Sophia-Antipolis, France.')).toEqual(['Sophia-Antipolis', 'FR']);
    expect(place('Prime Minister Anna Berg met President Luis Soto in Rome Italy on Monday.')).toEqual(['Rome', 'IT']);
  });

  it('does not read a list of countries as a city', () => {
    expect(place('Minister Anna Berg met President Luis Soto in Jordan, Kenya and Peru last month.')?.[0] ?? null).toBeNull();
  });

  it('prefers the well-known venue to a homonym', () => {
    expect(place('Leaders met on the margins of the G20 Summit in Bali and released a statement.')).toEqual(['Bali', 'ID']);
  });

  it('reads a residence named in apposition', () => {
    expect(place('Talks on fishing rights open at the prime minister\'s country residence, Chequers, on Monday with Minister Ola Dahl.')).toEqual(['Chequers', 'GB']);
  });

  it('reads "in the" before a country', () => {
    expect(place('Prime Minister Anna Berg met President Luis Soto in the Netherlands on Monday.')).toEqual([null, 'NL']);
  });
});

describe('place: where the visitor goes', () => {
  it('reads "travel to", "welcome ... to" and "visit to"', () => {
    expect(place('Trade envoy Mia Clarke heads to Lusaka, Zambia, where she is due to hold talks with Finance Minister Joseph Banda.')).toEqual(['Lusaka', 'ZM']);
    expect(place('President Anna Berg will welcome King Olav and Queen Sonja to Ottawa for a State Visit next month.')).toEqual(['Ottawa', 'CA']);
    expect(place('The delegation is on an official visit to the Czech Republic at the invitation of Senate President Jan Novak.')).toEqual([null, 'CZ']);
  });

  it('prefers the place the meeting is in to a later trip', () => {
    expect(place('President Anna Berg will travel to Paris next week after meeting Prime Minister Luis Soto in Berlin today.')).toEqual(['Berlin', 'DE']);
  });

  it('does not read travel that is the topic', () => {
    expect(place('Minister Joseph Banda held talks with Minister Mia Clarke on visa-free travel to the Schengen area.')).toBeNull();
  });
});

describe('place: places that are not the venue', () => {
  it('leaves out a country that is what was discussed, and a contrast', () => {
    expect(place('Minister Anna Berg met her counterpart Lars Holm and the sides discussed major events in Kazakhstan.')).toBeNull();
    expect(place('Совещание министра Ивана Петрова с губернатором Олегом Сомовым прошло в Казани, а не в Москве, как планировалось.')).toEqual(['Казань', 'RU']);
  });

  it('does not take the Kremlin or the White House that speaks for a venue', () => {
    expect(place('Президент Илья Воронов встретился с губернатором Андреем Лосевым, сообщила пресс-служба Кремля.')).toBeNull();
    expect(place('Президент Илья Воронов встретился с губернатором Андреем Лосевым, сообщили в Кремле.')).toBeNull();
    expect(place('President Mark Ellison met Governor Dana Cruz to discuss wildfire aid, the White House said in a statement.')).toBeNull();
  });

  it('still takes a meeting held at the landmark', () => {
    expect(place('Переговоры президента Ильи Воронова с президентом Монголии Батом Эрдэнэ прошли в Кремле.')).toEqual(['Москва', 'RU']);
    expect(place('President Mark Ellison met Governor Dana Cruz at the White House on Friday.')).toEqual(['Washington', 'US']);
  });
});

describe('place: the dateline', () => {
  it('gives the dateline city when the text puts the meeting in the capital', () => {
    expect(place('RIGA, May 4 (LETA) - Talks between Prime Minister Anna Berg and President Luis Soto began in the capital on Monday.')).toEqual(['Riga', 'LV']);
    expect(place('АСТАНА, 3 марта. Переговоры министра Ержана Ахметова и министра иностранных дел Чехии Яна Новака начались во вторник в столице республики.')).toEqual(['Астана', 'KZ']);
  });

  it('does not give the dateline city otherwise', () => {
    expect(place('RIGA, May 4 (LETA) - Prime Minister Anna Berg met President Luis Soto on Monday.')).toBeNull();
  });
});

describe('place: the headline', () => {
  it('reads the headline when the frame names no place', () => {
    const text = 'Chile Takes Part in Andean Forum in Peru\n\nThe forum was held at the lake shore. On its sidelines, Foreign Minister Ana Ruiz held meetings with Jorge Soto.';
    expect(place(text)).toEqual([null, 'PE']);
  });
});
