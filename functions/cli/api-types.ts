// What the editors' API answers (functions/handlers/ingest.ts and retract.ts), as the CLI reads it.

import type { Entity } from '../core/extract/model/mention.ts';
import type { MeetingRecord, Retraction } from '../core/record/record.ts';

export type ArticleStatusName = 'stored' | 'normalised' | 'published' | 'failed';

export interface ArticleLinks {
  status: string;
  record?: string;
  atom: string;
  json: string;
}

/** 202 from POST /articles. */
export interface ArticleAccepted {
  articleId: string;
  meetingId: string;
  status: ArticleStatusName;
  duplicate: boolean;
  links: ArticleLinks;
}

/** 200 from GET /articles/{articleId}. */
export interface ArticleStatus {
  articleId: string;
  meetingId: string | null;
  status: ArticleStatusName;
  reason?: string;
  record: MeetingRecord | null;
  links: ArticleLinks;
}

/** 200 from POST /articles?dryRun=true. */
export interface DryRunAnswer {
  dryRun: true;
  articleId: string;
  meetingId: string;
  record: MeetingRecord;
  entities: Entity[];
  /** The article text the offsets index, when the server sends it (see docs/cli.md#preview). */
  text?: string;
}

/** 202 from DELETE /meetings/{meetingId}. */
export interface Retracted {
  meetingId: string;
  status: 'retracted';
  version: number;
  retracted: Retraction;
}

/** One article of GET /articles?mine=true. */
export interface ListedArticle {
  articleId: string;
  meetingId: string;
  receivedAt: string;
  status: ArticleStatusName;
  title?: string;
  reason?: string;
  links: ArticleLinks;
}

/** 200 from GET /articles?mine=true: a page, and the cursor of the next one (null: none). */
export interface ArticleList {
  articles: ListedArticle[];
  next: string | null;
}

/** POST /admin/rebuild: a page of stored articles sent back to normalise; `next` null after the last. */
export interface RebuildPage {
  queued: number;
  articleIds: string[];
  next: string | null;
}

export interface QueueDepth {
  waiting: number;
  inFlight: number;
}

/** GET /admin/queues. */
export interface QueueDepths {
  normalise: QueueDepth;
  publish: QueueDepth;
  normaliseDeadLetters: QueueDepth;
  publishDeadLetters: QueueDepth;
}

/** POST /admin/redrive: dead letters sent back per queue, and how many are left. */
export interface Redriven {
  moved: { normalise: number; publish: number };
  remaining: { normalise: number; publish: number };
}
