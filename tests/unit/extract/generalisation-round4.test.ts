// Round 4: classes the metamorphic set (scripts/eval/perturb.ts: the same articles with their people and
// places renamed) showed to depend on particular strings. Every text is made up for the test (names, places
// and wording), with the cases where nothing must change.

import { describe, expect, it } from 'vitest';
import { extract } from '../../support/extractor.ts';

const names = (text: string) => extract({ text, language: 'en', publishedAt: '2024-05-17' }).participants.map((p) => p.name);

describe('a name whose given name is in no list, addressed by title elsewhere in the text', () => {
  it('reads the untitled full name of a headline or first sentence as a person', () => {
    const text =
      'Okafor pushes trade pact\n\nChidera Okafor has met the Danish prime minister to discuss a trade pact.\n\nMr Okafor said afterwards that the talks had been useful.';
    expect(names(text)).toContain('Chidera Okafor');
  });

  it('takes the title from a later sentence ("Foreign Minister Brekke")', () => {
    const text = 'Call with Ilvana Brekke\n\nThe Foreign Secretary spoke to Norwegian Foreign Minister Brekke today about fisheries.';
    expect(names(text)).toContain('Ilvana Brekke');
  });

  it('does not make a person of a capitalised pair whose last word nobody is addressed by', () => {
    const text = 'Velmora Ridge accord\n\nThe Velmora Ridge accord was discussed when Mr Haugen met the Icelandic prime minister.';
    expect(names(text)).not.toContain('Velmora Ridge');
  });
});
