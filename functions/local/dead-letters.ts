// Where the local runtime parks a message its queue gave up on (the local stand-in for a dead-letter queue):
// one JSON line per message in a file under DATA_DIR, so it outlives the process and an operator can read it,
// and a log line on stderr with the reason. A redrive (POST /admin/redrive, `meetings redrive`) reads the
// lines of one queue back and deletes them once their work is sent again.

import { createHash } from 'node:crypto';
import { appendFile, readFile, rename, writeFile } from 'node:fs/promises';
import type { DeadLetterMessage, DeadLetterQueue, QueueDepth } from '../core/operations/ports.ts';
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

/** A line's receipt: its hash, so lines written by earlier releases (which had no id) can be deleted too. */
const receiptOf = (line: string) => createHash('sha256').update(line).digest('hex').slice(0, 32);

export class DeadLetters implements DeadLetterPark {
  /** Reads and rewrites of the file, one at a time: a letter parked during a redrive is never lost. */
  private chain: Promise<unknown> = Promise.resolve();

  /** `file`: a JSON Lines file to append to; without one, the log line is all that is kept. */
  constructor(private readonly options: { log: Log; file?: string }) {}

  async park(letter: DeadLetter, error: unknown): Promise<void> {
    const { file, log } = this.options;
    let keptIn = 'the log only';
    if (file) {
      try {
        await this.serially(() => appendFile(file, `${JSON.stringify(letter)}\n`));
        keptIn = file;
      } catch (writeError) {
        log(`${letter.queue}: could not write the dead letter to ${file}`, writeError);
      }
    }
    log(`${letter.queue}: ${letter.subject} dead-lettered after ${letter.receiveCount} deliveries (${letter.reason}); kept in ${keptIn}`, error);
  }

  /** The dead-letter queue of one local queue, as a redrive reads it. */
  queue(name: string): DeadLetterQueue {
    return {
      receive: (max) => this.serially(async () => (await this.lines(name)).slice(0, max).flatMap(({ line, letter }) => messagesOf(line, letter))),
      remove: (receipts) => this.serially(() => this.removeLines(new Set(receipts))),
      depth: () => this.serially(async (): Promise<QueueDepth> => ({ waiting: (await this.lines(name)).length, inFlight: 0 })),
    };
  }

  private serially<T>(step: () => Promise<T>): Promise<T> {
    const run = this.chain.then(step, step);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async lines(queue: string): Promise<{ line: string; letter: DeadLetter }[]> {
    return (await this.readLines()).flatMap((line) => {
      try {
        const letter = JSON.parse(line) as DeadLetter;
        return letter.queue === queue ? [{ line, letter }] : [];
      } catch {
        return []; // A torn last line (a crash mid-append) is left for a person to read.
      }
    });
  }

  private async readLines(): Promise<string[]> {
    if (!this.options.file) return [];
    try {
      return (await readFile(this.options.file, 'utf8')).split('\n').filter((line) => line.trim() !== '');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  /** Rewrites the file without the given lines, whole (a temporary file renamed over it). */
  private async removeLines(receipts: Set<string>): Promise<void> {
    const { file } = this.options;
    if (!file || receipts.size === 0) return;
    const kept = (await this.readLines()).filter((line) => !receipts.has(receiptOf(line)));
    await writeFile(`${file}.tmp`, kept.map((line) => `${line}\n`).join(''));
    await rename(`${file}.tmp`, file);
  }
}

/** One message per body, all with the line's receipt (a publish letter holds every signal of its run). */
function messagesOf(line: string, letter: DeadLetter): DeadLetterMessage[] {
  return letter.bodies.map((body) => ({ receipt: receiptOf(line), body }));
}
