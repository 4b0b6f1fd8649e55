import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

const orgs = (text: string) => extract({ text }).organizations.map((o) => o.name);

describe('meetings: organisations', () => {
  it('leaves out an organisation that is only the topic of the talks', () => {
    const text = 'Anna Lind has met French President Paul Morel to talk about Serbia joining the EU.';
    expect(orgs(text)).not.toContain('EU');
  });

  it('keeps the organisation whose session it is', () => {
    const text = 'Исполнительный комитет УЕФА на своём заседании в Ницце утвердил календарь турнира.';
    expect(orgs(text).join(' | ')).toContain('УЕФА');
  });

  it('keeps companies named after their descriptor in the frame sentence', () => {
    const text = 'Shares in Danish brewing group Hopsen rose after a report that it had held merger talks with US bank Coastal Trust.';
    expect(orgs(text)).toEqual(expect.arrayContaining(['Hopsen', 'Coastal Trust']));
  });

  it('reads "в миде X" as the hosting ministry', () => {
    const text = 'Встреча с послом Франции в миде Армении. Посол Франции Жан Моро встретился с заместителем министра иностранных дел Армении Ашотом Саркисяном.';
    expect(orgs(text)).toContain('МИД Армении');
  });

  it('does not list a state body of an official as an organisation', () => {
    const text = 'На саммите в Вене Израиль будет представлять министр энергетики, глава государственной Комиссии по атомной энергии Дан Лев.';
    expect(orgs(text).some((o) => /Комисс/i.test(o))).toBe(false);
  });
});
