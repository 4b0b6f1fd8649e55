// The extraction worker: articles are extracted off the calling thread; one that outruns its budget is
// stopped and reported, and the next article gets a fresh worker.

import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { budgetFromEnvironment, DEFAULT_EXTRACTION_BUDGET_MS, WorkerExtractor } from '../../functions/dictionaries/extractor-worker.ts';
import { budgetedExtraction, EXTRACTION_FAILED_WARNING } from '../../functions/handlers/extraction.ts';
import { CRASH_IN_EXTRACTION, STALL_FOREVER, THROW_IN_EXTRACTION } from '../support/stalling-extractor.ts';

const stallingModule = fileURLToPath(new URL('../support/stalling-extractor.ts', import.meta.url));
const ARTICLE = 'Министр иностранных дел России Сергей Лавров встретился в Москве с министром иностранных дел Турции Хаканом Фиданом.';

describe('WorkerExtractor', () => {
  let worker: WorkerExtractor | undefined;
  afterEach(async () => {
    await worker?.close();
    worker = undefined;
  });

  it('extracts in a worker thread while this thread keeps running', async () => {
    worker = new WorkerExtractor({ budgetMs: 60_000, extractorModule: stallingModule });
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 1);
    const outcome = await worker.run({ text: ARTICLE, language: 'ru' });
    clearInterval(ticker);
    expect(outcome.status).toBe('done');
    if (outcome.status !== 'done') return;
    expect(outcome.extraction.isMeeting).toBe(true);
    // Loading the dictionaries in the worker takes a while; this thread's timers ran meanwhile.
    expect(ticks).toBeGreaterThan(0);
  }, 60_000);

  it('stops an article that outruns its budget, reports it, and goes on with a fresh worker', async () => {
    worker = new WorkerExtractor({ budgetMs: 300, extractorModule: stallingModule });
    const [stalled, next] = await Promise.all([
      worker.run({ text: `${STALL_FOREVER} ${ARTICLE}`, language: 'ru' }),
      worker.run({ text: ARTICLE, language: 'ru' }),
    ]);
    expect(stalled).toEqual({ status: 'timeout', budgetMs: 300 });
    // The budget counts from when the worker has the article; the dictionaries' loading is not in it, so the
    // second article may still run out of a 300 ms budget on a slow machine: accept either, never a hang.
    expect(['done', 'timeout']).toContain(next.status);
  }, 60_000);

  it('reports a throwing extractor as failed, and budgetedExtraction turns it into a warning', async () => {
    worker = new WorkerExtractor({ budgetMs: 60_000, extractorModule: stallingModule });
    const outcome = await worker.run({ text: THROW_IN_EXTRACTION, language: 'en' });
    expect(outcome).toMatchObject({ status: 'failed', error: expect.stringContaining('a step failed') });
    const extraction = await budgetedExtraction(worker)({ text: THROW_IN_EXTRACTION, language: 'en' }, { articleId: 'a1' });
    expect(extraction.isMeeting).toBe(false);
    expect(extraction.warnings).toEqual([EXTRACTION_FAILED_WARNING]);
  }, 60_000);

  it('reports an article whose worker thread exits as failed, and goes on with a fresh worker', async () => {
    worker = new WorkerExtractor({ budgetMs: 10_000, extractorModule: stallingModule });

    const crashed = await worker.run({ text: `${CRASH_IN_EXTRACTION} ${ARTICLE}`, language: 'ru' });
    const next = await worker.run({ text: ARTICLE, language: 'ru' });

    expect(crashed).toEqual({ status: 'failed', error: 'The extractor worker exited with code 1.' });
    expect(next.status).toBe('done');
  }, 60_000);

  it('budgetedExtraction publishes a timed-out article with empty fields and a warning', async () => {
    worker = new WorkerExtractor({ budgetMs: 200, extractorModule: stallingModule });
    const extraction = await budgetedExtraction(worker)({ text: `${STALL_FOREVER} ${ARTICLE}`, language: 'ru' }, { articleId: 'a1' });
    expect(extraction).toMatchObject({ isMeeting: false, participants: [], language: 'ru' });
    expect(extraction.warnings.join(' ')).toMatch(/did not finish within its time budget \(0\.2 s\)/);
  }, 60_000);

  it('rejects when no extractor can be loaded, and can try again', async () => {
    worker = new WorkerExtractor({ budgetMs: 1_000, extractorModule: '/nonexistent/extractor.ts' });
    await expect(worker.run({ text: ARTICLE })).rejects.toThrow(/could not be loaded/);
    await expect(worker.run({ text: ARTICLE })).rejects.toThrow(/could not be loaded/);
  }, 60_000);

  it('runs an urgent article (a dry run) before the ones already queued', async () => {
    worker = new WorkerExtractor({ budgetMs: 300, extractorModule: stallingModule });
    const order: string[] = [];
    const first = worker.run({ text: `${STALL_FOREVER} first`, language: 'en' }).then(() => order.push('first'));
    const queued = worker.run({ text: `${STALL_FOREVER} queued`, language: 'en' }).then(() => order.push('queued'));
    const urgent = worker.run({ text: `${STALL_FOREVER} urgent`, language: 'en' }, { urgent: true }).then(() => order.push('urgent'));
    await Promise.all([first, queued, urgent]);
    expect(order).toEqual(['first', 'urgent', 'queued']);
  }, 60_000);

  it('reads EXTRACTION_BUDGET_MS', () => {
    expect(budgetFromEnvironment(undefined)).toBe(DEFAULT_EXTRACTION_BUDGET_MS);
    expect(budgetFromEnvironment('2500')).toBe(2500);
    expect(() => budgetFromEnvironment('0')).toThrow(/EXTRACTION_BUDGET_MS/);
    expect(() => budgetFromEnvironment('soon')).toThrow(/EXTRACTION_BUDGET_MS/);
  });
});
