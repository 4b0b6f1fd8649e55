import { describe, expect, it } from 'vitest';
import { kindOfSentence, meetingKind } from '../../../../functions/core/extract/fields/kind.ts';
import { extract } from '../../../support/extractor.ts';

// Made-up sentences of each class (never corpus sentences).
describe('kind of a sentence', () => {
  it.each([
    ['Состоялся телефонный разговор президента Ивана Серова с премьер-министром Анной Лис.', 'ru', 'call'],
    ['Министры обсудили по телефону подготовку договора.', 'ru', 'call'],
    ['Главы МИД провели переговоры в режиме видеоконференции.', 'ru', 'call'],
    ['President Ada Moss held a video call with Prime Minister Ken Oduya.', 'en', 'call'],
    ['The two leaders spoke by phone on Friday about the harvest.', 'en', 'call'],
    ['Governor Ray Kell had a call with the mayor of Lyon.', 'en', 'call'],
    ['Премьер-министр Олег Ткач прибыл с официальным визитом в Рим.', 'ru', 'visit'],
    ['Министр посетил Каир, где провел переговоры с коллегой.', 'ru', 'visit'],
    ['The foreign minister will travel to Lima next week for talks with officials.', 'en', 'visit'],
    ['The Queen of Norland will pay a state visit to Belgium.', 'en', 'visit'],
    ['В Душанбе открылось заседание Совета глав правительств.', 'ru', 'multilateral'],
    ['Leaders gathered in Oslo for the annual summit of the council.', 'en', 'multilateral'],
    ['На полях саммита президенты Лин Чжао и Ирма Кос провели двустороннюю встречу.', 'ru', 'meeting'],
    ['On the sidelines of the forum, Minister Paul Ode met his counterpart Sara Linde.', 'en', 'meeting'],
  ] as const)('%s -> %s', (text, language, kind) => {
    expect(kindOfSentence(text, language)).toBe(kind);
  });

  it('says nothing about a sentence without such words', () => {
    expect(kindOfSentence('Министры обсудили вопросы торговли.', 'ru')).toBeNull();
    expect(kindOfSentence('The two ministers discussed trade.', 'en')).toBeNull();
  });

  it('reads the sentences in order and defaults to a meeting', () => {
    expect(meetingKind(['Стороны обсудили торговлю.', 'Разговор прошел по телефону.'], 'ru')).toBe('call');
    expect(meetingKind(['The ministers discussed trade.'], 'en')).toBe('meeting');
  });
});

describe('kind in the record', () => {
  it('finds a phone call and gives it no place', () => {
    const result = extract({ text: 'Президент Иван Серов провел телефонный разговор с канцлером Эрикой Лунд из Москвы.', language: 'ru' });

    expect(result.isMeeting).toBe(true);
    expect(result.kind).toBe('call');
    expect(result.location).toBeNull();
  });

  it('finds an English video call', () => {
    const result = extract({ text: 'President Ada Moss held a secure video call today with Prime Minister Ken Oduya of Norland.', language: 'en' });

    expect(result.isMeeting).toBe(true);
    expect(result.kind).toBe('call');
  });

  it('has no kind when there is no meeting', () => {
    expect(extract({ text: 'Курс рубля вырос на открытии торгов.', language: 'ru' }).kind).toBeNull();
  });
});
