// The editor's list without storage: the cursor is opaque and checked, the query is read strictly, and a page
// filtered by status holds only that status, stops at the limit, and goes on from where it stopped.

import { describe, expect, it } from 'vitest';
import { decodeCursor, type EditorArticle, encodeCursor, listPage, MAX_EXAMINED, parseListQuery, positionOf } from '../../../functions/core/intake/article-list.ts';
import type { ArticleStatusName } from '../../../functions/core/intake/article-status.ts';

const entry = (n: number): EditorArticle => ({
  articleId: n.toString(16).padStart(24, '0'),
  meetingId: `m${n}`,
  receivedAt: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
});

/** An editor's entries newest first, read as the DynamoDB adapter reads them (after a position, at most `limit`). */
function stepsOver(entries: EditorArticle[], statusOf: (entry: EditorArticle) => ArticleStatusName) {
  const newestFirst = [...entries].sort((a, b) => positionOf(b).localeCompare(positionOf(a)));
  let reads = 0;
  return {
    reads: () => reads,
    page: async (after: string | undefined, limit: number) => {
      reads += 1;
      const rest = after ? newestFirst.filter((e) => positionOf(e) < after) : newestFirst;
      return { entries: rest.slice(0, limit), more: rest.length > limit };
    },
    statuses: async (page: EditorArticle[]) => page.map((e) => ({ status: statusOf(e), ...(statusOf(e) === 'failed' ? { reason: `why ${e.meetingId}` } : {}) })),
  };
}

describe('the list cursor', () => {
  it('round-trips a position and reads as opaque text', () => {
    const position = positionOf(entry(5));
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain(entry(5).articleId);
    expect(decodeCursor(cursor)).toBe(position);
  });

  it('refuses a cursor it did not make, naming what to pass instead', () => {
    for (const bad of ['', 'not base64 at all!', encodeCursor('x'), Buffer.from('{"v":2,"after":"2026-01-01T00:00:00.000Z#000000000000000000000001"}').toString('base64url')]) {
      expect(() => decodeCursor(bad)).toThrow(/"next" of the previous answer/);
    }
  });
});

describe('the list query', () => {
  it('takes status, limit and cursor, with 20 by default', () => {
    expect(parseListQuery({ mine: 'true' })).toEqual({ status: undefined, limit: 20, after: undefined });
    const cursor = encodeCursor(positionOf(entry(1)));
    expect(parseListQuery({ mine: 'TRUE', status: 'failed', limit: '5', cursor })).toEqual({ status: 'failed', limit: 5, after: positionOf(entry(1)) });
  });

  it('refuses other editors’ lists, unknown statuses and limits outside 1–100', () => {
    expect(() => parseListQuery({})).toThrow(/mine=true/);
    expect(() => parseListQuery({ mine: 'true', status: 'lost' })).toThrow(/stored, normalised, published, failed/);
    for (const limit of ['0', '101', '2.5', 'ten', '']) expect(() => parseListQuery({ mine: 'true', limit })).toThrow(/1 to 100/);
  });
});

describe('a page of the list', () => {
  it('keeps only the status asked for, newest first, and goes on after the last entry it looked at', async () => {
    // Prepare: every third article failed
    const entries = Array.from({ length: 10 }, (_, n) => entry(n));
    const steps = stepsOver(entries, (e) => (Number.parseInt(e.articleId, 16) % 3 === 0 ? 'failed' : 'published'));

    // Act
    const first = await listPage({ status: 'failed', limit: 2 }, steps);
    const second = await listPage({ status: 'failed', limit: 2, after: decodeCursor(first.next ?? '') }, steps);

    // Assess
    expect(first.articles.map((a) => a.meetingId)).toEqual(['m9', 'm6']);
    expect(first.articles[0]).toMatchObject({ status: 'failed', reason: 'why m9' });
    expect(second.articles.map((a) => a.meetingId)).toEqual(['m3', 'm0']);
    expect(second.next).toBeNull();
  });

  it('without a filter reads just the limit, and says there is more', async () => {
    const steps = stepsOver(Array.from({ length: 5 }, (_, n) => entry(n)), () => 'stored');
    const page = await listPage({ limit: 2 }, steps);
    expect(page.articles.map((a) => a.meetingId)).toEqual(['m4', 'm3']);
    expect(steps.reads()).toBe(1);
    expect(decodeCursor(page.next ?? '')).toBe(positionOf(entry(3)));
  });

  it('stops after MAX_EXAMINED entries with a short page and a cursor, rather than reading a whole history', async () => {
    const entries = Array.from({ length: MAX_EXAMINED + 50 }, (_, n) => entry(n));
    const steps = stepsOver(entries, (e) => (e.meetingId === 'm0' ? 'failed' : 'published'));
    const page = await listPage({ status: 'failed', limit: 5 }, steps);
    expect(page.articles).toEqual([]);
    expect(page.next).not.toBeNull();
    const rest = await listPage({ status: 'failed', limit: 5, after: decodeCursor(page.next ?? '') }, steps);
    expect(rest.articles.map((a) => a.meetingId)).toEqual(['m0']);
    expect(rest.next).toBeNull();
  });
});
