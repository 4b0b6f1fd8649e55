import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

describe('Extraction: topics', () => {
  it('splits what the sides discussed into subjects and never cuts a word', () => {
    const text =
      'В Минске состоялась встреча министров. Стороны обсудили вопросы торгово-экономического сотрудничества, а также подготовку к визиту делегации.';
    expect(extract({ text, language: 'ru' }).topics).toEqual(['вопросы торгово-экономического сотрудничества', 'подготовка к визиту делегации']);
  });

  it('gives no topic for a very long subject with no place to cut it, rather than cut it mid-phrase', () => {
    const text = `The ministers met in Oslo. They discussed ${'fisheries management '.repeat(20)}in the Arctic.`;
    expect(extract({ text, language: 'en' }).topics).toEqual([]);
  });
});
