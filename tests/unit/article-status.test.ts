// What GET /articles/{id} reports, without emulators: from the article's state and its meeting's marks.

import { describe, expect, it } from 'vitest';
import type { ArticleState } from '../../functions/core/intake/article-states.ts';
import { articleStatusOf } from '../../functions/core/intake/article-status.ts';
import type { StoredMeeting } from '../../functions/core/record/meeting-repository.ts';
import { makeRecord } from '../support/record-factory.ts';

const state = (extra: Partial<ArticleState> = {}): ArticleState => ({
  articleId: 'a'.repeat(24),
  meetingId: 'm1',
  meetingVersion: 2,
  status: 'normalised',
  receivedAt: '2026-03-01T10:00:00.000Z',
  processedAt: '2026-03-01T10:00:01.000Z',
  ...extra,
});
const stored = (extra: Partial<StoredMeeting> = {}): StoredMeeting => ({
  record: makeRecord({ id: 'm1', version: 2 }),
  sourceReceivedAt: '2026-03-01T10:00:00.000Z',
  fingerprint: 'f',
  ...extra,
});

describe('articleStatusOf', () => {
  it('reports an article without a state as stored', () => {
    expect(articleStatusOf(null, null)).toEqual({ status: 'stored' });
  });

  it('reports normalised until publish has rendered the version the article made', () => {
    expect(articleStatusOf(state(), stored({ publishedVersion: 1 }))).toEqual({ status: 'normalised', meetingId: 'm1' });
    expect(articleStatusOf(state(), stored({ publishedVersion: 2 }))).toEqual({ status: 'published', meetingId: 'm1' });
    expect(articleStatusOf(state(), stored({ publishedVersion: 3 }))).toEqual({ status: 'published', meetingId: 'm1' });
  });

  it('reports a failed article with the reason normalise recorded', () => {
    expect(articleStatusOf(state({ status: 'failed', reason: 'no longer parses' }), null)).toEqual({ status: 'failed', meetingId: 'm1', reason: 'no longer parses' });
  });

  it('reports a publish failure of its version, or of a later one, until a publish renders that version', () => {
    const failure = { version: 2, reason: 'boom' };
    expect(articleStatusOf(state(), stored({ publishFailure: failure }))).toEqual({ status: 'failed', meetingId: 'm1', reason: 'Publishing failed: boom' });
    expect(articleStatusOf(state(), stored({ publishFailure: failure, publishedVersion: 2 })).status).toBe('published');
    expect(articleStatusOf(state({ meetingVersion: 3 }), stored({ publishFailure: failure, publishedVersion: 1 })).status).toBe('normalised');
  });
});
