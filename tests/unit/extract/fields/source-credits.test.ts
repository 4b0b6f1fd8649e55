import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

const source = (text: string) => extract({ text }).source;

describe('generalisation: a credited outlet ends at the sentence end', () => {
  it('stops a web name before ". " and a capital', () => {
    expect(source('Президент Казахстана Ерлан Сапаров провел переговоры с премьером Китая, передает Tengrinews.kz. Ожидается, что стороны подпишут соглашения.')).toBe('Tengrinews.kz');
    expect(source('Министр Иван Петров встретился с послом Франции, сообщает Zakon.kz. Встреча прошла в Астане.')).toBe('Zakon.kz');
  });

  it('stops a plain name before ". " and a capital', () => {
    expect(source('Глава МИД Армении Арам Саркисян прибыл в Тегеран, передает ТАСС. Визит продлится два дня.')).toBe('ТАСС');
    expect(source('Мэр Казани Олег Сафин встретился с делегацией из Турции, сообщает Интерфакс. Делегация пробудет в городе неделю.')).toBe('Интерфакс');
  });

  it('keeps inner dots and hyphens', () => {
    expect(source('Переговоры прошли в Минске, передает РИА-Новости.')).toBe('РИА-Новости');
    expect(source('Talks were held in Baku, according to Trend.az. The sides agreed on a plan.')).toBe('Trend.az');
  });
});
