import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

const meeting = (text: string) => extract({ text }).isMeeting;
const status = (text: string) => extract({ text }).status;

describe('detection: meeting words that report no meeting', () => {
  it('reads a game between teams as sport, not a meeting', () => {
    expect(meeting('Встреча между командами «Динамо» и «Локомотив» завершилась со счетом 2:1. Игроки Иван Сидоров и Павел Ершов забили по голу.')).toBe(false);
    expect(meeting('В субботу футболисты «Ротора» встретятся с командой «Сокол» на центральном стадионе. Главный тренер Олег Петров назвал матч решающим.')).toBe(false);
    expect(meeting('The meeting between the two clubs ended in a goalless draw. Striker John Adams missed a penalty in the second half.')).toBe(false);
    expect(meeting('Leeds will meet Hull City at Elland Road on Saturday, and manager Tom Baker said the league match would decide the season.')).toBe(false);
  });

  it('keeps a real meeting of sports officials', () => {
    expect(meeting('Президент федерации Иван Орлов встретился в Москве с министром спорта Павлом Седовым. Стороны обсудили финансирование.')).toBe(true);
  });

  it('reads a meeting called off with no new date as a meeting with status cancelled (MEETINGS.md)', () => {
    for (const text of [
      'Встреча министров иностранных дел Андрея Козлова и Петра Ильина, намеченная на пятницу, отменена. Новая дата не названа.',
      'Переговоры президента Олега Смирнова с премьером Игорем Белым не состоятся. Стороны не объяснили причин.',
      'Talks between Foreign Minister David Clark and his counterpart Maria Stone were called off on Monday. No new date has been set.',
      'The planned meeting between Prime Minister John Hart and President Anna Vogel has been cancelled.',
    ]) {
      const result = extract({ text });
      expect(result.isMeeting, text).toBe(true);
      expect(result.status, text).toBe('cancelled');
    }
  });

  it('keeps a postponed meeting that has a new date, as planned', () => {
    const ru = 'Встреча министра Ивана Лосева с послом Петром Юрьевым перенесена на 12 мая. Она пройдет в Праге.';
    expect(meeting(ru)).toBe(true);
    expect(status(ru)).toBe('planned');
    const en = 'The meeting between Senator Paul Wright and Governor Lisa Moore has been postponed until next Tuesday.';
    expect(meeting(en)).toBe(true);
    expect(status(en)).toBe('planned');
  });

  it('reads a denied meeting as no meeting', () => {
    expect(meeting('Пресс-секретарь Анна Котова опровергла сообщения о встрече министра Ивана Кузнецова с послом Петром Юрьевым.')).toBe(false);
    expect(meeting('The ministry denied that a meeting between Senator Paul Wright and businessman Leo Grant took place.')).toBe(false);
    expect(meeting('Officials denied reports that President Anna Vogel had held secret talks with Tom Reed in Vienna.')).toBe(false);
  });

  it('does not take a past meeting recalled in passing for the news', () => {
    expect(meeting('Компания сообщила о росте прибыли на 20 процентов. Выручка выросла благодаря экспорту. В прошлом году глава компании Иван Орлов встречался с министром экономики Павлом Седовым. Акции компании подорожали.')).toBe(false);
    expect(meeting('Oil prices rose on Tuesday as supply worries grew. Analysts expect demand to stay strong. Years ago the chief executive Tom Reed had met regulators in Brussels. Shares closed higher.')).toBe(false);
  });

  it('does not take an expert guessing at future talks for a planned meeting', () => {
    expect(meeting('По мнению эксперта Ивана Громова, переговоры между странами могут возобновиться в следующем году. Однако пока стороны не готовы к диалогу.')).toBe(false);
    expect(meeting('Политолог Олег Лисин считает, что встреча лидеров Сергея Ивина и Петра Кона может состояться осенью.')).toBe(false);
    expect(meeting('Analyst Mark Fisher said talks between the two countries could resume next year, but he saw little chance of a deal.')).toBe(false);
  });
});

describe('detection: talks described as going on', () => {
  it('reads ongoing consultations and negotiations as a held meeting', () => {
    for (const text of [
      'В Женеве продолжаются консультации между делегациями Армении и Азербайджана. Армянскую делегацию возглавляет заместитель министра Иван Петров.',
      'В Вене идут переговоры по ядерной программе. Российскую делегацию возглавляет Сергей Рябков.',
      'Talks between the two governments are under way in Oslo. The British side is led by envoy Mark Hughes.',
      'Negotiations between the union and management continued for a second day in Detroit, with union leader Tom Clark at the table.',
    ]) {
      expect(meeting(text)).toBe(true);
      expect(status(text)).toBe('held');
    }
  });

  it('keeps talks that will continue later as planned', () => {
    expect(status('Министр Иван Лосев и посол Петр Юрьев проведут переговоры в Праге в пятницу.')).toBe('planned');
  });
});

describe('detection: guesses and plans told apart', () => {
  it('keeps a planned meeting announced by an official, and drops an analyst expecting talks', () => {
    expect(meeting('President Anna Vogel will meet Prime Minister John Hart in Vienna next week, her office said.')).toBe(true);
    expect(meeting('Analysts expect talks between President Anna Vogel and Prime Minister John Hart to resume in the spring.')).toBe(false);
  });
});
