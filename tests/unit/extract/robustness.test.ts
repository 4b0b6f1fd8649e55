import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../support/extractor.ts';

const RUSSIAN_BITS = ['В ', 'Астане ', 'встреча ', 'Ержана ', 'с ', '«', '»', 'МККК', '. ', '\n', '- ', 'переговоры ', 'Иван ', 'Петров ', 'met ', 'Tony ', 'Blair ', '2024 ', 'года'];

function checkOffsets(text: string, language?: string) {
  const result = extract(language ? { text, language } : { text });
  const spans = [
    ...result.entities,
    ...result.participants.flatMap((p) => p.mentions),
    ...result.organizations.flatMap((o) => o.mentions),
    ...(result.location?.mentions ?? []),
  ];
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(text.length);
    expect(span.start).toBeLessThan(span.end);
  }
  return result;
}

describe('extract(): robustness', () => {
  it('never throws and keeps offsets inside the text for arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        checkOffsets(text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text forced to Russian or English', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constantFrom('ru', 'en'), (text, language) => {
        checkOffsets(text, language);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on shuffled news fragments', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...RUSSIAN_BITS), { maxLength: 60 }), (parts) => {
        const result = checkOffsets(parts.join(''), 'ru');
        expect(typeof result.isMeeting).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('does not hide a failing step: an input its type forbids makes extract() throw (callers validate and degrade)', () => {
    expect(() => extract({ text: undefined as unknown as string })).toThrow(TypeError);
  });
});
