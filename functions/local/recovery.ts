// What the local runtime does on start so that a killed process (SIGKILL, a power cut of the laptop) loses
// nothing it acknowledged. On AWS the queues keep this work across any outage; here they live in memory, so it is
// recomputed from what is stored:
// - a raw article with no article state was stored (202) but never normalised: its notification is delivered again;
// - a meeting whose `publishedVersion` is behind its `version` was changed (a normalised article, a retraction) but
//   the publish signal was lost: publish is signalled for it.
// One article that cannot be read is logged and skipped; the scan goes on.

import type { Adapters } from '../aws/adapters.ts';
import { articleKey } from '../aws/article-store.ts';
import type { PublishSignal } from '../core/publish/ports.ts';
import type { Log } from './log.ts';
import type { S3ToSqsBridge } from './s3-to-sqs.ts';

export interface RecoveryReport {
  articles: number;
  redelivered: number;
  publishSignalled: number;
  unreadable: string[];
}

export interface RecoveryDeps {
  adapters: Pick<Adapters, 'articles' | 'articleStates' | 'meetings'>;
  rawBucket: string;
  deliver: S3ToSqsBridge['onS3Event'];
  publish: PublishSignal;
  log: Log;
}

export async function recoverUnfinishedWork({ adapters, rawBucket, deliver, publish, log }: RecoveryDeps): Promise<RecoveryReport> {
  const report: RecoveryReport = { articles: 0, redelivered: 0, publishSignalled: 0, unreadable: [] };
  const meetingIds = new Set<string>();
  try {
    for await (const articleId of adapters.articles.listIds()) {
      report.articles += 1;
      try {
        const state = await adapters.articleStates.getArticle(articleId);
        if (state) {
          if (state.status === 'normalised' && state.meetingId) meetingIds.add(state.meetingId);
          continue;
        }
        report.redelivered += 1;
        deliver({ Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: rawBucket }, object: { key: articleKey(articleId) } } }] });
      } catch (error) {
        report.unreadable.push(articleId);
        log(`recovery: could not check article ${articleId}; skipping it`, error);
      }
    }
  } catch (error) {
    log(`recovery: listing the stored articles failed after ${report.articles}; the rest are checked on the next start`, error);
  }

  const behind: string[] = [];
  for (const meetingId of meetingIds) {
    try {
      const stored = await adapters.meetings.getMeeting(meetingId);
      if (stored && (stored.publishedVersion ?? 0) < stored.record.version) behind.push(meetingId);
    } catch (error) {
      log(`recovery: could not read meeting ${meetingId}; skipping it`, error);
    }
  }
  if (behind.length > 0) {
    report.publishSignalled = behind.length;
    await publish.signal(behind);
  }
  if (report.redelivered > 0) log(`recovery: ${report.redelivered} stored article(s) had not been normalised; delivering them again`);
  if (report.publishSignalled > 0) log(`recovery: ${report.publishSignalled} meeting(s) changed but not yet published; publishing them`);
  return report;
}
