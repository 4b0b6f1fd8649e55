// Where the local runtime parks a message its queue gave up on (the local stand-in for a dead-letter queue):
// one JSON line per message in a file under DATA_DIR, so it outlives the process and an operator can read it,
// and a log line on stderr with the reason.

import { appendFile } from 'node:fs/promises';
import type { Log } from './log.ts';

/** A message that failed on every delivery, as the dead-letter queue would keep it, with why. */
export interface DeadLetter {
  /** The local queue it came from: `normalise`, `publish`. */
  queue: string;
  /** What it was about, for a person: a raw article's key, the meeting ids of a publish. */
  subject: string;
  /** The message bodies, as SQS would move them to the dead-letter queue. */
  bodies: string[];
  receiveCount: number;
  /** The last delivery's error. */
  reason: string;
  deadLetteredAt: string;
}

export interface DeadLetterPark {
  park(letter: DeadLetter, error: unknown): Promise<void>;
}

export class DeadLetters implements DeadLetterPark {
  /** `file`: a JSON Lines file to append to; without one, the log line is all that is kept. */
  constructor(private readonly options: { log: Log; file?: string }) {}

  async park(letter: DeadLetter, error: unknown): Promise<void> {
    const { file, log } = this.options;
    let keptIn = 'the log only';
    if (file) {
      try {
        await appendFile(file, `${JSON.stringify(letter)}\n`);
        keptIn = file;
      } catch (writeError) {
        log(`${letter.queue}: could not write the dead letter to ${file}`, writeError);
      }
    }
    log(`${letter.queue}: ${letter.subject} dead-lettered after ${letter.receiveCount} deliveries (${letter.reason}); kept in ${keptIn}`, error);
  }
}
