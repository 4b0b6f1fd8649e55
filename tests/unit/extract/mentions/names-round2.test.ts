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
