// Normalise reads a stored article back as a submission; one that no longer parses (after a parser change) is
// recorded as failed, so the refusal must come back as a value, never as a rejection that would be retried.

import { describe, expect, it } from 'vitest';
import { ClientError } from '../../functions/core/errors.ts';
import type { RawArticle } from '../../functions/core/intake/raw-articles.ts';
import { submissionOf } from '../../functions/handlers/normalise/stored-submission.ts';

const stored = (body: string, contentType: string): RawArticle => ({
  articleId: '0123456789abcdef01234567',
  body: Buffer.from(body, 'utf8'),
  contentType,
  meetingId: 'm1',
  submittedBy: 'alice',
  receivedAt: '2026-03-12T09:00:00.000Z',
});

describe('Function: submissionOf', () => {
  it('reads a stored article as the submission intake made of it', async () => {
    // Act
    const submission = await submissionOf(stored('---\ntitle: Talks\n---\nMinisters met.', 'text/markdown'));

    // Assess
    expect(submission).toMatchObject({ format: 'markdown', title: 'Talks', text: 'Ministers met.' });
  });

  it('returns the ClientError of a stored article that no longer parses, rather than rejecting', async () => {
    // Act
    const outcome = await submissionOf(stored('{"text": "Talks.", "venue": "Hall"}', 'application/json'));

    // Assess
    expect(outcome).toBeInstanceOf(ClientError);
    expect((outcome as ClientError).message).toMatch(/unknown field\(s\) "venue"/);
  });
});
