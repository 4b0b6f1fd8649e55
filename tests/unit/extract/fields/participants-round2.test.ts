import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

// Made-up texts of each class (never corpus sentences): who took part.
const names = (text: string, publishedAt?: string) => extract({ text, publishedAt }).participants.map((p) => p.name);

describe('participants: people named later as taking part', () => {
  it('takes the people who joined, hosted or chaired the meeting', () => {
    expect(
      names('Prime Minister Jon Berg met President Anna Vogel in Oslo on Monday.\n\nThe two leaders were later joined at a working lunch by Foreign Minister Eva Lind and Trade Minister Karl Dahl.'),
    ).toEqual(['Jon Berg', 'Anna Vogel', 'Eva Lind', 'Karl Dahl']);
    expect(
      names('Premier Rosa Tell will meet Chancellor Ivo Lanz in Geneva on Friday.\n\nThe talks will be hosted by Swiss President Marc Roth, the current chair of the forum.'),
    ).toEqual(['Rosa Tell', 'Ivo Lanz', 'Marc Roth']);
    expect(
      names('Переговоры министров Ивана Серова и Петра Лаврова прошли в Вене.\n\nВстреча прошла под председательством спецпредставителя ОБСЕ Анны Ким.'),
    ).toEqual(['Иван Серов', 'Петр Лавров', 'Анна Ким']);
  });

  it('takes the heads of the delegations', () => {
    expect(
      names('The fifth round of political consultations between Chile and Norway was held in Santiago on 3 May.\n\nThe Chilean delegation was led by Deputy Foreign Minister Ana Rojas, while the Norwegian side was headed by State Secretary Lars Moe.'),
    ).toEqual(['Ana Rojas', 'Lars Moe']);
    expect(
      names('Консультации министерств иностранных дел Чили и Норвегии прошли в Сантьяго 3 мая.\n\nЧилийскую делегацию возглавила заместитель министра иностранных дел Мария Санчес, норвежскую — статс-секретарь Ларс Мое.'),
    ).toEqual(['Мария Санчес', 'Ларс Мое']);
  });

  it('takes those who spoke at the session or worked in the council', () => {
    expect(
      names('В Минске открылся экономический форум.\n\nС приветствием на пленарном заседании выступил премьер Иван Серов.\n\nНа пленарной сессии также выступили президент банка Олег Ким и министр финансов Анна Белова.'),
    ).toEqual(['Иван Серов', 'Олег Ким', 'Анна Белова']);
    expect(
      names('Заседание совета министров прошло в Ереване.\n\nВ заседании приняли участие премьер Иван Серов и премьер Петр Лавров.\n\nВ работе совета также участвовал председатель комиссии Олег Ким.'),
    ).toEqual(['Иван Серов', 'Петр Лавров', 'Олег Ким']);
    expect(
      names('Foreign ministers of the alliance met in Riga on Thursday, chaired by Minister Eva Lind.\n\nUkrainian Foreign Minister Oleh Bondar joined his counterparts for the second day.'),
    ).toContain('Oleh Bondar');
  });

  it('takes someone who promised to come, not someone who refused, in one sentence', () => {
    expect(
      names('Президент Иван Серов примет участие в саммите в Берлине.\n\nНа саммит обещал приехать премьер Петр Лавров, а вот канцлер Анна Мюллер отказалась от участия.'),
    ).toEqual(['Иван Серов', 'Петр Лавров']);
  });
});

describe('participants: people not in this meeting', () => {
  it('does not take a representative sent to another event the call speaks of', () => {
    expect(
      names('Президент Иван Серов провел телефонный разговор с премьер-министром Петром Лавровым.\n\nСеров сообщил, что на саммите в Риме страну будет представлять министр Олег Ким.'),
    ).toEqual(['Иван Серов', 'Петр Лавров']);
    expect(
      names('President Anna Vogel spoke by phone with Prime Minister Jon Berg on Monday.\n\nVogel said Foreign Minister Eva Lind will represent the country at the summit in Rome.'),
    ).toEqual(['Anna Vogel', 'Jon Berg']);
  });

  it('keeps a representative at the summit the article is about (counter-example)', () => {
    expect(
      names('Саммит лидеров стран региона пройдет в Риме в пятницу.\n\nСтрану на саммите будет представлять министр Олег Ким.'),
    ).toEqual(['Олег Ким']);
  });

  it('does not take someone the visitor may only possibly meet', () => {
    expect(
      names('Secretary Ann Hill will visit Lima next week.\n\nShe is expected to meet Foreign Minister Jorge Paz and possibly President Luis Vega.'),
    ).toEqual(['Ann Hill', 'Jorge Paz']);
  });
});
