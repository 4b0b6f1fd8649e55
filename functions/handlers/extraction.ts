// Extraction inside a handler: a bug in an extraction step must not lose the article or stall the queue,
// so it is logged for operators and the article is published with empty meeting fields and a warning.
// The same holds for an article that takes longer than its time budget (extraction run off the handler's
// thread, in a worker: functions/dictionaries/extractor-worker.ts).

import type { Extractor } from '../core/extract/index.ts';
import { type Extraction, type ExtractionInput, emptyExtraction } from '../core/extract/model/extraction.ts';
import type { ExtractionRunner } from '../dictionaries/extractor-worker.ts';
import { consoleTelemetry, type Telemetry } from './telemetry.ts';

/** How a handler gets an article's extraction; it never throws for a bad article, only when no extractor can run. */
export type RunExtraction = (input: ExtractionInput, context: Record<string, unknown>) => Promise<Extraction>;

export const EXTRACTION_FAILED_WARNING = 'Extraction failed on this article: meeting fields are left empty. Please report it.';

export function timedOutWarning(budgetMs: number): string {
  return `Extraction did not finish within its time budget (${budgetMs / 1000} s): meeting fields are left empty. Please report the article.`;
}

export function extractOrWarn(
  extractor: Extractor,
  input: ExtractionInput,
  context: Record<string, unknown>,
  telemetry: Telemetry = consoleTelemetry,
): Extraction {
  try {
    return extractor.extract(input);
  } catch (error) {
    return failed(telemetry, input, context, String(error), (error as Error)?.stack);
  }
}

/** The process's extractor, the dictionaries read from disk on first use; imported then, so a cold start does not load the extractor. */
const loadProcessExtractor = async (): Promise<Extractor> => (await import('../dictionaries/load-dictionaries.ts')).loadExtractor();

/** In the calling thread (the CLI, tests, and handlers given no runner): no budget can stop it. */
export function inProcessExtraction(
  extractor: () => Extractor | Promise<Extractor> = loadProcessExtractor,
  telemetry: Telemetry = consoleTelemetry,
): RunExtraction {
  return async (input, context) => extractOrWarn(await extractor(), input, context, telemetry);
}

/** In a worker with a time budget: a timed-out or crashed article gets empty fields and a warning. */
export function budgetedExtraction(runner: ExtractionRunner, options: { urgent?: boolean; telemetry?: Telemetry } = {}): RunExtraction {
  const { telemetry = consoleTelemetry, urgent } = options;
  return async (input, context) => {
    const outcome = await runner.run(input, { urgent });
    if (outcome.status === 'done') return outcome.extraction;
    if (outcome.status === 'failed') return failed(telemetry, input, context, outcome.error, outcome.stack);
    telemetry.log('warn', 'Extraction exceeded its time budget; publishing without meeting fields', { ...context, budgetMs: outcome.budgetMs });
    return emptyExtraction(input.language ?? 'und', [timedOutWarning(outcome.budgetMs)]);
  };
}

function failed(telemetry: Telemetry, input: ExtractionInput, context: Record<string, unknown>, error: string, stack: string | undefined): Extraction {
  telemetry.log('error', 'Extraction failed; publishing without meeting fields', { ...context, error, stack });
  return emptyExtraction(input.language ?? 'und', [EXTRACTION_FAILED_WARNING]);
}
