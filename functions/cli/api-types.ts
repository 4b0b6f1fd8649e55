// What the editors' API answers, as the CLI reads it: the types of the schemas the handlers answer with
// (functions/handlers/api-responses.ts, the source of docs/openapi.yaml), imported as types only.

import type { z } from 'zod';
import type {
  ArticleAccepted as Accepted,
  ArticleListAnswer,
  ArticleStatusAnswer,
  DryRunAnswer as DryRun,
  listedArticleSchema,
  QueueDepths as Depths,
  RebuildPage as Rebuild,
  Redriven as Redrive,
  RetractedAnswer,
} from '../handlers/api-responses.ts';

export type ArticleStatusName = ArticleStatusAnswer['status'];

/** 202 from POST /articles. */
export type ArticleAccepted = Accepted;

/** 200 from GET /articles/{articleId}. */
export type ArticleStatus = ArticleStatusAnswer;

/** 200 from POST /articles?dryRun=true. */
export type DryRunAnswer = DryRun;

/** 202 from DELETE /meetings/{meetingId}. */
export type Retracted = RetractedAnswer;

/** One article of GET /articles?mine=true. */
export type ListedArticle = z.infer<typeof listedArticleSchema>;

/** 200 from GET /articles?mine=true: a page, and the cursor of the next one (null: none). */
export type ArticleList = ArticleListAnswer;

/** POST /admin/rebuild: a page of stored articles sent back to normalise; `next` null after the last. */
export type RebuildPage = Rebuild;

export type QueueDepth = QueueDepths['normalise'];

/** GET /admin/queues. */
export type QueueDepths = Depths;

/** POST /admin/redrive: dead letters sent back per queue, and how many are left. */
export type Redriven = Redrive;
