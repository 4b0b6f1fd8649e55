import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

function spans(text: string, type: string): string[] {
  return extract({ text, language: 'ru' })
    .entities.filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));
}

describe('extract(): named entities in Russian', () => {
  it('marks a full name in an oblique case as one person', () => {
    expect(spans('Журналисты встретились с Александром Налбандовым после пресс-конференции.', 'PER')).toEqual(['Александром Налбандовым']);
  });

  it('reads a city in the locative as a place, not as a first name', () => {
    const text = 'Переговоры прошли в Астане в прошлую пятницу.';

    expect(spans(text, 'LOC')).toContain('Астане');
    expect(spans(text, 'PER')).toEqual([]);
  });

  it('marks multi-word country names as one place', () => {
    expect(spans('Делегация прибыла в Объединённые Арабские Эмираты.', 'LOC')).toEqual(['Объединённые Арабские Эмираты']);
  });

  it('marks country acronyms as places and other acronyms as organisations', () => {
    const text = 'Представители США и НАТО провели консультации.';

    expect(spans(text, 'LOC')).toEqual(['США']);
    expect(spans(text, 'ORG')).toEqual(['НАТО']);
  });

  it('marks a quoted company name after its descriptor without the quotation marks', () => {
    expect(spans('Акции компании «Северный ветер» выросли на пять процентов.', 'ORG')).toEqual(['Северный ветер']);
  });

  it('marks a capitalised organisation phrase with its genitive complement', () => {
    expect(spans('Решение принял Конституционный суд в понедельник.', 'ORG')).toEqual(['Конституционный суд']);
  });

  it('finds a surname alone once the full name has been seen', () => {
    const text = 'Министр Павел Зорин прибыл в город. Позже Зорин провел совещание.';

    expect(spans(text, 'PER')).toEqual(['Павел Зорин', 'Зорин']);
  });
});
