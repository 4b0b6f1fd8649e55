import { describe, expect, it } from 'vitest';
import { kindOfSentence } from '../../../../functions/core/extract/fields/kind.ts';
import { isQuestion, nonEventLead } from '../../../../functions/core/extract/fields/not-an-event.ts';
import { extract } from '../../../support/extractor.ts';

// Made-up texts of each class (never corpus sentences): detection and kind, round 3.
const meeting = (text: string) => extract({ text, publishedAt: '2026-03-04T10:00:00Z' });

describe('frame: a reception reported by a receiving word and a name', () => {
  it('reads "received <person>, <position>" as a meeting', () => {
    const r = meeting(
      'Minister hosts Ostland envoy\n\nSEOUL — Foreign Minister Lena Park received Tomas Beck, Deputy Foreign Minister of Ostland, in Seoul on Tuesday.\n\nThey discussed fishing rights and a new air link.',
    );
    expect(r.isMeeting).toBe(true);
    expect(r.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['Lena Park', 'Tomas Beck']));
  });

  it('does not read a possessive after the receiving word as a reception (counter-example)', () => {
    expect(
      meeting('Ministry answers pensioner\n\nThe ministry received Ada Moss\'s letter on Monday and replied within a week.\n\nIt said her pension would be recalculated.')
        .isMeeting,
    ).toBe(false);
  });
});

describe('kind: the parties listed before the margins', () => {
  it('counts commas of the subject only, not of a position or venue after the meeting word', () => {
    expect(
      kindOfSentence('President Ilse Varn met Olu Benga, Foreign Minister of Kavira, at the UN, on the margins of the General Assembly.', 'en'),
    ).toBe('meeting');
  });

  it('keeps many parties listed before the margins multilateral (counter-example)', () => {
    expect(kindOfSentence('The leaders of Norland, Ostland, Vella, Kavira and Lorn met on the margins of the summit.', 'en')).toBe('multilateral');
  });
});

describe('kind: a meeting someone chairs', () => {
  it.each([
    ['Prime Minister Aron Dahl chaired a meeting of the flood task force in Bergen on Monday.', 'en'],
    ['The coordination council, chaired by Governor Eva Lind, met in Tromso.', 'en'],
    ['Под председательством премьера Ивана Серова в Минске прошла встреча министров.', 'ru'],
  ] as const)('%s -> multilateral', (text, language) => {
    expect(kindOfSentence(text, language)).toBe('multilateral');
  });

  it('does not read talks of two that a mediator chairs as multilateral (counter-example)', () => {
    expect(kindOfSentence('Minister Aron Dahl held talks with Minister Sven Holt, chaired by envoy Mia Ros.', 'en')).not.toBe('multilateral');
  });
});

describe('kind: talks where a summit is held', () => {
  it.each([
    ['Minister Paul Ode will meet Minister Sara Linde in Bergen, where the regional forum opens on Monday.', 'en'],
    ['Министр Павел Орлов проведёт переговоры с министром Анной Лис в Казани, где пройдёт форум регионов.', 'ru'],
  ] as const)('%s -> meeting', (text, language) => {
    expect(kindOfSentence(text, language)).toBe('meeting');
  });

  it('keeps a summit that is the meeting itself multilateral (counter-example)', () => {
    expect(kindOfSentence('Leaders of the region gathered in Bergen, where the summit opened on Monday.', 'en')).toBe('multilateral');
  });
});

describe('not an event: a question about a meeting', () => {
  it('knows a question by its final mark, quotes allowed', () => {
    expect(isQuestion('Will the two premiers meet before spring?')).toBe(true);
    expect(isQuestion('«Состоится ли встреча министров?»')).toBe(true);
    expect(isQuestion('The premiers met on Monday.')).toBe(false);
  });

  it('reads a headline asking about a meeting as a lead about a non-event, not one asking about other things', () => {
    expect(nonEventLead('Will Premier Ivo Lanz and Premier Rosa Tell meet this spring?', 'en')).toBe(true);
    expect(nonEventLead('Встретятся ли премьеры Серов и Лавров весной?', 'ru')).toBe(true);
    expect(nonEventLead('Why is the harvest late this year?', 'en')).toBe(false);
  });

  it('finds no meeting in an article that only asks about one', () => {
    expect(
      meeting(
        'Will Premier Ivo Lanz and Premier Rosa Tell meet this spring?\n\nBERN — Diplomats in both capitals are weighing the idea of talks.\n\nThe talks would be the first in four years.',
      ).isMeeting,
    ).toBe(false);
  });

  it('finds no meeting in a body sentence that asks about one', () => {
    expect(
      meeting(
        'Border dispute lingers\n\nBERN — Will Premier Ivo Lanz and Premier Rosa Tell finally meet to settle the border dispute?\n\nDiplomats say the two governments still disagree on the map.',
      ).isMeeting,
    ).toBe(false);
    expect(
      meeting('Спор о границе затянулся\n\nВстретятся ли премьеры Иван Серов и Пётр Лавров, чтобы решить спор о границе?\n\nДипломаты говорят, что стороны расходятся в оценках карты.')
        .isMeeting,
    ).toBe(false);
  });

  it('keeps a meeting the body reports after a question headline (counter-example)', () => {
    expect(
      meeting(
        'Will the Lanz-Tell talks bring a border deal?\n\nBERN — Premier Ivo Lanz met Premier Rosa Tell in Bern on Monday and discussed the border regime.',
      ).isMeeting,
    ).toBe(true);
  });
});

describe('frame: consultations and courtesy calls', () => {
  it.each([
    'Ministries hold talks on visas\n\nVIENNA — The foreign ministries of Norland and Ostland held their annual consultations in Vienna on Tuesday, led by deputy ministers Ida Berg and Jan Holm.',
    'Envoy calls on governor\n\nPERTH — Ostland Ambassador Nils Dahl paid a courtesy call on Governor Ruth Amos in Perth on Wednesday.',
  ])('reads %s as a meeting', (text) => {
    expect(meeting(text).isMeeting).toBe(true);
  });

  it('does not read public consultations on a law as a meeting (counter-example)', () => {
    expect(
      meeting(
        'City seeks views on parking plan\n\nThe city council will hold public consultations on the parking plan until May.\n\nResidents can send comments online.',
      ).isMeeting,
    ).toBe(false);
  });
});

describe('frame: a court sitting is a hearing', () => {
  it.each([
    'Hearing in fraud case adjourned\n\nThe court session in the case of businessman Karl Weiss was adjourned until June, his lawyer Nora Falk said.',
    'Суд отложил рассмотрение иска\n\nСудебное заседание по иску предпринимателя Олега Ткача к мэрии отложено до июня, сообщил его адвокат Нина Лось.',
  ])('reads %s as no meeting', (text) => {
    expect(meeting(text).isMeeting).toBe(false);
  });

  it('keeps a sitting of a parliament a meeting (counter-example)', () => {
    expect(meeting('Сейм собрался на заседание\n\nВ Вильнюсе во вторник прошло заседание сейма под председательством спикера Иры Шимкуте.').isMeeting).toBe(true);
  });
});

describe('not an event: an athletics meeting', () => {
  it('reads a track meeting as sport', () => {
    expect(
      meeting(
        'Okafor breaks meeting record in Turin\n\nNigeria\'s Ada Okafor set a meeting record in the 1,500 metres in Turin on Sunday.\n\nThe two runners will meet again at the next race in Rome.',
      ).isMeeting,
    ).toBe(false);
  });

  it('does not take an arms race for sport (counter-example)', () => {
    expect(
      meeting(
        'Ministers meet on arms race\n\nGENEVA — Defence Minister Ola Brun met Defence Minister Kai Lenz in Geneva on Monday to discuss the arms race in the region.\n\nThey agreed to talk again in a month, Brun said after the meeting, calling it a win for diplomacy.',
      ).isMeeting,
    ).toBe(true);
  });
});

describe('kind: a call named after the partner, a virtual meeting', () => {
  it.each([
    ['President Ilse Varn spoke with Prime Minister Tom Rask by phone on Monday about grain exports.', 'en'],
    ['Premier Rosa Tell talked with Prime Minister Ivo Lanz over the telephone on Wednesday.', 'en'],
    ['Trade Minister Ken Oduya met virtually with Trade Minister Sara Linde on Thursday.', 'en'],
  ] as const)('%s -> call', (text, language) => {
    expect(kindOfSentence(text, language)).toBe('call');
  });

  it('does not take an interview by phone or a phone in an aside for a call (counter-examples)', () => {
    expect(kindOfSentence('Minister Eva Lind spoke with reporters by phone after the vote.', 'en')).not.toBe('call');
    expect(kindOfSentence('President Ilse Varn met Chancellor Ivo Lanz in Berlin, an aide said by phone.', 'en')).not.toBe('call');
  });

  it('finds a talk by phone in Russian', () => {
    const r = meeting('Разговор президентов\n\nПрезидент Иван Серов поговорил с президентом Олафом Бергом по телефону в понедельник.');
    expect([r.isMeeting, r.kind]).toEqual([true, 'call']);
  });
});

describe('kind: ministers or leaders of a bloc', () => {
  it.each([
    ['NATO defence ministers met in Brussels on Thursday.', 'en'],
    ['EU foreign ministers will gather in Riga next week.', 'en'],
    ['В Брюсселе встретились министры обороны НАТО.', 'ru'],
  ] as const)('%s -> multilateral', (text, language) => {
    expect(kindOfSentence(text, language)).toBe('multilateral');
  });

  it('keeps a bloc official meeting one minister a meeting (counter-example)', () => {
    expect(kindOfSentence('NATO Secretary General Jan Holm met Norland Defence Minister Ola Brun in Oslo.', 'en')).toBeNull();
  });
});

describe('frame: addressing an assembly, hosting a named position, not an interview', () => {
  it.each([
    ['President to address UN assembly\n\nPresident Ilse Varn will address the UN General Assembly in New York next Tuesday, her spokesman Paul Ode said.', 'multilateral planned'],
    ['Выступление президента\n\nПрезидент Иван Серов выступит на Генеральной Ассамблее ООН в Нью-Йорке во вторник, сообщил пресс-секретарь.', 'multilateral planned'],
    ['White House to host Ostland leader\n\nPresident Dale Ortiz will host President Olav Berg at the White House on Friday, the press secretary said.', 'meeting planned'],
    ['Переговоры в Кремле\n\nПрезидент Иван Серов в пятницу примет в Кремле президента Норландии Олафа Берга.', 'meeting planned'],
  ])('reads %s', (text, want) => {
    const r = meeting(text);
    expect(r.isMeeting ? `${r.kind} ${r.status}` : 'no').toBe(want);
  });

  it.each([
    'Minister talks inflation\n\nFinance Minister Eva Lind spoke with reporters by phone on Monday about inflation.',
    'Press conference\n\nFinance Minister Eva Lind addressed a press conference in Oslo on Monday about inflation.',
    'Пресс-конференция\n\nМинистр финансов Анна Лис выступила на пресс-конференции в Москве и рассказала об инфляции.',
    'Festival\n\nThe city will host a food festival in May, Mayor Ruth Amos said on Monday.',
  ])('finds no meeting in %s (counter-example)', (text) => {
    expect(meeting(text).isMeeting).toBe(false);
  });
});

describe('not an event: a meeting many years back', () => {
  it.each([
    'Old friends\n\nTen years ago President Ilse Varn met Chancellor Ivo Lanz in Berlin; the two have stayed in touch.',
    'Давнее знакомство\n\nДвадцать лет назад президент Иван Серов встретился с канцлером Иво Ланцем в Берлине.',
  ])('finds no meeting in %s', (text) => {
    expect(meeting(text).isMeeting).toBe(false);
  });

  it('keeps a meeting of this week that recalls an old one (counter-example)', () => {
    expect(
      meeting('Leaders meet again\n\nPresident Ilse Varn met Chancellor Ivo Lanz in Berlin on Monday, ten years after their first summit.').isMeeting,
    ).toBe(true);
    expect(
      meeting('Old friends meet\n\nPresident Ilse Varn, who first met Chancellor Ivo Lanz ten years ago, met him again in Berlin on Monday.').isMeeting,
    ).toBe(true);
  });
});

describe('kind: a body that meets, a ministerial', () => {
  it.each([
    ['The Cabinet met on Tuesday under Prime Minister Tom Rask and approved the budget.', 'en'],
    ['The security council of Norland will convene on Friday.', 'en'],
  ] as const)('%s -> multilateral', (text, language) => {
    expect(kindOfSentence(text, language)).toBe('multilateral');
  });

  it('keeps a body meeting one guest unsettled (counter-example)', () => {
    expect(kindOfSentence('The committee met with Governor Ruth Amos on Monday.', 'en')).toBeNull();
  });

  it('reads "the ministerial ended" as a meeting, not a ministerial decree', () => {
    const r = meeting(
      'Arctic talks close\n\nThe Arctic Council ministerial in Tromso ended on Thursday with a declaration signed by Foreign Minister Ana Ruiz and her counterparts.',
    );
    expect([r.isMeeting, r.kind, r.status]).toEqual([true, 'multilateral', 'held']);
    expect(meeting('Rules change\n\nA ministerial decree signed by Minister Ana Ruiz on Monday changes the rules for fishing.').isMeeting).toBe(false);
  });
});

describe('frame: a working meal, "a bilateral", sitting down with someone, «побеседовал»', () => {
  it.each([
    ['Lunch in Berlin\n\nChancellor Ivo Lanz and President Ilse Varn discussed energy at a working lunch in Berlin on Monday.', 'meeting held'],
    ['Dinner in Berlin\n\nPresident Ilse Varn and Chancellor Ivo Lanz held a working dinner in Berlin on Monday.', 'meeting held'],
    ['Talks in Rio\n\nPresident Ilse Varn and Chancellor Ivo Lanz held a bilateral on the margins of the G20 in Rio.', 'meeting held'],
    ['Talks next week\n\nPresident Ilse Varn will sit down with Chancellor Ivo Lanz in Berlin next week.', 'meeting planned'],
    ['Беседа в Кремле\n\nПрезидент Иван Серов побеседовал с губернатором Ильёй Моховым в Кремле.', 'meeting held'],
  ])('reads %s', (text, want) => {
    const r = meeting(text);
    expect(r.isMeeting ? `${r.kind} ${r.status}` : 'no').toBe(want);
  });

  it('does not read a bilateral agreement as a meeting (counter-example)', () => {
    expect(meeting('Trade rules\n\nNorland had a bilateral agreement on fishing with Ostland until 2019, Minister Ana Ruiz said.').isMeeting).toBe(false);
  });
});

describe('not an event: a meeting told only in a relative clause of long ago', () => {
  it.each([
    'Diplomat dies\n\nFormer President Karl Weiss, who held talks with three Soviet leaders in the 1980s, died on Sunday aged 94.',
    'Умер дипломат\n\nБывший посол Карл Вайс, который в 1987 году провёл переговоры с тремя министрами, скончался в воскресенье.',
  ])('finds no meeting in %s', (text) => {
    expect(meeting(text).isMeeting).toBe(false);
  });

  it('keeps a meeting of the main clause, or of a clause of this week (counter-examples)', () => {
    expect(
      meeting('Leaders meet again\n\nPresident Ilse Varn, who first met Chancellor Ivo Lanz in 2009, held talks with him in Berlin on Monday.').isMeeting,
    ).toBe(true);
    expect(
      meeting('Minister speaks\n\nForeign Minister Ana Ruiz, who met Foreign Minister Lars Udd in Madrid on Monday, said the border would reopen.').isMeeting,
    ).toBe(true);
  });
});

describe('a readout\'s "spoke to <position>", «позвонил <должность>», "slated to"', () => {
  it.each([
    ['Readout\n\nThe Prime Minister spoke to President Olav Berg of Ostland this evening about grain exports.', 'call held'],
    ['Звонок премьеров\n\nПремьер-министр Олег Ткач позвонил премьер-министру Норландии Тому Раску. Они обсудили торговлю и поставки зерна, сообщила пресс-служба правительства.', 'call held'],
    ['Talks in Geneva\n\nThe foreign ministers of Norland and Ostland, Ana Ruiz and Lars Udd, are slated to meet in Geneva on Friday.', 'meeting planned'],
  ])('reads %s', (text, want) => {
    const r = meeting(text);
    expect(r.isMeeting ? `${r.kind} ${r.status}` : 'no').toBe(want);
  });

  it('keeps "spoke to <position>" at a place in person, and an interview or a call to the police no meeting (counter-examples)', () => {
    expect(kindOfSentence('Chancellor Ivo Lanz spoke to President Ilse Varn at the summit in Paris.', 'en')).not.toBe('call');
    expect(meeting('Minister talks inflation\n\nFinance Minister Eva Lind spoke to reporters on Monday about inflation.').isMeeting).toBe(false);
    expect(
      meeting('Происшествие в Твери\n\nЖитель Твери Олег Ким позвонил в полицию и сообщил о краже велосипеда. Полицейские нашли велосипед через два часа.')
        .isMeeting,
    ).toBe(false);
  });
});
