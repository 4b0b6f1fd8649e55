// Runs the extractor in a worker thread (node:worker_threads), one article at a time, with a time budget per
// article. The thread that asks (the local runtime's request loop, or the normalise Lambda's handler) never runs
// extraction itself, so it keeps answering while an article is read; an article that takes longer than its
// budget has its worker terminated (the only way to stop synchronous code) and is reported as timed out, and
// the next article gets a fresh worker. The caller degrades (functions/handlers/extraction.ts).
//
// The worker runs extractor-thread.ts: from the source tree (tsx, vitest) through a bootstrap that registers
// tsx's loader first; in Lambda as its own bundle beside the handler's (workerEntry below).

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Extraction, ExtractionInput } from '../core/extract/index.ts';

/** Set in workerData: the thread serves extraction (extractor-thread.ts) only when started by WorkerExtractor. */
export const WORKER_FLAG = 'meetingFeedsExtractorWorker';
/** The worker's file beside a Lambda bundle's index.mjs. */
export const WORKER_BUNDLE = 'extractor-worker.mjs';

/** Default budget per article: extraction is linear (ordinary articles take milliseconds), this is a safety net. */
export const DEFAULT_EXTRACTION_BUDGET_MS = 5_000;

export type ExtractionOutcome =
  | { status: 'done'; extraction: Extraction }
  | { status: 'failed'; error: string; stack?: string }
  | { status: 'timeout'; budgetMs: number };

export interface ExtractionRunner {
  /**
   * Extracts one article off the calling thread; resolves with what happened, rejects only if no extractor could
   * be loaded. An urgent article (a dry run, someone is waiting for the answer) goes before queued ones.
   */
  run(input: ExtractionInput, options?: { urgent?: boolean }): Promise<ExtractionOutcome>;
  /** Stops the worker (pending articles are rejected). */
  close(): Promise<void>;
}

export interface WorkerExtractorOptions {
  /** Milliseconds one article may take once the worker has it; then it is stopped. */
  budgetMs?: number;
  /**
   * A module (file URL or absolute path) whose `loadExtractor()` makes the extractor inside the worker; default
   * the dictionaries read from disk. Tests use it to stand in an extractor that never finishes.
   */
  extractorModule?: string;
  /**
   * The worker's bundle (WORKER_BUNDLE beside a Lambda entry's index.mjs: the entry passes
   * `new URL('./extractor-worker.mjs', import.meta.url)`). Absent, the worker runs from the TypeScript sources.
   */
  workerFile?: URL;
}

/** `EXTRACTION_BUDGET_MS` as a positive whole number of milliseconds (the default when unset). */
export function budgetFromEnvironment(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_EXTRACTION_BUDGET_MS;
  const budget = Number(value);
  if (!Number.isInteger(budget) || budget <= 0) {
    throw new Error(`EXTRACTION_BUDGET_MS must be a whole number of milliseconds above 0; got "${value}".`);
  }
  return budget;
}

interface Job {
  input: ExtractionInput;
  resolve: (outcome: ExtractionOutcome) => void;
  reject: (error: Error) => void;
}

export type FromWorker =
  | { type: 'ready' }
  | { type: 'load-error'; error: string }
  | { type: 'result'; id: number; extraction: Extraction }
  | { type: 'error'; id: number; error: string; stack?: string };

interface Running {
  worker: Worker;
  ready: Promise<void>;
}

export class WorkerExtractor implements ExtractionRunner {
  private readonly budgetMs: number;
  private readonly queue: Job[] = [];
  private running: Running | undefined;
  private busy = false;
  private nextId = 1;

  constructor(private readonly options: WorkerExtractorOptions = {}) {
    this.budgetMs = options.budgetMs ?? DEFAULT_EXTRACTION_BUDGET_MS;
  }

  run(input: ExtractionInput, options: { urgent?: boolean } = {}): Promise<ExtractionOutcome> {
    return new Promise((resolve, reject) => {
      const job = { input, resolve, reject };
      if (options.urgent) this.queue.unshift(job);
      else this.queue.push(job);
      void this.pump();
    });
  }

  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new Error('The extractor worker was closed.'));
    const running = this.running;
    this.running = undefined;
    if (running) await running.worker.terminate();
  }

  private async pump(): Promise<void> {
    if (this.busy) return;
    const job = this.queue.shift();
    if (!job) return;
    this.busy = true;
    try {
      job.resolve(await this.runOne(job.input));
    } catch (error) {
      job.reject(error instanceof Error ? error : new Error(String(error)));
    } finally {
      this.busy = false;
      void this.pump();
    }
  }

  private async runOne(input: ExtractionInput): Promise<ExtractionOutcome> {
    const running = this.start();
    try {
      await running.ready;
    } catch (error) {
      this.discard(running);
      throw error;
    }
    const id = this.nextId++;
    const { worker } = running;
    return await new Promise<ExtractionOutcome>((resolve) => {
      const settle = (outcome: ExtractionOutcome) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(outcome);
      };
      const onMessage = (message: FromWorker) => {
        if (message.type === 'result' && message.id === id) settle({ status: 'done', extraction: message.extraction });
        if (message.type === 'error' && message.id === id) settle({ status: 'failed', error: message.error, stack: message.stack });
      };
      // An uncaught error or a crash of the thread (out of memory, say) fails this article; the next gets a new worker.
      const onError = (error: Error) => {
        this.discard(running);
        settle({ status: 'failed', error: String(error), stack: error.stack });
      };
      const onExit = (code: number) => {
        this.discard(running);
        settle({ status: 'failed', error: `The extractor worker exited with code ${code}.` });
      };
      const timer = setTimeout(() => {
        this.discard(running);
        settle({ status: 'timeout', budgetMs: this.budgetMs });
      }, this.budgetMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.ref();
      worker.postMessage({ id, input });
    }).finally(() => {
      // An idle worker does not keep the process (or a Lambda invocation's event loop) alive.
      if (this.running === running) worker.unref();
    });
  }

  private start(): Running {
    if (this.running) return this.running;
    const { filename, evalCode } = workerEntry(this.options.workerFile);
    const worker = new Worker(filename, {
      eval: evalCode,
      // The thread inherits the process's options; `--input-type` (a process started with `-e`) is refused there.
      execArgv: process.execArgv.filter((option) => !option.startsWith('--input-type')),
      workerData: { [WORKER_FLAG]: true, extractorModule: this.options.extractorModule ?? null },
    });
    const ready = new Promise<void>((resolve, reject) => {
      const onMessage = (message: FromWorker) => {
        if (message.type === 'ready') done(() => resolve());
        if (message.type === 'load-error') done(() => reject(new Error(`The extractor could not be loaded in its worker: ${message.error}`)));
      };
      const onError = (error: Error) => done(() => reject(new Error(`The extractor worker failed to start: ${error.message}`, { cause: error })));
      const onExit = (code: number) => done(() => reject(new Error(`The extractor worker exited with code ${code} while starting.`)));
      const done = (then: () => void) => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        then();
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
    });
    // Handled by runOne; this keeps a failed start from being an unhandled rejection meanwhile.
    ready.catch(() => {});
    const running = { worker, ready };
    // Between articles too: a worker that fails or exits is dropped (an unheard 'error' would end the process).
    worker.on('error', () => this.discard(running));
    worker.on('exit', () => {
      if (this.running === running) this.running = undefined;
    });
    this.running = running;
    return running;
  }

  private discard(running: Running): void {
    if (this.running === running) this.running = undefined;
    void running.worker.terminate();
  }
}

/**
 * How to start the worker: in a Lambda bundle, the extractor's own bundle beside it (extractor-worker.mjs,
 * built with it by infra/lambda-bundle.ts, so the handler's code carries no extractor); from the TypeScript
 * sources (tsx, vitest), extractor-thread.ts through a bootstrap that registers tsx's loader first.
 */
function workerEntry(workerFile: URL | undefined): { filename: string | URL; evalCode: boolean } {
  if (workerFile) return { filename: workerFile, evalCode: false };
  const self = import.meta.url;
  if (!/\.[cm]?ts$/.test(new URL(self).pathname)) throw new Error('In a bundle, WorkerExtractor needs the worker bundle (options.workerFile).');
  // A fresh thread has no TypeScript loader, so register tsx's before importing the thread's module.
  const tsxRoot = dirname(createRequire(self).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  const thread = new URL('./extractor-thread.ts', self).href;
  const code = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(thread)}); });`;
  return { filename: code, evalCode: true };
}
