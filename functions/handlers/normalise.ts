// Normalise: for each stored article (S3 "object created", delivered through SQS), parse it, extract
// the meeting and save its next version (conditional on the one read); then signal publish. Re-runnable:
// the same article gives the same record, and a newer article for the same meeting raises its version.

import type { SQSEvent } from 'aws-lambda';
import { ClientError } from '../core/errors.ts';
import type { Extractor } from '../core/extract/index.ts';
import { type ArticleStates, failedState, normalisedState } from '../core/intake/article-states.ts';
import type { RawArticles } from '../core/intake/raw-articles.ts';
import type { PublishSignal } from '../core/publish/ports.ts';
import { buildRecord } from '../core/record/build-record.ts';
import type { MeetingRepository } from '../core/record/meeting-repository.ts';
import type { PersonDirectory } from '../core/record/persons/link-persons.ts';
import { versionFromArticle } from '../core/record/next-version.ts';
import { saveWithRetry } from '../core/record/save-with-retry.ts';
import { inProcessExtraction, type RunExtraction } from './extraction.ts';
import { normaliseBatch } from './normalise/batch.ts';
import { withPersons } from './normalise/persons.ts';
import { submissionOf } from './normalise/stored-submission.ts';
import { consoleTelemetry, type Telemetry } from './telemetry.ts';

export interface NormaliseDeps {
  meetings: MeetingRepository;
  articleStates: Pick<ArticleStates, 'putArticle'>;
  articles: Pick<RawArticles, 'get'>;
  publish: PublishSignal;
  /**
   * The persons directory: participants are linked to the persons they are across articles (normalise/persons.ts).
   * The Lambda entry and the local runtime always give it; without it participants carry no person id.
   */
  persons?: PersonDirectory;
  /** The extractor (default: the process's, loaded with its dictionaries on the first article). */
  extractor?: () => Extractor | Promise<Extractor>;
  /** How extraction is run; default: `extractor` in this thread (the Lambda entry and the local runtime pass a budgeted worker). */
  runExtraction?: RunExtraction;
  /** Log lines and metrics (articles normalised, not a meeting, failed); default: JSON lines on stdout, no metrics. */
  telemetry?: Telemetry;
  now?: () => Date;
}

export function createNormaliseHandler(deps: NormaliseDeps) {
  const now = deps.now ?? (() => new Date());
  const telemetry = deps.telemetry ?? consoleTelemetry;
  const runExtraction = deps.runExtraction ?? inProcessExtraction(deps.extractor, telemetry);
  // Each call spelled out, so the least-privilege analysis (tests/infra) sees what normalise sends.
  const meetings: MeetingRepository = {
    getMeeting: (id) => deps.meetings.getMeeting(id),
    saveMeeting: (meeting, previous) => deps.meetings.saveMeeting(meeting, previous),
  };

  /** Returns the meeting id to publish, or null when there is none (no such article, or it no longer parses). */
  async function normaliseArticle(articleId: string): Promise<string | null> {
    const raw = await deps.articles.get(articleId);
    if (!raw) {
      telemetry.log('warn', 'Notified article is not in the raw store; skipping', { articleId });
      return null;
    }
    const { meetingId, receivedAt } = raw;
    const submission = await submissionOf(raw);
    if (submission instanceof ClientError) {
      await deps.articleStates.putArticle(failedState(raw, submission.message, now()));
      telemetry.metric('articlesFailed', 1);
      telemetry.log('warn', 'Stored article no longer parses; recorded as failed', { articleId, meetingId, reason: submission.message });
      return null;
    }
    const extraction = await runExtraction({ text: submission.text, language: submission.language, publishedAt: submission.publishedAt }, { articleId });
    const context = { id: meetingId, articleId, version: 0, createdAt: receivedAt, submittedBy: raw.submittedBy };
    const built = buildRecord(submission, extraction, { ...context, updatedAt: now().toISOString() });
    // Persons are linked on the record's participants: the extraction's, or the ones the editor sent with the article.
    const record = await withPersons(built, extraction, deps);
    const { stored, saved } = await saveWithRetry(meetings, meetingId, (existing) => versionFromArticle(existing, receivedAt, () => record));
    if (saved) telemetry.log('info', 'Meeting saved', { articleId, meetingId, version: stored?.record.version });
    const meetingVersion = stored?.record.version ?? 0;
    const isMeeting = stored?.record.isMeeting ?? extraction.isMeeting;
    await deps.articleStates.putArticle(normalisedState(raw, meetingVersion, now()));
    telemetry.metric('articlesNormalised', 1);
    if (!isMeeting) telemetry.metric('articlesNotMeeting', 1);
    telemetry.log('info', 'Article normalised', { articleId, meetingId, meetingVersion, isMeeting });
    return meetingId;
  }

  async function recordFailure(articleId: string, reason: string): Promise<void> {
    try {
      const raw = await deps.articles.get(articleId);
      await deps.articleStates.putArticle(failedState({ articleId, meetingId: raw?.meetingId ?? '', receivedAt: raw?.receivedAt ?? now().toISOString() }, reason, now()));
      telemetry.metric('articlesFailed', 1);
    } catch (recordError) {
      telemetry.log('error', 'Could not record the failure', { articleId, error: String(recordError) });
    }
  }

  return (event: SQSEvent) => normaliseBatch(event, { normalise: normaliseArticle, recordFailure, signal: (ids) => deps.publish.signal(ids), telemetry });
}
