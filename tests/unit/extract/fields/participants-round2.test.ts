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

describe('participants: people acting in a session, summit or forum', () => {
  it('takes the people with a position who report, chair, address or support at it', () => {
    expect(
      names('Заседание городской думы прошло в Туле.\n\nЗаседание провел председатель думы Олег Ким.\n\nДепутаты рассмотрели 12 вопросов.\n\nС докладом о бюджете выступила министр финансов области Анна Белова.'),
    ).toEqual(['Олег Ким', 'Анна Белова']);
    expect(
      names('Совет Безопасности ООН провел заседание по ситуации в Мали.\n\nПостпред Франции Жан Дюбуа призвал продлить мандат миссии.\n\nПостпред Китая Ли Мин поддержал это предложение.'),
    ).toEqual(['Жан Дюбуа', 'Ли Мин']);
    expect(
      names('Press release - Plenary session\n\nDeputies meeting in Vaduz on Tuesday adopted the budget.\n\nOpening the debate, Assembly President Karin Frick said the vote was historic. Finance Minister Paul Marxer told the plenary the plan was sound.'),
    ).toEqual(['Karin Frick', 'Paul Marxer']);
    expect(
      names('Leaders of the union opened their summit in Accra on Saturday.\n\nGhanaian President Kofi Mensah took over the rotating chairmanship from Togolese President Eyadema Kpatcha at the start of the gathering.\n\nUN Secretary-General Maria Lopez also addressed the summit.').sort(),
    ).toEqual(['Eyadema Kpatcha', 'Kofi Mensah', 'Maria Lopez']);
  });

  it('does not take people acting around a bilateral on the margins (counter-example)', () => {
    expect(
      names('On the sidelines of the summit in Accra, President Kofi Mensah met Prime Minister Jon Berg.\n\nSecretary-General Maria Lopez addressed the summit on Sunday.'),
    ).toEqual(['Kofi Mensah', 'Jon Berg']);
  });
});

describe('participants: later meetings of a participant', () => {
  it('takes those a visitor calls on during the visit, by position or its initials', () => {
    expect(
      names('External Affairs Minister Dr. R. Menon paid an official visit to Peru on 3-4 May 2024.\n\nEAM held talks in Lima with the Foreign Minister of Peru, Mr. Jorge Paz.\n\nEAM called on the President of Peru, H.E. Mr. Luis Vega, and conveyed greetings.'),
    ).toEqual(['R. Menon', 'Jorge Paz', 'Luis Vega']);
  });

  it('does not take someone a participant urges ("called on X to ...")', () => {
    expect(
      names('Foreign Minister Jorge Paz paid an official visit to Chile.\n\nDuring the visit Paz met Foreign Minister Ana Soto.\n\nPaz called on President Luis Vega to release the prisoners.'),
    ).not.toContain('Luis Vega');
  });

  it('does not take another meeting of the same day after a bilateral with both sides named', () => {
    expect(
      names('Президент Иван Серов провел в Казани встречу с президентом Чили Карлосом Ривасом.\n\nСтороны обсудили торговлю.\n\nВ тот же день Серов провел переговоры с премьер-министром Перу Луисом Вегой.'),
    ).toEqual(['Иван Серов', 'Карлос Ривас']);
  });

  it('takes the person met later when the other side was not named at first (counter-example)', () => {
    expect(
      names('Министр Иван Серов провел встречу с представителями деловых кругов Чили.\n\nЗатем Серов встретился с министром экономики Чили Карлосом Ривасом.'),
    ).toEqual(['Иван Серов', 'Карлос Ривас']);
  });
});

describe('participants: the subject named by a position alone', () => {
  it('takes the one person the text names with that position', () => {
    expect(
      names('Readout\n\nMaria Lopez, Secretary-General\n\nThe Secretary-General met with the President of the Council, H.E. Mr. Jon Berg.').sort(),
    ).toEqual(['Jon Berg', 'Maria Lopez']);
    expect(names('Президент Казахстана Иван Серов прибыл в Рим.\n\nПрезидент провел переговоры с премьер-министром Италии Марко Росси.').sort()).toEqual([
      'Иван Серов',
      'Марко Росси',
    ]);
  });

  it('takes nobody when two people hold the position (counter-example)', () => {
    expect(
      names('Prime Minister Jon Berg of Norway and Prime Minister Eva Lind of Sweden spoke on Monday.\n\nThe Prime Minister met with Governor Ann Hill in Boston.'),
    ).toEqual(['Ann Hill']);
  });
});

describe('participants: meetings held on the margins later in a long text', () => {
  it('takes the people of "meetings were also held with" and "at the meeting of X with"', () => {
    const filler = 'The programme covered trade. '.repeat(10);
    const text = `Minister Beno Kask took part in the Regional Forum in Amman.\n\n${filler}\n\nAt the meeting of Mr. Kask with the President of the Development Bank Ravi Mehta, the sides discussed loans.\n\nOn the margins of the forum, meetings were also held with the President of Chile Luis Vega.`;
    expect(names(text)).toEqual(['Beno Kask', 'Ravi Mehta', 'Luis Vega']);
  });
});

describe('participants: someone who joined the leaders', () => {
  it('takes the subject of "joined the leaders" right after the frame', () => {
    expect(
      names('Presidents Aldo Varan of Ruritania and Ilze Berga of Latvia met in Riga on Friday.\n\nNATO Secretary General Jon Moe joined the leaders by video link.'),
    ).toEqual(['Aldo Varan', 'Ilze Berga', 'Jon Moe']);
  });
});

describe('participants: delegations and retinues', () => {
  it('takes those in the delegations and those who accompanied the visitor', () => {
    expect(
      names('Министры иностранных дел Иван Серов и Петр Лавров провели переговоры в Вене.\n\nВ составе делегаций также были заместители министров Олег Ким и Анна Белова.'),
    ).toEqual(['Иван Серов', 'Петр Лавров', 'Олег Ким', 'Анна Белова']);
    expect(
      names('Министр обороны Иван Серов встретился в Москве с министром обороны Чили Карлосом Ривасом, который находится в России с визитом.\n\nЧилийского министра сопровождали командующий флотом Педро Санчес и заместитель начальника генштаба Луис Вега.'),
    ).toEqual(['Иван Серов', 'Карлос Ривас', 'Педро Санчес', 'Луис Вега']);
  });

  it('reads the outer head of a chain of positions («заместитель начальника генштаба X»)', () => {
    const result = extract({ text: 'Министр обороны Иван Серов встретился с заместителем начальника генштаба Луисом Вегой.' });
    expect(result.participants.map((p) => p.role)).toEqual(['министр обороны', 'заместитель начальника генштаба']);
  });

  it('does not take a later meeting of the received guest with someone else', () => {
    expect(
      names('President Ana Ruiz received President Jon Berg at the Royal Palace on Monday.\n\nLater on Monday, Berg met Chancellor Olaf Lind in Bonn.'),
    ).toEqual(['Ana Ruiz', 'Jon Berg']);
  });
});

describe('participants: an outlet credited after «передает»', () => {
  it('does not take the credited name as a person', () => {
    expect(names('Президент Иван Серов принял в Минске губернатора Олега Кима, передает Белмедиа.')).toEqual(['Иван Серов', 'Олег Ким']);
  });
});

describe('participants: a later sentence about another time', () => {
  it('does not take someone who attended a meeting last year', () => {
    expect(
      names('Premier Rosa Tell met Chancellor Ivo Lanz in Bern on Monday.\n\nThey discussed rail.\n\nTrade Minister Eva Lind attended the talks last year in Oslo.'),
    ).toEqual(['Rosa Tell', 'Ivo Lanz']);
  });
});
