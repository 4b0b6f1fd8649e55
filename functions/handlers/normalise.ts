// Normalise: for each stored article (S3 "object created", delivered through SQS), parse it, extract
// the meeting and write the record with a conditional put; then signal publish. Re-runnable: the same
// article gives the same record, and a newer article for the same meeting raises its version.

import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { articleIdFromKey } from '../aws/article-store.ts';
import { MAX_RECEIVE_COUNT } from '../aws/resources.ts';
import { buildRecord } from '../core/record/build-record.ts';
import { ClientError } from '../core/errors.ts';
import type { Extractor } from '../core/extract/index.ts';
import type { ArticleStates } from '../core/intake/article-states.ts';
import type { RawArticles } from '../core/intake/raw-articles.ts';
import { parseSubmission } from '../core/intake/submission.ts';
import type { PublishSignal } from '../core/publish/ports.ts';
import type { MeetingRepository } from '../core/record/meeting-repository.ts';
import { versionFromArticle } from '../core/record/next-version.ts';
import { saveWithRetry } from '../core/record/save-with-retry.ts';
import { loadExtractor } from '../dictionaries/load-dictionaries.ts';
import { inProcessExtraction, type RunExtraction } from './extraction.ts';
import { consoleTelemetry, type Telemetry } from './telemetry.ts';

export interface NormaliseDeps {
  meetings: MeetingRepository;
  articleStates: Pick<ArticleStates, 'putArticle'>;
  articles: Pick<RawArticles, 'get'>;
  publish: PublishSignal;
  /** The extractor (default: the process's, dictionaries read from disk on first use). */
  extractor?: () => Extractor;
  /**
   * How extraction is run; default: `extractor` in this thread. The Lambda entry and the local runtime pass a
   * worker with a time budget per article (`budgetedExtraction`), so one slow article cannot stall anything.
   */
  runExtraction?: RunExtraction;
  /** Log lines and metrics (articles normalised, not a meeting, failed); default: JSON lines on stdout, no metrics. */
  telemetry?: Telemetry;
  now?: () => Date;
}

interface S3Notification {
  Event?: string;
  Records?: { eventName?: string; s3?: { object?: { key?: string } } }[];
}

export function createNormaliseHandler(deps: NormaliseDeps) {
  const now = deps.now ?? (() => new Date());
  const telemetry = deps.telemetry ?? consoleTelemetry;
  const log: Telemetry['log'] = (level, message, fields) => telemetry.log(level, message, fields);
  const runExtraction = deps.runExtraction ?? inProcessExtraction(deps.extractor ?? loadExtractor, telemetry);
  // Each call spelled out, so the least-privilege analysis (tests/infra) sees what normalise sends.
  const meetings: MeetingRepository = {
    getMeeting: (id) => deps.meetings.getMeeting(id),
    saveMeeting: (meeting, previous) => deps.meetings.saveMeeting(meeting, previous),
  };

  /** Returns the meeting id the article belongs to, or null when the article could not be parsed. */
  async function normaliseArticle(articleId: string): Promise<string | null> {
    const raw = await deps.articles.get(articleId);
    if (!raw) {
      log('warn', 'Notified article is not in the raw store; skipping', { articleId });
      return null;
    }
    let submission: ReturnType<typeof parseSubmission>;
    try {
      submission = parseSubmission(raw.body, raw.contentType);
    } catch (error) {
      if (!(error instanceof ClientError)) throw error;
      // Ingest validated it already, so this only happens after a parser change: record why, do not retry.
      await deps.articleStates.putArticle({
        articleId,
        meetingId: raw.meetingId,
        status: 'failed',
        reason: error.message,
        receivedAt: raw.receivedAt,
        processedAt: now().toISOString(),
      });
      telemetry.metric('articlesFailed', 1);
      log('warn', 'Stored article no longer parses; recorded as failed', { articleId, meetingId: raw.meetingId, reason: error.message });
      return null;
    }
    const extraction = await runExtraction({ text: submission.text, language: submission.language, publishedAt: submission.publishedAt }, { articleId });

    const draft = () =>
      buildRecord(submission, extraction, {
        id: raw.meetingId,
        articleId,
        version: 0,
        createdAt: raw.receivedAt,
        updatedAt: now().toISOString(),
        submittedBy: raw.submittedBy,
      });
    const { stored, saved } = await saveWithRetry(meetings, raw.meetingId, (existing) => versionFromArticle(existing, raw.receivedAt, draft));
    if (saved) log('info', 'Meeting saved', { articleId, meetingId: raw.meetingId, version: stored?.record.version });
    const meetingVersion = stored?.record.version ?? 0;
    const isMeeting = stored?.record.isMeeting ?? extraction.isMeeting;
    await deps.articleStates.putArticle({
      articleId,
      meetingId: raw.meetingId,
      meetingVersion,
      status: 'normalised',
      receivedAt: raw.receivedAt,
      processedAt: now().toISOString(),
    });
    telemetry.metric('articlesNormalised', 1);
    if (!isMeeting) telemetry.metric('articlesNotMeeting', 1);
    log('info', 'Article normalised', { articleId, meetingId: raw.meetingId, meetingVersion, isMeeting });
    return raw.meetingId;
  }

  async function recordFailure(articleId: string, error: unknown): Promise<void> {
    try {
      const raw = await deps.articles.get(articleId);
      await deps.articleStates.putArticle({
        articleId,
        meetingId: raw?.meetingId ?? '',
        status: 'failed',
        reason: `Normalising failed ${MAX_RECEIVE_COUNT} times (${String(error).slice(0, 300)}); the article is kept and can be re-run from the dead-letter queue.`,
        receivedAt: raw?.receivedAt ?? now().toISOString(),
        processedAt: now().toISOString(),
      });
      telemetry.metric('articlesFailed', 1);
    } catch (recordError) {
      log('error', 'Could not record the failure', { articleId, error: String(recordError) });
    }
  }

  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const failed: string[] = [];
    const succeeded: string[] = [];
    const meetingIds = new Set<string>();
    for (const message of event.Records) {
      const lastDelivery = Number(message.attributes?.ApproximateReceiveCount ?? 1) >= MAX_RECEIVE_COUNT;
      let articleId = '';
      try {
        for (articleId of articleIdsIn(message.body, telemetry)) {
          const meetingId = await normaliseArticle(articleId);
          if (meetingId) meetingIds.add(meetingId);
        }
        succeeded.push(message.messageId);
      } catch (error) {
        log('error', lastDelivery ? 'Normalising failed for the last time' : 'Normalising failed; SQS will redeliver', {
          messageId: message.messageId,
          articleId,
          error: String(error),
        });
        failed.push(message.messageId);
        // The message goes to the dead-letter queue next: say so where the editor looks.
        if (lastDelivery && articleId) await recordFailure(articleId, error);
      }
    }
    if (meetingIds.size > 0) {
      try {
        await deps.publish.signal([...meetingIds]);
      } catch (error) {
        // Without the signal the change would sit unpublished: fail the messages so SQS runs them again
        // (the re-run changes nothing and signals again).
        log('error', 'Publish signal failed; redelivering the batch', { meetingIds: [...meetingIds], error: String(error) });
        failed.push(...succeeded);
      }
    }
    return { batchItemFailures: failed.map((itemIdentifier) => ({ itemIdentifier })) };
  };
}

/** Article ids in one SQS message body holding an S3 event notification (test events hold none). */
export function articleIdsIn(body: string, telemetry: Telemetry = consoleTelemetry): string[] {
  let notification: S3Notification;
  try {
    notification = JSON.parse(body) as S3Notification;
  } catch {
    telemetry.log('warn', 'Ignoring a message that is not an S3 notification', { body: body.slice(0, 200) });
    return [];
  }
  if (notification.Event === 's3:TestEvent') return [];
  return (notification.Records ?? [])
    .filter((record) => record.eventName?.startsWith('ObjectCreated:'))
    .map((record) => articleIdFromKey(record.s3?.object?.key ?? ''))
    .filter((id): id is string => id !== null);
}
