import { describe, expect, it } from 'vitest';
import { layOutSpans, markText, spansOf } from '../../../functions/cli/highlight-spans.ts';
import { makeRecord } from '../../support/record-factory.ts';

const TEXT = 'В Астане 14 января 2020 года Ержан Ашикбаев встретился с президентом МККК.';
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

function record() {
  return makeRecord({
    participants: [{ name: 'Ержан Ашикбаев', role: null, organization: null, mentions: [at('Ержан Ашикбаев')] }],
    location: { city: 'Астана', country: 'Казахстан', countryCode: 'KZ', mentions: [at('Астане')] },
    dateBasis: { how: 'stated', mention: at('14 января 2020 года') },
    organizations: [{ name: 'Международный комитет Красного Креста', acronym: 'МККК', mentions: [at('МККК')] }],
  });
}

describe('spans behind the record', () => {
  it('marks participants, the place, the date and organisations in brackets off a terminal', () => {
    const marked = markText(TEXT, spansOf(record(), []), false);

    expect(marked).toBe(
      'В [Астане]{place} [14 января 2020 года]{date} [Ержан Ашикбаев]{participant} встретился с президентом [МККК]{organisation}.',
    );
  });

  it('shows a recognised name that no field uses as {name}, and a field over the same name only once', () => {
    const entities = [
      { type: 'PER' as const, ...at('Ержан Ашикбаев') },
      { type: 'PER' as const, ...at('президентом') },
    ];

    expect(markText(TEXT, spansOf(record(), entities), false)).toContain('[Ержан Ашикбаев]{participant} встретился с [президентом]{name} [МККК]');
  });

  it('lets a participant win over an organisation that overlaps it, and drops spans outside the text', () => {
    const spans = [
      { start: 0, end: 20, kind: 'organisation' as const },
      { start: 5, end: 10, kind: 'participant' as const },
      { start: 15, end: 999, kind: 'place' as const },
    ];

    expect(layOutSpans(spans, 30)).toEqual([{ start: 5, end: 10, kind: 'participant' }]);
  });

  it('colours the spans on a terminal and leaves the text itself unchanged', () => {
    const marked = markText(TEXT, spansOf(record(), []), true);

    expect(marked).toContain('\u001b[36mЕржан Ашикбаев\u001b[39m');
    expect(marked).not.toContain('{participant}');
    expect(marked.replace(/\u001b\[\d+m/g, '')).toBe(TEXT);
  });
});
