import { describe, expect, it } from 'vitest';
import type { DryRunAnswer } from '../../../functions/cli/api-types.ts';
import { renderPreview } from '../../../functions/cli/render-preview.ts';
import { makeRecord } from '../../support/record-factory.ts';

const TEXT = 'Ержан Ашикбаев встретился с Мирьяной Сполярич в Астане 14 января 2020 года.';

function answer(overrides: Parameters<typeof makeRecord>[0] = {}): DryRunAnswer {
  return {
    dryRun: true,
    articleId: '0123456789abcdef01234567',
    meetingId: 'm-astana-talks',
    text: TEXT,
    entities: [],
    // A dry run's record has no version yet.
    record: {
      ...makeRecord({
      participants: [
        { name: 'Ержан Ашикбаев', role: 'первый заместитель министра', organization: 'МИД Казахстана', mentions: [{ start: 0, end: 14 }] },
        { name: 'Мирьяна Сполярич', role: 'президент', organization: 'МККК', mentions: [{ start: 28, end: 45 }] },
      ],
      dateBasis: { how: 'stated', mention: { start: 55, end: 74 } },
      ...overrides,
      }),
      version: 0,
    },
  };
}

describe('renderPreview', () => {
  it('names every field in words: participants with roles and organisations, the date and how it was found', () => {
    const page = renderPreview(answer(), { text: TEXT, colour: false, showText: false });

    expect(page).toMatch(/^Title\s+Встреча в Астане$/m);
    expect(page).toMatch(/^Meeting\s+yes, meeting$/m);
    expect(page).toMatch(/^Status\s+held$/m);
    expect(page).toMatch(/^Date\s+2020-01-14, stated with its year in the text \(«14 января 2020 года»\)$/m);
    expect(page).toMatch(/^Place\s+Астана, Казахстан \(KZ\)$/m);
    expect(page).toMatch(/^ {2}- Ержан Ашикбаев: первый заместитель министра, МИД Казахстана$/m);
    expect(page).toMatch(/^ {2}- Мирьяна Сполярич: президент, МККК$/m);
    expect(page).toMatch(/^Organisations\s+Международный комитет Красного Креста \(МККК\)$/m);
    expect(page).toMatch(/^Source\s+DKNews\.kz, https:\/\/dknews\.kz\/ru\/articles\/1$/m);
    expect(page).toMatch(/^Warnings\s+none$/m);
    expect(page).not.toContain('Article text');
  });

  it('says plainly when no meeting, date or place was found, and lists the warnings', () => {
    const page = renderPreview(
      answer({ isMeeting: false, kind: null, date: null, dateBasis: null, location: null, participants: [], warnings: ['No meeting found.'] }),
      { text: TEXT, colour: false, showText: false },
    );

    expect(page).toMatch(/^Meeting\s+no meeting found/m);
    expect(page).toMatch(/^Date\s+none found$/m);
    expect(page).toMatch(/^Place\s+none found$/m);
    expect(page).toMatch(/^Participants\s+none found$/m);
    expect(page).toMatch(/^Warnings\n {2}- No meeting found\.$/m);
  });

  it('ends with the article text, its spans marked', () => {
    const page = renderPreview(answer(), { text: TEXT, colour: false, showText: true });

    expect(page).toContain('[Ержан Ашикбаев]{participant} встретился с [Мирьяной Сполярич]{participant} в Астане [14 января 2020 года]{date}.');
  });

  it('leaves the text out, saying why, when it could not be had', () => {
    const page = renderPreview(answer(), { text: null, textNote: 'the server did not send it', colour: false, showText: true });

    expect(page).toContain('(The article text is not shown: the server did not send it.)');
    expect(page).toMatch(/^Date\s+2020-01-14, stated with its year in the text$/m);
  });
});
