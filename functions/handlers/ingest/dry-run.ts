// POST /articles?dryRun=true: the record the submission would make, extracted and built as normalise
// would, and nothing stored. The record builder is loaded on the first dry run only, so plain submissions
// and status reads keep a fast cold start.

import type { Submission } from '../../core/intake/submission.ts';
import type { RecordContext } from '../../core/record/build-record.ts';
import type { ApiResult } from '../api-event.ts';
import type { DryRunAnswer } from '../api-responses.ts';
import type { RunExtraction } from '../extraction.ts';
import { jsonResponse } from '../http-response.ts';
import type { Telemetry } from '../telemetry.ts';

export async function dryRun(submission: Submission, context: Omit<RecordContext, 'version'>, extract: RunExtraction, telemetry: Telemetry): Promise<ApiResult> {
  const { articleId, id: meetingId } = context;
  const input = { text: submission.text, language: submission.language, publishedAt: submission.publishedAt };
  const [extraction, { buildRecord }] = await Promise.all([extract(input, { articleId, dryRun: true }), import('../../core/record/build-record.ts')]);
  // Version 0: nothing is stored, so the record has no version yet.
  const record = { ...buildRecord(submission, extraction, { ...context, version: 0 }), version: 0 as const };
  telemetry.log('info', 'Dry run answered', { articleId, meetingId, isMeeting: record.isMeeting });
  // `text`: the article as intake read it (a page's main content, rendered Markdown), which every mention
  // offset in `record` and `entities` points into; the editor page and `meetings preview` highlight it.
  const answer: DryRunAnswer = { dryRun: true, articleId, meetingId, text: submission.text, record, entities: extraction.entities };
  return jsonResponse(200, answer);
}
