import { describe, expect, it } from 'vitest';
import { formatSummary, type SubmitResult } from '../../../functions/cli/submit-summary.ts';

const published: SubmitResult = {
  file: 'seed.txt',
  articleId: '55ad9cf01ce15f02c2784a6f',
  meetingId: 'm55ad9cf01ce15f02c2784a6',
  status: 'published',
  warnings: ['No place found.', 'No date found.'],
  problem: null,
  ok: true,
};
const rejected: SubmitResult = { file: 'empty.txt', articleId: null, meetingId: null, status: 'rejected', warnings: [], problem: 'POST /articles answered 400 empty_body: The article has no text.', ok: false };

describe('formatSummary', () => {
  it('prints a row per file with its ids, status and warnings, in aligned columns', () => {
    const lines = formatSummary([published]).split('\n');

    expect(lines[0]).toMatch(/^file\s+article id\s+meeting id\s+status\s+warnings$/);
    expect(lines[1]).toBe('seed.txt  55ad9cf01ce15f02c2784a6f  m55ad9cf01ce15f02c2784a6  published  No place found.; No date found.');
    expect(lines.at(-2)).toBe('1 submitted: 1 published.');
  });

  it('shows a missing id as "-" and each problem in full under the table', () => {
    const summary = formatSummary([published, rejected]);

    expect(summary).toMatch(/^empty\.txt\s+-\s+-\s+rejected\s+-$/m);
    expect(summary).toContain('Problems:\n  empty.txt: POST /articles answered 400 empty_body: The article has no text.\n');
    expect(summary).toMatch(/1 of 2 failed: 1 published, 1 rejected\.\n$/);
  });
});
