import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

// Made-up texts of each class (never corpus sentences).
const names = (text: string, publishedAt?: string) => extract({ text, publishedAt }).participants.map((p) => p.name);
const meeting = (text: string, publishedAt?: string) => extract({ text, publishedAt }).isMeeting;

describe('frame: the body sentence over the headline', () => {
  it('reads the meeting from the lead when a readout headline names it in short', () => {
    const text =
      'Readout of Prime Minister Lena Borg’s Meeting with President Tomas Varga\n\nPrime Minister Lena Borg met today in Tallinn with President Tomas Varga of Hungary. They discussed energy.';
    const result = extract({ text, publishedAt: '2024-05-02T17:00:00+02:00' });
    expect(result.participants.map((p) => [p.name, p.role])).toEqual([
      ['Lena Borg', 'Prime Minister'],
      ['Tomas Varga', 'President of Hungary'],
    ]);
    expect(result.date).toBe('2024-05-02');
  });

  it('does not take the author of a statement about the meeting (a long title-case headline)', () => {
    const text =
      'Statement from Press Secretary Anna Kruse on the Upcoming Visit of President Milan Horak of the Slovak Republic to the Kingdom of Norway\n\nPresident Milan Horak of Slovakia will visit Oslo on June 3, 2024 for talks with Prime Minister Erik Dahl.';
    const result = extract({ text });
    expect(result.participants.map((p) => p.name)).toEqual(['Milan Horak', 'Erik Dahl']);
    expect(result.date).toBe('2024-06-03');
  });

  it('keeps the headline when the body says nothing more (counter-example)', () => {
    const text = 'Mayors Clara Nunes and Peter Smit meet in Lisbon\n\nThe two mayors discussed tram lines.';
    expect(names(text)).toEqual(['Clara Nunes', 'Peter Smit']);
  });
});

describe('frame: a session of a body that names nobody', () => {
  it('reads the session as a meeting and takes the people acting in it later', () => {
    const text =
      'Скупщина одобрила бюджет\n\nВо вторник прошло пленарное заседание Народной скупщины.\nДепутаты почти два часа спорили о порядке голосования.\nПредседатель Драган Петрович предложил перенести голосование на среду.\nМинистр финансов Зоран Илич попросил депутатов поддержать поправки.\nЗаконопроект внес в парламент премьер Ана Брнабич.';
    const result = extract({ text });
    expect(result.isMeeting).toBe(true);
    expect(result.kind).toBe('multilateral');
    expect(result.participants.map((p) => p.name)).toEqual(['Драган Петрович', 'Зоран Илич']);
  });

  it('does the same in English', () => {
    const text =
      'The Folketing held an extraordinary session on Tuesday.\nMembers argued for an hour about the order of business.\nSpeaker Hans Kjeldsen proposed an early vote, and Finance Minister Mette Lund presented the budget.';
    expect(names(text)).toEqual(['Hans Kjeldsen', 'Mette Lund']);
  });
});

describe('frame: meeting words that report no meeting', () => {
  it('reads talks said not to be prepared or planned as no meeting', () => {
    expect(meeting('Government spokesman Victor Adler said no preparations are under way for a summit of Chancellor Ana Ruiz and President Karl Berg.')).toBe(false);
    expect(meeting('Пресс-секретарь президента Олег Титов заявил, что подготовка встречи президента Ивана Серова и премьера Петра Лаврова не ведется.')).toBe(false);
    expect(meeting('A summit between President Ivo Lanz and Premier Rosa Tell is not in the plans at the moment, the palace said.')).toBe(false);
  });

  it('reads hoped-for or stalled talks as no meeting', () => {
    expect(meeting('Aid groups are hopeful the ceasefire could bring the rebels and President Omar Diallo to the negotiating table.')).toBe(false);
    expect(meeting('The rebels use a standstill in peace negotiations with President Omar Diallo to regroup, officials say.')).toBe(false);
  });

  it('reads a market report that names talks in passing as no meeting', () => {
    expect(meeting('Shares in Tokyo rose on Tuesday as investors cheered talks between Trade Minister Aiko Sato and US envoy Mark Dunn.')).toBe(false);
  });

  it('reads meeting a target as no meeting', () => {
    expect(meeting('The company met analysts’ forecasts for the quarter, Chief Executive John Hale told investors.')).toBe(false);
    expect(meeting('Acme Corp met earnings estimates in the third quarter, chief executive John Hale said.')).toBe(false);
    expect(meeting('President Ana Lutz met the leaders of the opposition on Monday.')).toBe(true);
  });

  it('reads a debunked photo of a meeting as no meeting', () => {
    expect(meeting('A photo said to show Prime Minister Ivan Petrov meeting President Tomas Kral is fake, fact-checkers found.')).toBe(false);
  });

  it('reads a sports tie whose cue is "the hosts" as sport', () => {
    expect(meeting('Lopez and Garcia won the doubles to give the hosts a 2-1 win over Chile in the Davis Cup tie. Nadal earlier beat Rios 6-3, 7-6 in the first match of the tournament.')).toBe(false);
  });

  it('reads an encounter of long ago in a biography as no meeting', () => {
    const text =
      'К юбилею театра: Вера Громова\n\nАктриса родилась в 1901 году в Одессе и рано осталась без отца.\nОна училась музыке и танцам.\nМечтала о сцене.\nСемья переехала в Харьков.\nТам она поступила в гимназию.\nВстреча Веры Громовой и режиссера Ильи Лесного произошла в 1921 году в Харькове.\nЧерез год она вышла на сцену.';
    expect(meeting(text, '2023-06-01T10:00:00+03:00')).toBe(false);
  });

  it('keeps real meetings that end badly, hope for more or recall an old year (counter-examples)', () => {
    expect(meeting('Negotiators met in Vienna on Monday, but the talks with envoy Anna Weiss broke down after five hours.')).toBe(true);
    expect(meeting('Министры Иван Орлов и Павел Седов встретились в Минске и выразили надежду на продолжение переговоров.')).toBe(true);
    expect(meeting('Talks between finance ministers Ana Ruiz and Karl Berg on frozen assets and the slow pace of reforms took place in Brussels.')).toBe(true);
    expect(meeting('Переговоры министров Ивана Орлова и Павла Седова о замороженных активах прошли в Минске.')).toBe(true);
    expect(meeting('Встреча премьер-министров Ивана Орлова и Павла Седова прошла в Минске в пятницу в рамках программы, начатой в 2005 году.', '2023-06-01T10:00:00+03:00')).toBe(true);
  });
});

describe('frame: more words that report a meeting', () => {
  it('reads «принял» with a visitor named by position as a meeting, not «принял решение»', () => {
    const text = 'Губернатор Омской области Игорь Белов принял посла Польши Яна Ковальского. Стороны обсудили поставки.';
    expect(extract({ text, language: 'ru' }).participants.map((p) => p.name)).toEqual(['Игорь Белов', 'Ян Ковальский']);
    expect(extract({ text: 'Губернатор Игорь Белов принял решение о закрытии школ.', language: 'ru' }).isMeeting).toBe(false);
  });

  it('reads "received" with a visitor named by title as a meeting, not a received letter', () => {
    expect(names('President Ana Lutz received Prime Minister Jorge Vela at the palace on Monday.')).toEqual(['Ana Lutz', 'Jorge Vela']);
    expect(meeting('The minister received a letter from President Jorge Vela on Monday.')).toBe(false);
  });

  it('reads political consultations as a meeting, with the people taking part', () => {
    const text = 'Political consultations between the foreign ministries of Chile and Peru took place in Lima with the participation of deputy ministers Ana Ruiz and Jorge Vela.';
    expect(names(text)).toEqual(['Ana Ruiz', 'Jorge Vela']);
  });

  it('reads taking part in a forum or conference as a meeting, not a press conference', () => {
    expect(names('Foreign Minister Lena Hoff took part in the Global Energy Forum in Doha on Monday.')).toEqual(['Lena Hoff']);
    expect(names('Министр иностранных дел Армении Арам Саркисян принял участие в Международном экономическом форуме в Давосе.')).toEqual(['Арам Саркисян']);
    expect(meeting('A press conference was held after the vote, where Minister Lena Hoff answered questions.')).toBe(false);
    expect(meeting('Пресс-конференция прошла в здании министерства, министр Иван Орлов ответил на вопросы журналистов.')).toBe(false);
  });

  it('reads the anniversary of an old meeting as no meeting', () => {
    expect(meeting('Министр иностранных дел Олег Рыбин выступил с заявлением по случаю 80-летия встречи союзников на Эльбе.')).toBe(false);
    expect(meeting('Foreign Minister Anna Weiss marked the anniversary of the summit of President Karl Berg and President Ivan Petrov in Reykjavik.')).toBe(false);
  });
});

describe('frame: sentences about earlier times', () => {
  it('does not take a sentence starting «Ранее» as the frame', () => {
    const text =
      'Загреб хочет обсудить на встрече лидеров региона вопрос транзита газа, заявил министр иностранных дел Хорватии Драган Марич. Ранее премьер Австрии Карл Нойман говорил о готовности к переговорам о транзите.';
    expect(names(text)).toEqual([]);
  });

  it('but «Ранее сообщалось» reports this meeting', () => {
    expect(names('Ранее сообщалось, что премьер Хорватии Драган Марич и премьер Словении Марко Блаж проведут переговоры в Загребе.')).toEqual([
      'Драган Марич',
      'Марко Блаж',
    ]);
  });
});
