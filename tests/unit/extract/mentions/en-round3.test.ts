import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

// Made-up sentences of each class: English people and their roles.
const persons = (text: string) => {
  const x = extract({ text });
  return x.entities.filter((e) => e.type === 'PER').map((e) => text.slice(e.start, e.end));
};
const people = (text: string) => extract({ text }).participants.map((p) => ({ name: p.name, role: p.role }));

describe('English names after a lower-case title', () => {
  it('reads a name no given-names list knows after an adviser or an aide', () => {
    expect(persons('The talks were also attended by security adviser Shin Yong-ho and senior aide Oh Min-jae.')).toEqual(['Shin Yong-ho', 'Oh Min-jae']);
  });

  it('keeps the field words of the title in the role', () => {
    expect(people('President Ana Ruiz met trade envoy Tomas Bell in Lima. The talks were attended by national security adviser Shin Yong-ho.')).toContainEqual({
      name: 'Shin Yong-ho',
      role: 'national security adviser',
    });
  });

  it('does not read a lower-case word that is no field as part of the role', () => {
    expect(people('President Ana Ruiz met trade envoy Tomas Bell in Lima. The talks were attended by her longtime adviser Shin Yong-ho.')).toContainEqual({
      name: 'Shin Yong-ho',
      role: 'adviser',
    });
  });
});
