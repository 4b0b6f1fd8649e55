import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../support/extractor.ts';

const seed = () => readFileSync(new URL('../../fixtures/seed-article.txt', import.meta.url), 'utf8');

describe('extract() on the seed article', () => {
  it('finds a held meeting in Astana, Kazakhstan, credited to DKNews.kz', () => {
    const result = extract({ text: seed() });

    expect(result.language).toBe('ru');
    expect(result.isMeeting).toBe(true);
    expect(result.status).toBe('held');
    expect(result.date).toBeNull();
    expect(result.location).toMatchObject({ city: 'Астана', country: 'Казахстан', countryCode: 'KZ', countryInferred: false });
    expect(result.source).toBe('DKNews.kz');
  });

  it('gives exactly the two participants, in the nominative, with their roles and organisations', () => {
    const result = extract({ text: seed() });

    expect(result.participants.map(({ name, role, organization }) => ({ name, role, organization }))).toEqual([
      { name: 'Ержан Ашикбаев', role: 'первый заместитель министра иностранных дел Казахстана', organization: 'Казахстан' },
      { name: 'Мирьяна Сполярич', role: 'президент Международного комитета Красного Креста', organization: 'Международный комитет Красного Креста' },
    ]);
  });

  it('resolves the acronym МККК to the Red Cross committee it stands for', () => {
    const text = seed();
    const result = extract({ text });

    const icrc = result.organizations.find((o) => o.name === 'Международный комитет Красного Креста');
    expect(icrc?.acronym).toBe('МККК');
    expect(icrc?.mentions.map((m) => text.slice(m.start, m.end))).toContain('МККК');
  });

  it('reports the Amman conference at the end of 2026 as a related event', () => {
    const result = extract({ text: seed() });

    expect(result.relatedEvents).toHaveLength(1);
    expect(result.relatedEvents[0]).toMatchObject({
      date: '2026',
      location: { city: 'Амман', country: 'Иордания', countryCode: 'JO' },
      theme: 'гуманность во время войны',
    });
    expect(result.relatedEvents[0]?.title).toContain('конференция');
  });

  it('points every participant mention at the name in the text', () => {
    const text = seed();
    const result = extract({ text });

    const spans = result.participants.flatMap((p) => p.mentions.map((m) => text.slice(m.start, m.end)));
    expect(spans).toEqual(expect.arrayContaining(['Ержана Ашикбаева', 'Мирьяной Сполярич', 'Ержан Ашикбаев', 'Мирьяна Сполярич']));
  });

  it('marks people, places and organisations as entities', () => {
    const text = seed();
    const result = extract({ text });

    const found = (type: string) => result.entities.filter((e) => e.type === type).map((e) => text.slice(e.start, e.end));
    expect(found('PER')).toContain('Ержана Ашикбаева');
    expect(found('LOC')).toEqual(expect.arrayContaining(['Астане', 'Аммане', 'Иордания']));
    expect(found('ORG')).toEqual(expect.arrayContaining(['МККК', 'Международного комитета Красного Креста']));
  });
});
