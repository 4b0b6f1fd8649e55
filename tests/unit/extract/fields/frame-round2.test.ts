import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

// Made-up texts of each class (never corpus sentences): which articles report a meeting at all.
const meeting = (text: string, publishedAt?: string) => extract({ text, publishedAt }).isMeeting;

describe('frame: a lead about a non-event', () => {
  it('reads an article whose headline guesses, denies or fakes a meeting as no meeting', () => {
    expect(
      meeting(
        'Observers doubt a Lanz-Tell summit could happen this year\n\nBERN — Commentators say a meeting of Chancellor Ivo Lanz and Premier Rosa Tell remains unlikely.\n\nThe talks would have to overcome years of mistrust.\n\nNo date for such a meeting has been discussed.',
      ),
    ).toBe(false);
    expect(
      meeting(
        'Oslo denies report of royal trip to Minsk\n\nThe palace on Friday denied that King Olav would travel to Belarus.\n\n"No such visit is being prepared," court spokesman Erik Lund told reporters.\n\nThe visit had been reported by a weekly magazine.',
      ),
    ).toBe(false);
    expect(
      meeting(
        'Photo of governors Dale Ortiz and Mia Kovac is digitally altered\n\nA picture shared online shows Governor Dale Ortiz shaking hands with Governor Mia Kovac at a meeting in Denver.\n\nThe two governors have not met this year.',
      ),
    ).toBe(false);
    expect(
      meeting(
        'Аналитик допустил переговоры премьеров до весны\n\nПереговоры премьера Ивана Серова и премьера Петра Лаврова могут пройти весной, считает политолог Олег Ким.\n\nНикаких признаков подготовки такой встречи пока нет.',
      ),
    ).toBe(false);
  });

  it('keeps a meeting that the body reports as taking place (counter-example)', () => {
    expect(
      meeting(
        'Few expected a breakthrough at the Lanz-Tell talks\n\nBERN — Analysts had said a deal was unlikely.\n\nChancellor Ivo Lanz met Premier Rosa Tell in Bern on Monday and agreed a new border regime.',
      ),
    ).toBe(true);
  });
});

describe('frame: an encounter years before the news', () => {
  it('does not read a meeting of an earlier year, past the lead, as the news', () => {
    expect(
      meeting(
        'Former mayor jailed for fraud\n\nA court on Monday sentenced a former mayor to six years.\n\nPeter Dalton, 61, was convicted of fraud.\n\nThe court heard that Dalton met the contractor at a golf club in 2019 and took cash for permits.',
        '2024-03-04T10:00:00Z',
      ),
    ).toBe(false);
  });

  it('keeps the lead and sentences of the last year (counter-example)', () => {
    expect(meeting('Mayor Peter Dalton met Governor Ann Hill in Salem on Monday.\n\nThey last spoke in 2019.', '2024-03-04T10:00:00Z')).toBe(true);
    expect(
      meeting(
        'Trade ministers sign deal\n\nThe deal was signed on Monday.\n\nOfficials said the text was ready.\n\nMinister Ann Hill met Minister Jon Berg on December 30, 2023 to settle the last issues.',
        '2024-01-04T10:00:00Z',
      ),
    ).toBe(true);
  });
});

describe('frame: a welcome as a meeting', () => {
  it('reads a leader welcoming a visitor or a delegation as a meeting', () => {
    const result = extract({ text: 'Governor Clara Nunes welcomed a delegation from Porto led by Deputy Mayor Rui Sousa at the State House on Friday.' });
    expect(result.isMeeting).toBe(true);
    expect(result.status).toBe('held');
    expect(extract({ text: 'President Anna Vogel welcomed Prime Minister Jon Berg to the palace on Monday.' }).participants.map((p) => p.name)).toEqual([
      'Anna Vogel',
      'Jon Berg',
    ]);
  });

  it('does not read welcoming a decision as a meeting (counter-example)', () => {
    expect(meeting('Senator Paul Hart welcomed the decision of Governor Ann Hill to raise the budget.')).toBe(false);
  });
});

describe('status: a plan as a noun', () => {
  it('does not read "a plan to" in the object as a planned meeting', () => {
    expect(extract({ text: 'Premier Rosa Tell held talks with Chancellor Ivo Lanz in Bern that produced a plan to build a new rail tunnel.' }).status).toBe('held');
    expect(extract({ text: 'Premier Rosa Tell plans to meet Chancellor Ivo Lanz in Bern.' }).status).toBe('planned');
  });
});

describe('kind: the setting and the number of parties', () => {
  const kind = (text: string) => extract({ text }).kind;

  it('reads a meeting of two at or before a summit as a meeting', () => {
    expect(kind('President Ana Ruiz met with Prime Minister Jon Berg at the Nordic Council summit in Oslo.')).toBe('meeting');
    expect(kind('Minister Eva Lind met Minister Karl Dahl in Turku ahead of the EU-Japan ministerial dinner.')).toBe('meeting');
    expect(kind('Президент Иван Серов встретился с премьером Петром Лавровым в ходе саммита в Минске.')).toBe('meeting');
  });

  it('reads the ministers or leaders of many countries as a multilateral meeting', () => {
    expect(kind('Defence ministers of the six Baltic Sea nations met in Gdansk on Monday, chaired by Minister Eva Lind.')).toBe('multilateral');
    expect(kind('Встреча министров финансов стран Северной Европы прошла в Осло под председательством министра Анны Лунд.')).toBe('multilateral');
    expect(
      kind('Joint Statement of Nordic Leaders on the Margins of the Arctic Summit\n\nToday, the leaders of Denmark, Finland, Iceland, Norway and Sweden met on the margins of the Arctic Summit and released a statement.'),
    ).toBe('multilateral');
  });

  it('keeps two ministers of two countries a meeting (counter-example)', () => {
    expect(kind('Министры иностранных дел Ирландии и Чили Иван Серов и Петр Лавров провели переговоры в Дублине.')).toBe('meeting');
    expect(kind('On the margins of the Arctic Summit, President Ana Ruiz met Prime Minister Jon Berg.')).toBe('meeting');
  });

  it('reads a delegation from abroad welcomed by a host as a visit', () => {
    expect(kind('Mayor Clara Nunes welcomed a delegation from Porto, led by Deputy Mayor Rui Sousa, at City Hall on Friday.')).toBe('visit');
  });

  it('reads the kind from the first sentence when it is no headline', () => {
    expect(kind('LIMA (AP) — Trade ministers of the twelve Pacific countries met in Lima on Friday.\n\nChile’s Minister Ana Soto, who chaired the talks, said the deal was close.')).toBe('multilateral');
  });
});

describe('status: adjectives and arrivals', () => {
  const status = (text: string) => extract({ text, language: 'en' }).status;

  it('reads "a planned pipeline" as no plan and an arrival as held', () => {
    expect(status('President Ana Ruiz held talks with President Jon Berg in Lima on Thursday about a planned gas pipeline.')).toBe('held');
    expect(status('Foreign Minister Ana Ruiz arrived in Oslo on Wednesday for an official visit, the ministry said. She will meet Minister Jon Berg.')).toBe('held');
  });

  it('keeps "the planned meeting" planned (counter-example)', () => {
    expect(status('The planned meeting of President Ana Ruiz and President Jon Berg in Lima will focus on gas.')).toBe('planned');
  });
});

describe('frame: a hopeful headline over a scheduled meeting', () => {
  it('keeps a meeting the body schedules (counter-example to the non-event lead)', () => {
    expect(meeting('Hopes rise for Lanz-Tell talks\n\nBERN — The talks between Chancellor Ivo Lanz and Premier Rosa Tell are scheduled to take place in Bern on Friday.')).toBe(true);
    expect(meeting('Надежды на переговоры растут\n\nПереговоры президента Ивана Серова и премьера Петра Лаврова запланированы на пятницу.')).toBe(true);
  });
});

describe('kind and frame: a reception of a titled guest, a summit only discussed', () => {
  it('reads "received Chile’s Foreign Minister X" as the meeting and a summit in the topic as no multilateral', () => {
    const result = extract({
      text: 'Press release: Minister Lind meets Peruvian counterpart\n\nForeign Minister Eva Lind received Peru’s Foreign Minister Jorge Paz at the Ministry today.\n\nThe ministers discussed trade, fisheries and the upcoming EU-CELAC summit.',
      language: 'en',
    });
    expect(result.participants.map((p) => p.name)).toEqual(['Eva Lind', 'Jorge Paz']);
    expect(result.kind).toBe('meeting');
    expect(result.status).toBe('held');
  });

  it('keeps a visit told in a clause after the topic, and a call said with the topic (counter-examples)', () => {
    expect(extract({ text: 'Trade was discussed when Senator Ann Hill visited Premier Jon Berg in Oslo.', language: 'en' }).kind).toBe('visit');
    expect(extract({ text: 'Министры Иван Серов и Петр Лавров обсудили по телефону подготовку саммита.', language: 'ru' }).kind).toBe('call');
  });
});
