import { describe, expect, it } from 'vitest';
import { firstSentence, recordTitle, type TitleFields } from '../../functions/core/record/title/record-title.ts';
import { inPlace, placeInCase } from '../../functions/core/record/title/russian-place-forms.ts';
import { russianNameGender } from '../../functions/core/record/title/russian-gender.ts';

const person = (name: string) => ({ name, role: null, organization: null, mentions: [] });

function makeFields(overrides: Partial<TitleFields> = {}): TitleFields {
  return {
    language: 'ru',
    isMeeting: true,
    kind: 'meeting',
    status: 'held',
    participants: [person('Тимур Жаксыбеков'), person('Карин Хольмберг')],
    location: { city: 'Бишкек', country: 'Киргизия', countryCode: 'KG' },
    ...overrides,
  };
}

const LEAD = 'Вчера в столице прошли переговоры делегаций, которые продолжались весь день и завершились подписанием нескольких документов о сотрудничестве в области энергетики и транспорта.';

describe('Function: recordTitle', () => {
  describe('in Russian', () => {
    it('says who met where, the names in the nominative and the place in the locative', () => {
      // Act
      const title = recordTitle(makeFields(), LEAD);

      // Assess
      expect(title).toBe('Тимур Жаксыбеков и Карин Хольмберг провели встречу в Бишкеке');
    });

    it('says a call, a planned meeting and a cancelled one each in their own words', () => {
      // Act
      const titles = [
        recordTitle(makeFields({ kind: 'call', location: null }), LEAD),
        recordTitle(makeFields({ status: 'planned' }), LEAD),
        recordTitle(makeFields({ status: 'cancelled' }), LEAD),
      ];

      // Assess
      expect(titles).toEqual([
        'Тимур Жаксыбеков и Карин Хольмберг провели телефонный разговор',
        'Тимур Жаксыбеков и Карин Хольмберг проведут встречу в Бишкеке',
        'Тимур Жаксыбеков и Карин Хольмберг отменили встречу в Бишкеке',
      ]);
    });

    it('says a visit with the verb of the visitor\'s gender, and without a gendered verb when the name does not tell', () => {
      // Prepare
      const visit = (name: string, status: TitleFields['status'] = 'held') =>
        recordTitle(makeFields({ kind: 'visit', status, participants: [person(name)], location: { city: 'Казань', country: null, countryCode: null } }), LEAD);

      // Act
      const titles = [visit('Ольга Веденеева'), visit('Тимур Жаксыбеков'), visit('Карин Хольмберг'), visit('Карин Хольмберг', 'planned')];

      // Assess
      expect(titles).toEqual(['Ольга Веденеева посетила Казань', 'Тимур Жаксыбеков посетил Казань', 'Карин Хольмберг: визит в Казань', 'Карин Хольмберг посетит Казань']);
    });

    it('does not make one of several participants of a visit its guest: they meet', () => {
      // Act
      const ru = recordTitle(makeFields({ kind: 'visit', location: { city: 'Душанбе', country: null, countryCode: null } }), LEAD);
      const en = recordTitle(makeFields({ language: 'en', kind: 'visit', participants: [person('Maria Lindqvist'), person('Tomas Reyes')], location: { city: 'Lima', country: null, countryCode: null } }), LEAD);

      // Assess
      expect([ru, en]).toEqual(['Тимур Жаксыбеков и Карин Хольмберг провели встречу в Душанбе', 'Maria Lindqvist meets Tomas Reyes in Lima']);
    });

    it('lists three participants and counts the rest of a longer list', () => {
      // Prepare
      const names = ['Тимур Жаксыбеков', 'Карин Хольмберг', 'Ольга Веденеева', 'Арман Сеитов', 'Лейла Гасанова'];

      // Act
      const three = recordTitle(makeFields({ participants: names.slice(0, 3).map(person) }), LEAD);
      const five = recordTitle(makeFields({ participants: names.map(person) }), LEAD);

      // Assess
      expect(three).toBe('Тимур Жаксыбеков, Карин Хольмберг и Ольга Веденеева провели встречу в Бишкеке');
      expect(five).toBe('Тимур Жаксыбеков, Карин Хольмберг и ещё 3 участника провели встречу в Бишкеке');
    });

    it('leaves out a place whose locative it cannot be sure of, rather than write it wrongly', () => {
      // Act
      const title = recordTitle(makeFields({ location: { city: null, country: 'Соединённые Штаты Америки', countryCode: 'US' } }), LEAD);

      // Assess
      expect(title).toBe('Тимур Жаксыбеков и Карин Хольмберг провели встречу');
    });
  });

  describe('in English, and for other languages', () => {
    it('says two people meet somewhere, or will', () => {
      // Prepare
      const fields = makeFields({ language: 'en', participants: [person('Maria Lindqvist'), person('Tomas Reyes')], location: { city: 'Lima', country: 'Peru', countryCode: 'PE' } });

      // Act
      const held = recordTitle(fields, LEAD);
      const planned = recordTitle({ ...fields, status: 'planned' }, LEAD);

      // Assess
      expect(held).toBe('Maria Lindqvist meets Tomas Reyes in Lima');
      expect(planned).toBe('Maria Lindqvist will meet Tomas Reyes in Lima');
    });

    it('says a call, a visit and a cancelled meeting each in their own words', () => {
      // Prepare
      const en = { language: 'en', location: { city: 'Lima', country: 'Peru', countryCode: 'PE' } };

      // Act
      const titles = [
        recordTitle(makeFields({ ...en, kind: 'call', location: null, participants: [person('Maria Lindqvist'), person('Tomas Reyes')] }), LEAD),
        recordTitle(makeFields({ ...en, kind: 'visit', participants: [person('Maria Lindqvist')] }), LEAD),
        recordTitle(makeFields({ ...en, status: 'cancelled', participants: [person('Maria Lindqvist'), person('Tomas Reyes')] }), LEAD),
      ];

      // Assess
      expect(titles).toEqual(['Maria Lindqvist and Tomas Reyes hold a phone call', 'Maria Lindqvist visits Lima', 'Maria Lindqvist and Tomas Reyes cancel meeting in Lima']);
    });

    it('uses the English pattern for a language without its own', () => {
      // Act
      const title = recordTitle(makeFields({ language: 'kk', participants: [person('Aigerim Nurlanova'), person('Daniyar Ospanov'), person('Saule Temirova')], location: null }), LEAD);

      // Assess
      expect(title).toBe('Aigerim Nurlanova, Daniyar Ospanov and Saule Temirova meet');
    });

    it('counts the others of a long list', () => {
      // Act
      const title = recordTitle(makeFields({ language: 'en', participants: ['A One', 'B Two', 'C Three', 'D Four'].map(person), location: null }), LEAD);

      // Assess
      expect(title).toBe('A One, B Two and 2 others meet');
    });
  });

  describe('with no participant', () => {
    it('takes the first sentence when it is whole and short', () => {
      // Act
      const title = recordTitle(makeFields({ participants: [] }), 'Делегации двух стран встретились в Бишкеке. Подробности позже.');

      // Assess
      expect(title).toBe('Делегации двух стран встретились в Бишкеке');
    });

    it('labels the meeting rather than cut a long sentence', () => {
      // Act
      const titles = [recordTitle(makeFields({ participants: [] }), LEAD), recordTitle(makeFields({ language: 'en', participants: [], kind: 'call', location: null }), LEAD)];

      // Assess
      expect(titles).toEqual(['Встреча в Бишкеке', 'Phone call']);
      expect(titles.join(' ')).not.toContain('…');
    });
  });

  it('makes no sentence of a text that reports no meeting: its whole first sentence, else a neutral title', () => {
    // Act
    const short = recordTitle(makeFields({ isMeeting: false }), 'Рынок вырос на два процента. Аналитики ждут роста.');
    const long = recordTitle(makeFields({ isMeeting: false, language: 'en' }), `${'word '.repeat(40)}end.`);

    // Assess
    expect(short).toBe('Рынок вырос на два процента');
    expect(long).toBe('Untitled article');
  });
});

describe('Function: firstSentence', () => {
  it('keeps a question mark, flattens line breaks and drops the full stop', () => {
    // Act
    const sentences = [firstSentence('Will the talks resume? Nobody knows.'), firstSentence('Ministers met\n  in Quito. More text.')];

    // Assess
    expect(sentences).toEqual(['Will the talks resume?', 'Ministers met in Quito']);
  });

  it('does not end a sentence at an initial or an abbreviation', () => {
    // Act
    const sentences = [firstSentence('Mr. J. Doe met the U.S. envoy in Quito. Then he left.'), firstSentence('В 2026 г. министры встретились. Затем уехали.')];

    // Assess
    expect(sentences).toEqual(['Mr. J. Doe met the U.S. envoy in Quito', 'В 2026 г. министры встретились']);
  });

  it('gives nothing for a sentence too long for a title, or for blank text', () => {
    // Act
    const sentences = [firstSentence(`${'word '.repeat(40)}end.`), firstSentence('  \n ')];

    // Assess
    expect(sentences).toEqual([undefined, undefined]);
  });
});

describe('Function: placeInCase', () => {
  it('declines place names by their ending', () => {
    // Act
    const forms = ['Бишкек', 'Казань', 'Ярославль', 'Индия', 'Осака', 'Китай', 'Тбилиси', 'ОАЭ', 'Нур-Султан', 'Нижний Новгород', 'Южная Корея'].map((name) => placeInCase(name, 'loct'));

    // Assess
    expect(forms).toEqual(['Бишкеке', 'Казани', 'Ярославле', 'Индии', 'Осаке', 'Китае', 'Тбилиси', 'ОАЭ', 'Нур-Султане', 'Нижнем Новгороде', 'Южной Корее']);
  });

  it('gives the accusative of a visit\'s destination', () => {
    // Act
    const forms = ['Казань', 'Индия', 'Осака', 'Бишкек', 'Южная Корея'].map((name) => placeInCase(name, 'accs'));

    // Assess
    expect(forms).toEqual(['Казань', 'Индию', 'Осаку', 'Бишкек', 'Южную Корею']);
  });

  it('gives nothing for a name of several nouns, in Latin letters, or in -ы (Афины decline, Алматы do not)', () => {
    // Act
    const forms = ['Соединённые Штаты Америки', 'Lima', 'Алматы', 'Афины'].map((name) => placeInCase(name, 'loct'));

    // Assess
    expect(forms).toEqual([null, null, null, null]);
  });

  it('writes во before в or ф and a consonant', () => {
    // Act
    const phrases = ['Франция', 'Владивосток', 'Вена'].map(inPlace);

    // Assess
    expect(phrases).toEqual(['во Франции', 'во Владивостоке', 'в Вене']);
  });
});

describe('Function: russianNameGender', () => {
  it('reads the gender from a Russian surname or patronymic, and not from a foreign name', () => {
    // Act
    const genders = ['Ольга Веденеева', 'Тимур Жаксыбеков', 'Анна Сергеевна Ким', 'Карин Хольмберг', 'Никита Ли'].map(russianNameGender);

    // Assess
    expect(genders).toEqual(['femn', 'masc', 'femn', undefined, 'masc']);
  });
});
