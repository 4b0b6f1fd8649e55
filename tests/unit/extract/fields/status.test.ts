import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

// Made-up sentences of each class (never corpus sentences).
const status = (text: string, language?: string) => extract({ text, language }).status;

describe('status: the tense of the meeting, not of the words around it', () => {
  it('reads planning words in any form as planned (the Russian pattern matches after a space)', () => {
    expect(status('Встреча министров Ивана Пестова и Олега Рыбина запланирована на пятницу.')).toBe('planned');
    expect(status('Переговоры мэра Анны Зориной с губернатором Петром Гусевым намечены на осень.')).toBe('planned');
  });

  it('reads an intent to discuss something at a meeting as planned, whatever tense the speech verb has', () => {
    expect(status('Минск хочет обсудить на переговорах с Варшавой вопрос пограничных переходов, заявил министр иностранных дел Белоруссии Павел Лосев.')).toBe('planned');
  });

  it('reads a call being arranged or due as planned', () => {
    expect(status('Стороны работают над организацией телефонного разговора между премьерами Ильей Сомовым и Мартой Вальд.')).toBe('planned');
    expect(status('Звонок премьер-министра Ильи Сомова канцлеру Марте Вальд должен состояться на следующей неделе.')).toBe('planned');
  });

  it('cuts an aside before reading the tense ("as strikes resumed")', () => {
    expect(status('Finance Minister Lara Quist will host Treasury Secretary Omar Diaz for talks in Oslo next Tuesday, an aide said, as strikes resumed at the port.')).toBe('planned');
    expect(status('Глава МИД Марк Оленев проведет переговоры с послом Чили Хорхе Руисом в пятницу, когда в столице завершился форум.')).toBe('planned');
  });

  it('reads a visit that has begun as held, though parts of its programme are scheduled', () => {
    expect(status('Foreign Minister Sofia Marin is currently on a three-day visit to Chile. She is scheduled to meet President Luis Ortega on Thursday.')).toBe('held');
    expect(status('Премьер-министр Ирина Климова находится с официальным визитом в Аргентине. Завтра она проведет переговоры с президентом Хорхе Пересом.')).toBe('held');
  });

  it('keeps a held meeting held and a planned one planned (counter-examples)', () => {
    expect(status('Министр Олег Рыбин встретился с послом Японии Кэнтой Мори в Токио.')).toBe('held');
    expect(status('President Ana Lutz will visit Quito next month for talks with President Raul Vega.')).toBe('planned');
    expect(status('Министр иностранных дел Павел Лосев посетит Варшаву в среду.')).toBe('planned');
  });
});
