// Hand-made sentences (not taken from any corpus), one or more per NER rule class in find-mentions.ts.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

function spans(text: string, type: string): string[] {
  return extract({ text, language: 'ru' })
    .entities.filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));
}

describe('NER: organisation names', () => {
  it('keeps coordinated genitive complements in the name', () => {
    expect(spans('Вчера Министерство образования и науки объявило конкурс.', 'ORG')).toEqual(['Министерство образования и науки']);
  });

  it('keeps prepositional complements of committees and movements', () => {
    expect(spans('Глава Комитета по жилищной политике выступил на заседании.', 'ORG')).toEqual(['Комитета по жилищной политике']);
    expect(spans('Активисты Движения против точечной застройки вышли на пикет.', 'ORG')).toEqual(['Движения против точечной застройки']);
  });

  it('keeps a "при" phrase in the name', () => {
    expect(spans('Эксперты Общественного совета при губернаторе подготовили доклад.', 'ORG')).toEqual(['Общественного совета при губернаторе']);
  });

  it('does not take a person after the organisation into its complement', () => {
    const text = 'Основатель Народного фронта Пьер-Анри Дюбуа выступил с речью.';

    expect(spans(text, 'ORG')).toEqual(['Народного фронта']);
    expect(spans(text, 'PER')).toEqual(['Пьер-Анри Дюбуа']);
  });

  it('does not read a sentence-initial adjective and a common noun as a name', () => {
    expect(spans('Городская полиция сообщила о задержании.', 'ORG')).toEqual([]);
    expect(spans('Рабочая группа соберётся в среду.', 'ORG')).toEqual([]);
  });

  it('reads an unknown capitalised word after a media or company descriptor as the name', () => {
    expect(spans('Как сообщил корреспонденту агентства Интерфакс источник, решение принято.', 'ORG')).toEqual(['Интерфакс']);
    expect(spans('Об этом заявили в профсоюзе Юнистар накануне.', 'ORG')).toEqual(['Юнистар']);
  });

  it('reads web names as the outlets', () => {
    expect(spans('Об этом сообщает Газета.ру со ссылкой на источник.', 'ORG')).toEqual(['Газета.ру']);
  });

  it('joins a lower-case adjective of place to an organisation name', () => {
    expect(spans('Представитель французского МИДа прокомментировал заявление.', 'ORG')).toEqual(['французского МИДа']);
  });

  it('reads Евросоюз as an organisation', () => {
    expect(spans('Решение поддержал Евросоюз.', 'ORG')).toEqual(['Евросоюз']);
  });

  it('gives a later quoted mention the type of an earlier one', () => {
    const text = 'Сотрудники ООО «Теплосеть» вышли на работу. Руководство «Теплосети» обещает всё исправить.';

    expect(spans(text, 'ORG')).toEqual(['Теплосеть', 'Теплосети']);
  });
});

describe('NER: people', () => {
  it('reads an initial and a word that is also a place as a person', () => {
    expect(spans('С заявлением выступил депутат Н. Орёл из фракции.', 'PER')).toEqual(['Н. Орёл']);
  });

  it('joins a foreign first name unknown to the dictionary with the surname after it', () => {
    expect(spans('Тренер команды Мирче Лукач заявил о своей отставке.', 'PER')).toEqual(['Мирче Лукач']);
    expect(spans('На выставке работы представил художник Йорген Молот из Норвегии.', 'PER')).toEqual(['Йорген Молот']);
  });

  it('reads an East Asian name with short syllables as one person', () => {
    expect(spans('В переговорах участвовал министр Пак Со Джун.', 'PER')).toEqual(['Пак Со Джун']);
  });

  it('gives a name in Latin script in brackets the type of the name before it', () => {
    const text = 'Снимок сделал фотограф Мирче Лукач (Mirce Lukac) в понедельник.';

    expect(spans(text, 'PER')).toEqual(['Мирче Лукач', 'Mirce Lukac']);
    expect(spans(text, 'ORG')).toEqual([]);
  });

  it('reads a one-word place that is the surname of a person in the text as that person', () => {
    const text = 'Вратарь Оливер Орёл пропустил гол. Тренер похвалил Орла за игру.';

    expect(spans(text, 'PER')).toEqual(['Оливер Орёл', 'Орла']);
    expect(spans(text, 'LOC')).toEqual([]);
  });
});

describe('NER: places', () => {
  it('reads the capitalised word after a place noun as the place', () => {
    expect(spans('Завод построят в городе Кыштымск к весне.', 'LOC')).toEqual(['Кыштымск']);
    expect(spans('Рыбаки вышли на реку Сылвенка рано утром.', 'LOC')).toEqual(['Сылвенка']);
  });

  it('keeps adjective + adjective + place noun together', () => {
    expect(spans('Указ касается Уральского федерального округа.', 'LOC')).toEqual(['Уральского федерального округа']);
  });

  it('reads former states as places', () => {
    expect(spans('Он родился в СССР и учился в ГДР.', 'LOC')).toEqual(['СССР', 'ГДР']);
    expect(spans('Эти острова отошли к Советскому Союзу.', 'LOC')).toEqual(['Советскому Союзу']);
  });

  it('does not read a domain zone as the country', () => {
    expect(spans('Регистрация адресов в зоне .РФ открыта.', 'LOC')).toEqual([]);
  });
});
