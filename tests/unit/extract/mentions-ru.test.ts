// Russian named-entity mentions (PER / LOC / ORG spans). Every sentence here is made up for its class.

import { describe, expect, it } from 'vitest';
import { extract } from '../../support/extractor.ts';

const mentions = (text: string) => extract({ text, language: 'ru' }).entities.map((e) => `${e.type}:${text.slice(e.start, e.end)}`);

describe('Russian mentions: a region named by an adjective and a place', () => {
  it('reads "Южной Азии" as a place, not the start of a name', () => {
    const m = mentions('Он встретился с советником по делам Южной Азии Томасом Гриром.');
    expect(m).toContain('LOC:Южной Азии');
    expect(m).toContain('PER:Томасом Гриром');
  });
});
