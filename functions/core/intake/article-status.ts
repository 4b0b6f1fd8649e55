// What GET /articles/{id} says about an article, from its state (normalise's) and its meeting as stored
// (publish's marks): published once publish has rendered the meeting version the article produced.

import type { StoredMeeting } from '../record/meeting-repository.ts';
import type { ArticleState } from './article-states.ts';

export type ArticleStatusName = 'stored' | 'normalised' | 'published' | 'failed';

export interface ArticleStatusReport {
  status: ArticleStatusName;
  meetingId?: string;
  reason?: string;
}

/** `state` null: the article is stored and not yet normalised. */
export function articleStatusOf(state: ArticleState | null, stored: StoredMeeting | null): ArticleStatusReport {
  if (!state) return { status: 'stored' };
  const { meetingId } = state;
  if (state.status === 'failed') return { status: 'failed', meetingId, reason: state.reason };
  // Without a recorded version the article never reads as published.
  const produced = state.meetingVersion ?? Number.POSITIVE_INFINITY;
  const published = stored?.publishedVersion ?? 0;
  const failure = stored?.publishFailure;
  if (failure && failure.version >= produced && published < failure.version) {
    return { status: 'failed', meetingId, reason: `Publishing failed: ${failure.reason}` };
  }
  return { status: published >= produced ? 'published' : 'normalised', meetingId };
}
