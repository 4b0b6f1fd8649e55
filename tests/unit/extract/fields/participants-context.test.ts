import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

const names = (text: string) => extract({ text }).participants.map((p) => p.name);

describe('participants: people the sentences around the frame put at the meeting', () => {
  it('takes the person said to speak at or attend the session in the next sentence', () => {
    expect(names('Вчера в Минске прошло заседание совета министров. С докладом выступил министр финансов Олег Рябов.')).toContain('Олег Рябов');
    expect(names('В Москве состоялось совещание по вопросам энергетики. На совещании присутствовал вице-премьер Игорь Седов.')).toContain('Игорь Седов');
    expect(names('В Риме прошли переговоры о поставках газа. В переговорах участвовал глава компании Алексей Миронов.')).toContain('Алексей Миронов');
  });

  it('takes a third person who joins two already named', () => {
    const ru = 'Президент Иван Орлов встретился в Праге с премьером Павлом Седовым. Во встрече также участвовал министр Олег Лисин.';
    expect(names(ru)).toEqual(expect.arrayContaining(['Иван Орлов', 'Павел Седов', 'Олег Лисин']));
    const en = 'President Anna Vogel met Prime Minister John Hart in Vienna on Monday. They were joined by the finance minister, Peter Kunz.';
    expect(names(en)).toEqual(expect.arrayContaining(['Anna Vogel', 'John Hart', 'Peter Kunz']));
  });

  it('takes someone who briefed the meeting or is expected to join it', () => {
    expect(names('Foreign ministers of the bloc met in Brussels on Monday. Defence Secretary John Reid briefed colleagues on the mission.')).toContain('John Reid');
    expect(names('President Anna Vogel will hold talks with business leaders in Berlin next week. Economy minister Peter Kunz is expected to join the talks.')).toEqual(
      expect.arrayContaining(['Anna Vogel', 'Peter Kunz']),
    );
  });

  it('reads English appositions after a position', () => {
    expect(names('The mayor of Leeds, Hamid Qureshi, met the French ambassador in Paris on Friday.')).toContain('Hamid Qureshi');
    expect(names("Acme's chief executive, Wendell Roe, led the talks with the union in Chicago.")).toContain('Wendell Roe');
    expect(names('Foreign Minister Carlos Ruiz arrived in Madrid on Monday and held talks with his counterpart, Tadeusz Wrona.')).toEqual(
      expect.arrayContaining(['Carlos Ruiz', 'Tadeusz Wrona']),
    );
  });

  it('lists every leader named after a dash in a summit sentence', () => {
    const text = 'Leaders of France, Germany, Italy and Poland — Emmanuel Macron, Olaf Scholz, Giorgia Meloni and Donald Tusk — met in Rome on Thursday.';
    expect(names(text)).toEqual(expect.arrayContaining(['Emmanuel Macron', 'Olaf Scholz', 'Giorgia Meloni', 'Donald Tusk']));
  });

  it('leaves out people barred from the meeting', () => {
    expect(names('Ministers met in Geneva on Friday for talks on trade. Opposition leader Mark Dale was barred from the meeting.')).not.toContain('Mark Dale');
    const ru = 'Президент Иван Орлов встретился в Праге с премьером Павлом Седовым. Журналиста Олега Кротова на встречу не допустили.';
    expect(names(ru)).not.toContain('Олег Кротов');
  });

  it('leaves out people of a background sentence', () => {
    const ru = 'Министр Иван Лосев провел переговоры в Праге. Ранее президент Кирилл Орлов заявлял о поддержке проекта.';
    expect(names(ru)).toEqual(['Иван Лосев']);
    const en = 'Trade minister Carla Dunn held talks in Ottawa on Monday. Earlier, Prime Minister Tom Wells had called for a deal.';
    expect(names(en)).toEqual(['Carla Dunn']);
  });
});
