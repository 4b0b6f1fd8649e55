// What the local runtime does on start so that a killed process (SIGKILL, a power cut of the laptop) loses
// nothing it acknowledged. On AWS the queues keep this work across any outage; here they live in memory, so it is
// recomputed from what is stored:
// - a raw article with no article state was stored (202) but never normalised: its notification is delivered again;
// - a meeting whose `publishedVersion` is behind its `version` was changed (a normalised article, a retraction) but
//   the publish signal was lost: publish is signalled for it.
// One article that cannot be read is logged and skipped; the scan goes on.

import type { Adapters } from '../aws/adapters.ts';
import type { NormaliseQueue } from '../core/operations/ports.ts';
import type { PublishSignal } from '../core/publish/ports.ts';
import type { Log } from './log.ts';

export interface RecoveryDeps {
  adapters: Pick<Adapters, 'articles' | 'articleStates' | 'meetings'>;
  /** Where a stored but never normalised article is sent again (the local normalise queue). */
  normalise: Pick<NormaliseQueue, 'enqueue'>;
  publish: PublishSignal;
  log: Log;
}

/** Resumes what a stopped process left unfinished; what it did (and what it could not check) is in the log. */
export async function recoverUnfinishedWork({ adapters, normalise, publish, log }: RecoveryDeps): Promise<void> {
  let articles = 0;
  const unnormalised: string[] = [];
  const meetingIds = new Set<string>();
  try {
    for await (const articleId of adapters.articles.listIds()) {
      articles += 1;
      try {
        const state = await adapters.articleStates.getArticle(articleId);
        if (!state) unnormalised.push(articleId);
        else if (state.status === 'normalised' && state.meetingId) meetingIds.add(state.meetingId);
      } catch (error) {
        log(`recovery: could not check article ${articleId}; skipping it`, error);
      }
    }
  } catch (error) {
    log(`recovery: listing the stored articles failed after ${articles}; the rest are checked on the next start`, error);
  }
  if (unnormalised.length > 0) {
    log(`recovery: ${unnormalised.length} stored article(s) had not been normalised; delivering them again`);
    await normalise.enqueue(unnormalised);
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
    log(`recovery: ${behind.length} meeting(s) changed but not yet published; publishing them`);
    await publish.signal(behind);
  }
}
