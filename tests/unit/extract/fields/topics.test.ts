import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

describe('Extraction: topics', () => {
  it('splits what the sides discussed into subjects and never cuts a word', () => {
    const text =
      'В Минске состоялась встреча министров. Стороны обсудили вопросы торгово-экономического сотрудничества, а также подготовку к визиту делегации.';
    expect(extract({ text, language: 'ru' }).topics).toEqual(['вопросы торгово-экономического сотрудничества', 'подготовку к визиту делегации']);
  });

  it('cuts a very long subject at a word boundary', () => {
    const text = `The ministers met in Oslo. They discussed ${'fisheries management '.repeat(20)}in the Arctic.`;
    const [topic] = extract({ text, language: 'en' }).topics;
    expect(topic!.length).toBeLessThanOrEqual(160);
    expect(topic!.endsWith('management') || topic!.endsWith('fisheries')).toBe(true);
  });
});
