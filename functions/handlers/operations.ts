// The operators' routes (admin tokens only): POST /admin/rebuild sends a page of stored articles back through
// normalise (the current extractor, the editors' overrides kept: next-version.ts), POST /admin/redrive sends
// what the dead-letter queues hold back to their queues after a fix, GET /admin/queues says how much work
// is waiting. Each call does a bounded amount of work and says where to go on, so `meetings rebuild` and
// `meetings redrive` can show progress and resume after an interruption.

import { ClientError } from '../core/errors.ts';
import type { DeadLetterQueue, NormaliseQueue, QueueGauge, StoredArticleIds } from '../core/operations/ports.ts';
import type { PublishSignal } from '../core/publish/ports.ts';
import type { ApiEvent, ApiResult } from './api-event.ts';
import { apiRoutes } from './api-routes.ts';
import type { QueueDepths, RebuildPage, Redriven } from './api-responses.ts';
import { jsonResponse } from './http-response.ts';
import { meetingIdsFromMessages } from '../aws/publish-signal.ts';
import { articleIdsIn } from './normalise/s3-notification.ts';
import { consoleTelemetry, type Telemetry } from './telemetry.ts';

export interface OperationsDeps {
  articles: StoredArticleIds;
  normaliseQueue: NormaliseQueue;
  publishQueue: QueueGauge;
  publish: PublishSignal;
  normaliseDeadLetters: DeadLetterQueue;
  publishDeadLetters: DeadLetterQueue;
  telemetry?: Telemetry;
}

/** Articles a rebuild call sends at most: one S3 list page, and well inside API Gateway's 30 s. */
export const MAX_REBUILD_PAGE = 1000;
export const DEFAULT_REBUILD_PAGE = 200;
/** Dead letters one redrive call moves at most, per queue. */
export const MAX_REDRIVE = 100;
/** SQS hands out at most ten messages per receive. */
const RECEIVE_BATCH = 10;
const QUEUES = ['normalise', 'publish'] as const;

export function createOperationsHandler(deps: OperationsDeps) {
  const telemetry = deps.telemetry ?? consoleTelemetry;

  async function rebuild(event: ApiEvent): Promise<ApiResult> {
    const after = event.queryStringParameters?.after || null;
    const limit = count(event.queryStringParameters?.limit, 'limit', DEFAULT_REBUILD_PAGE, MAX_REBUILD_PAGE);
    const { articleIds, last } = await deps.articles.page(after, limit);
    if (articleIds.length > 0) await deps.normaliseQueue.enqueue(articleIds);
    const next = last ? null : (articleIds.at(-1) ?? null);
    telemetry.log('info', 'Rebuild: articles sent to normalise', { after, queued: articleIds.length, next });
    const page: RebuildPage = { queued: articleIds.length, articleIds, next };
    return jsonResponse(202, page);
  }

  async function redrive(event: ApiEvent): Promise<ApiResult> {
    const which = event.queryStringParameters?.queue;
    if (which !== undefined && !(QUEUES as readonly string[]).includes(which)) {
      throw new ClientError('invalid_field', `queue is "normalise" or "publish" (or absent for both), not "${which}".`);
    }
    const max = count(event.queryStringParameters?.max, 'max', MAX_REDRIVE, MAX_REDRIVE);
    const moved = { normalise: 0, publish: 0 };
    // Each batch is sent back before it is deleted: a failure in between leaves it in the dead-letter queue, and
    // sending it twice is harmless (normalise and publish are re-runnable).
    if (which !== 'publish') {
      while (moved.normalise < max) {
        const batch = await deps.normaliseDeadLetters.receive(Math.min(RECEIVE_BATCH, max - moved.normalise));
        if (batch.length === 0) break;
        const articleIds = [...new Set(batch.flatMap((message) => articleIdsIn(message.body, telemetry)))];
        if (articleIds.length > 0) await deps.normaliseQueue.enqueue(articleIds);
        await deps.normaliseDeadLetters.remove(batch.map((message) => message.receipt));
        moved.normalise += batch.length;
      }
    }
    if (which !== 'normalise') {
      while (moved.publish < max) {
        const batch = await deps.publishDeadLetters.receive(Math.min(RECEIVE_BATCH, max - moved.publish));
        if (batch.length === 0) break;
        // Publish regenerates what the signalled meetings touch; an unreadable body still triggers a full run.
        await deps.publish.signal(meetingIdsFromMessages(batch.map((message) => message.body)));
        await deps.publishDeadLetters.remove(batch.map((message) => message.receipt));
        moved.publish += batch.length;
      }
    }
    const remaining = {
      normalise: (await deps.normaliseDeadLetters.depth()).waiting,
      publish: (await deps.publishDeadLetters.depth()).waiting,
    };
    telemetry.log('info', 'Redrive: dead letters sent back', { moved, remaining });
    const redriven: Redriven = { moved, remaining };
    return jsonResponse(200, redriven);
  }

  async function queues(): Promise<ApiResult> {
    const depths: QueueDepths = {
      normalise: await deps.normaliseQueue.depth(),
      publish: await deps.publishQueue.depth(),
      normaliseDeadLetters: await deps.normaliseDeadLetters.depth(),
      publishDeadLetters: await deps.publishDeadLetters.depth(),
    };
    return jsonResponse(200, depths);
  }

  const routes = {
    'POST /admin/rebuild': { action: 'operate', run: rebuild },
    'POST /admin/redrive': { action: 'operate', run: redrive },
    'GET /admin/queues': { action: 'operate', run: queues },
  } as const;
  return apiRoutes(routes, telemetry, () => ({}));
}

/** A whole number from a query parameter, 1…max; absent, the default. */
function count(value: string | undefined, name: string, fallback: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new ClientError('invalid_field', `${name} is a whole number from 1 to ${max}, not "${value}".`);
  return n;
}
