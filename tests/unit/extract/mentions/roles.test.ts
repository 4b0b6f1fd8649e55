import { describe, expect, it } from 'vitest';
import { extract } from '../../../support/extractor.ts';

const who = (text: string, name: string) => extract({ text }).participants.find((p) => p.name === name);

describe('meetings: roles', () => {
  it('takes the role word in the name\'s case, not a genitive before it', () => {
    const text = 'Внеочередное заседание кабинета министров глава правительства Чехии Павел Новак провёл в Праге.';
    expect(who(text, 'Павел Новак')?.role).toBe('глава правительства Чехии');
  });

  it('does not read a form of address or a conjunction as a role', () => {
    const text = 'Leaders met in Rome. But Mr Harold Finch said the talks with German Chancellor Greta Vogel went well.';
    const finch = who(text, 'Harold Finch');
    expect(finch?.role ?? null).toBeNull();
  });

  it('does not give one person the title that introduces the next', () => {
    const text = 'Mr Lowe held talks with his Danish counterpart, Erik Holm, and the Swedish leader, Nils Berg.';
    expect(who(text, 'Erik Holm')?.role ?? null).toBeNull();
  });

  it('names Russia, not the acronym, as the organisation of an official of the РФ', () => {
    const text = 'В Москве состоялось заседание правительства. Министр финансов РФ Олег Смирнов выступил на заседании правительства.';
    expect(who(text, 'Олег Смирнов')?.organization).toBe('Россия');
  });
});

describe('meetings: status', () => {
  it('reads talks that begin later today as planned', () => {
    const text = "Talks held on Malta's future\nTalks on the future of Malta begin at the foreign minister's residence later on Thursday. Envoy Mark Hughes will represent Britain.";
    expect(extract({ text }).status).toBe('planned');
  });
});
