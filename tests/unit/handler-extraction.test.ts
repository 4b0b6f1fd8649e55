import { describe, expect, it } from 'vitest';
import type { Extractor } from '../../functions/core/extract/index.ts';
import { extractOrWarn } from '../../functions/handlers/extraction.ts';
import { extractor } from '../support/extractor.ts';

describe('extractOrWarn (handlers)', () => {
  it('returns the extraction when the extractor works', () => {
    const result = extractOrWarn(extractor, { text: 'Министр Иван Петров встретился с послом Анной Ким в Москве.', language: 'ru' }, {});

    expect(result.isMeeting).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('degrades a failing extraction step to empty fields with a warning (fault injected: an extractor that throws)', () => {
    const failing: Extractor = {
      extract() {
        throw new Error('step exploded');
      },
    };
    const logged: string[] = [];
    const original = console.log;
    console.log = (line: string) => void logged.push(line);
    try {
      const result = extractOrWarn(failing, { text: 'anything', language: 'en' }, { articleId: 'a1' });

      expect(result.isMeeting).toBe(false);
      expect(result.language).toBe('en');
      expect(result.warnings[0]).toMatch(/Extraction failed/);
    } finally {
      console.log = original;
    }
    expect(logged.join('\n')).toMatch(/"articleId":"a1".*step exploded/);
  });
});
