import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';
import { creditedOutlets, sourceAttribution } from '../../../../functions/core/extract/fields/source.ts';

const orgs = (text: string) => extract({ text }).organizations.map((o) => o.name);

describe('organisations: only those taking part', () => {
  it('takes no organisation from a wire dateline, and credits its agency', () => {
    for (const text of [
      'LONDON (Reuters) - Trade minister Carla Dunn met her Irish counterpart Sean Walsh in London on Monday.',
      'OSAKA, Japan - Trade minister Carla Dunn met her Japanese counterpart Kenji Sato in Osaka on Monday.',
      'SEATTLE (AP) — Governor Lisa Moore held talks with Mayor Tom Wells on Tuesday.',
      'PARIS, March 3 (AFP) - President Anna Vogel met Prime Minister John Hart in Paris on Monday to discuss the budget.',
    ]) {
      const r = extract({ text });
      expect(r.organizations.map((o) => o.name)).toEqual([]);
      expect(r.isMeeting).toBe(true);
    }
    expect(extract({ text: 'SEATTLE (AP) — Governor Lisa Moore held talks with Mayor Tom Wells on Tuesday.' }).source).toBe('AP');
  });

  it('does not list a role fragment or a lone head noun as an organisation', () => {
    expect(orgs('Председатель правления Банка Андрей Костин провел переговоры с министром финансов Антоном Сидоровым.')).toEqual([]);
    expect(orgs('Economy minister Peter Kunz met Defence Secretary John Reid in London.')).toEqual([]);
  });

  it('does not list a body that is only the subject of the talks', () => {
    expect(orgs('Министры обсудили на встрече в Брюсселе перспективы вступления Грузии в НАТО.')).toEqual([]);
    expect(orgs('Представители «Газпрома» провели переговоры в Киеве о цене на газ для ЕС.')).not.toContain('ЕС');
    expect(orgs('Finance ministers Tom Hart and Eva Ross held talks focused on the future of the World Bank.')).toEqual([]);
  });

  it('keeps a body that takes part', () => {
    expect(orgs('Руководство НАТО провело в Брюсселе переговоры с делегацией Грузии.')).toContain('НАТО');
  });
});

describe('source attribution forms', () => {
  it('credits the agency in a dateline', () => {
    expect(sourceAttribution('LONDON (Reuters) - Two ministers met.', 'en')).toBe('Reuters');
    expect(sourceAttribution('BERLIN (AFP) - Two ministers met.', 'en')).toBe('AFP');
    expect(sourceAttribution('Talks resume\n\nCAIRO, Egypt (AP) — Two ministers met.', 'en')).toBe('AP');
    expect(sourceAttribution('LONDON - Two ministers met.', 'en')).toBeNull();
  });

  it('reads "According to ..." at the start of a sentence, and outlets that start with A, O or The', () => {
    expect(sourceAttribution('According to the BBC, the leaders met in Rome.', 'en')).toBe('BBC');
    expect(sourceAttribution('According to AP, the talks ended late.', 'en')).toBe('AP');
    expect(sourceAttribution('The Guardian reported that the two men met.', 'en')).toBe('Guardian');
    expect(sourceAttribution('Об этом сообщает ОРТ.', 'ru')).toBe('ОРТ');
  });

  it('credits an agency named after its descriptor, or a short mixed-case acronym', () => {
    expect(sourceAttribution('Об этом сообщает агентство Рёнхап.', 'ru')).toBe('Рёнхап');
    expect(sourceAttribution('Как сообщает агентство Синьхуа со ссылкой на МИД КНР, визит начнется в понедельник.', 'ru')).toBe('Синьхуа');
    expect(sourceAttribution('Как передает УзА, министры встретились в Ташкенте.', 'ru')).toBe('УзА');
    expect(sourceAttribution('Об этом сообщил Петров.', 'ru')).toBeNull();
  });

  it('never runs past the end of a sentence', () => {
    expect(sourceAttribution('Об этом сообщает ТАСС. Турецкий министр прибыл в Москву.', 'ru')).toBe('ТАСС');
    expect(sourceAttribution('Об этом передает БелТА. Визит продлится два дня.', 'ru')).toBe('БелТА');
  });

  it('lists every credited outlet, so that none is taken for a participant body', () => {
    expect(creditedOutlets('Как сообщает ТАСС, министры встретились. Об этом же пишет газета Известия.', 'ru')).toEqual(['ТАСС', 'Известия']);
  });
});
