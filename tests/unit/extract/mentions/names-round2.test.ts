import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

// Made-up texts of each class (never corpus sentences): participants' names in the nominative, as written.
const names = (text: string) => extract({ text }).participants.map((p) => p.name);

describe('names: Russian initials and surname', () => {
  it('keeps the initials as written and puts the surname in the case the role word gives', () => {
    expect(names('Первый заместитель министра иностранных дел Н.К.Орлов принял посла Чили О.П.Сергеева.')).toEqual(['Н.К.Орлов', 'О.П.Сергеев']);
    expect(names('Министр иностранных дел О. П. Сергеева встретилась с послом Чили.')).toEqual(['О. П. Сергеева']);
  });

  it('prefers the body’s nominative to the headline’s genitive', () => {
    expect(
      names('О встрече заместителя министра иностранных дел Н.К.Орлова с послом Чили\n\nЗаместитель министра иностранных дел Н.К.Орлов принял посла Чили Д.Р.Руиса.'),
    ).toEqual(['Н.К.Орлов', 'Д.Р.Руис']);
  });
});

describe('names: the case from the position before the name', () => {
  it('reads a role head with a genitive complement («главы государства X») as the name’s case', () => {
    expect(names('Состоялась встреча главы государства Нурлан-Бека Абдыкеримова с премьером Олегом Кимом.')).toContain('Нурлан-Бек Абдыкеримов');
  });

  it('gives the second of two listed names the case of the first', () => {
    expect(names('Переговоры министров Ивана Серова и Петра Лаврова прошли в Вене.')).toEqual(['Иван Серов', 'Петр Лавров']);
  });
});

describe('names: foreign names', () => {
  it('keeps a regnal number', () => {
    expect(names('Король Швеции Густав VI провел переговоры с премьером Олегом Кимом.')).toContain('Густав VI');
    expect(names('Prime Minister Olav Berg met King Frederik X in Copenhagen.')).toContain('Frederik X');
  });

  it('declines a guessed foreign first name with the surname’s case', () => {
    expect(names('Губернатор Олег Ким встретился с послом Норвегии Свенёром Лундом.')).toContain('Свенёр Лунд');
  });

  it('does not decline a Japanese surname after an indeclinable first name', () => {
    expect(names('Визит министра иностранных дел Японии Кадзуми Мияги в Москву отложен.')).toEqual(['Кадзуми Мияги']);
  });
});

describe('names: English places that look like names', () => {
  const people = (text: string) => extract({ text }).entities.filter((e) => e.type === 'PER').map((e) => text.slice(e.start, e.end));

  it('reads a region after a compass word, a place after "city of" and a library as no person', () => {
    const text = 'President Anna Vogel met King Olav in the coastal city of Port Harold, amid unrest in West Africa, and toured the Jimmy Carter Presidential Library.';
    expect(people(text)).toEqual(['Anna Vogel', 'Olav']);
  });
});

describe('names: an indeclinable foreign first name', () => {
  it('keeps the surname in an indeclinable vowel as written', () => {
    expect(names('Президент Иван Серов провел переговоры с премьер-министром Италии Марко Росси.')).toContain('Марко Росси');
  });

  it('still declines a Russian surname after a Russian first name (counter-example)', () => {
    expect(names('Президент Иван Серов провел переговоры с министром Петром Сидоровым.')).toContain('Петр Сидоров');
  });
});

describe('roles: what stands before an English title', () => {
  const roles = (text: string) => extract({ text, language: 'en' }).participants.map((p) => [p.name, p.role, p.organization]);

  it('keeps a company, a city, a demonym or an owner with a word of tenure before the title', () => {
    expect(roles('Volvex CEO Lars Holm met Sandrila CEO Ada Moss in Oslo on Monday.')).toEqual([
      ['Lars Holm', 'Volvex CEO', null],
      ['Ada Moss', 'Sandrila CEO', null],
    ]);
    expect(roles("Peru's interim President Luis Vega met Icelandic Foreign Minister Jon Berg in Lima on Monday.")).toEqual([
      ['Luis Vega', "Peru's interim President", 'Peru'],
      ['Jon Berg', 'Icelandic Foreign Minister', 'Iceland'],
    ]);
  });

  it('does not take a word of time or a form of address as the owner (counter-example)', () => {
    expect(roles('Yesterday Chancellor Olaf Berg met President Ana Ruiz in Bern.').map((r) => r[1])).toEqual(['Chancellor', 'President']);
    expect(roles('His Majesty King Olav met President Ana Ruiz in Oslo on Monday.').map((r) => r[1])).toEqual(['King', 'President']);
  });

  it('reads a state’s formal name in the complement', () => {
    expect(roles('Minister Jon Berg held talks with the Minister of Foreign Affairs of the Republic of Peru, Mr. Luis Vega, on Monday.')[1]).toEqual([
      'Luis Vega',
      'Minister of Foreign Affairs of the Republic of Peru',
      'Republic of Peru',
    ]);
  });
});

describe('names: a list after a plural title', () => {
  const people = (text: string) => extract({ text, language: 'en' }).entities.filter((e) => e.type === 'PER').map((e) => text.slice(e.start, e.end));

  it('reads each name of "Presidents X of A, Y of B and Z of C met ..."', () => {
    expect(people('Headline\n\nPresidents Aldo Varan of Ruritania, Miro Kask of Estonia and Ilze Berga of Latvia met in Riga on Friday.')).toEqual([
      'Aldo Varan',
      'Miro Kask',
      'Ilze Berga',
    ]);
    expect(people('Foreign Ministers Aldo Varan and Ilze Berga met in Riga.')).toEqual(['Aldo Varan', 'Ilze Berga']);
  });

  it('reads no name where a plural title is followed by other words (counter-example)', () => {
    expect(people('Ministers Agree on Budget Rules in Riga.')).toEqual([]);
  });
});

describe('names: a soft sign is no fleeting vowel', () => {
  it('reads «Шольцем» as Шольц', () => {
    expect(names('Президент Иван Серов провел телефонный разговор с канцлером Германии Олафом Шольцем.')).toContain('Олаф Шольц');
  });
});

describe('roles: a first name the mention finder left out is not part of the position', () => {
  const roles = (text: string) => extract({ text, language: 'ru' }).participants.map((p) => p.role);

  it('ends the position before a capitalised word in the surname’s case', () => {
    expect(roles('Министр иностранных дел Турции Хакан Фидан провел переговоры с министром Олегом Кимом.')[0]).toBe('министр иностранных дел Турции');
  });

  it('keeps a capitalised complement in another case (counter-example)', () => {
    expect(roles('Министр иностранных дел Кыргызской Республики Жээнбек Кулубаев принял посла Олега Кима.')[0]).toBe(
      'министр иностранных дел Кыргызской Республики',
    );
  });
});

describe('roles: an envoy of a body', () => {
  it('reads «спецпосланник генсека ООН X» whole', () => {
    expect(extract({ text: 'Совет Безопасности ООН провел заседание по Сирии. На заседании выступил спецпосланник генсека ООН Гейр Педерсен.', language: 'ru' }).participants.map((p) => p.role)).toContain('спецпосланник генсека ООН');
  });
});

describe('names and roles: lists', () => {
  const people = (text: string) => extract({ text, language: 'en' }).entities.filter((e) => e.type === 'PER').map((e) => text.slice(e.start, e.end));
  const roles = (text: string) => extract({ text, language: 'en' }).participants.map((p) => [p.name, p.role]);

  it('reads a name joined by "and" to a person’s name as a person, not a country (counter-example)', () => {
    expect(people('The meeting between Vladimir Orlov and Wu Jianguo next week could change a lot.')).toEqual(['Vladimir Orlov', 'Wu Jianguo']);
    expect(people('Talks between Joe Biden and New Zealand ended.')).toEqual(['Joe Biden']);
  });

  it('gives each name after a plural title the singular title', () => {
    expect(roles('Senator Ann Hill met in Muscat with State Council members Shaikh Salim bin Saif al Harthy, Dr Huda bint Ali al Said and Omar bin Issa al Lawati.')).toEqual([
      ['Ann Hill', 'Senator'],
      ['Salim bin Saif al Harthy', 'State Council member'],
      ['Huda bint Ali al Said', 'State Council member'],
      ['Omar bin Issa al Lawati', 'State Council member'],
    ]);
    expect(roles('Headline\n\nPresidents Aldo Varan of Lithuania and Ilze Berga of Latvia met in Riga on Friday.')).toEqual([
      ['Aldo Varan', 'President of Lithuania'],
      ['Ilze Berga', 'President of Latvia'],
    ]);
  });
});
