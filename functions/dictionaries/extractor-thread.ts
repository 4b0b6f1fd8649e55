// The worker thread's side of extractor-worker.ts: loads the extractor (the dictionaries from disk, or a module a
// test names), then extracts each article it is sent and posts the result back. In Lambda this file is its own
// bundle (extractor-worker.mjs beside index.mjs), so the handlers' bundles carry no extractor.

import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { ExtractionInput, Extractor } from '../core/extract/index.ts';
import { type FromWorker, WORKER_FLAG } from './extractor-worker.ts';

async function serve(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  let extractor: Extractor;
  try {
    const module = workerData.extractorModule as string | null;
    const source = (module
      ? await import(module.startsWith('file:') ? module : pathToFileURL(module).href)
      : await import('./load-dictionaries.ts')) as { loadExtractor: () => Extractor | Promise<Extractor> };
    extractor = await source.loadExtractor();
  } catch (error) {
    port.postMessage({ type: 'load-error', error: String((error as Error)?.stack ?? error) } satisfies FromWorker);
    return;
  }
  port.on('message', ({ id, input }: { id: number; input: ExtractionInput }) => {
    try {
      port.postMessage({ type: 'result', id, extraction: extractor.extract(input) } satisfies FromWorker);
    } catch (error) {
      port.postMessage({ type: 'error', id, error: String(error), stack: (error as Error)?.stack } satisfies FromWorker);
    }
  });
  port.postMessage({ type: 'ready' } satisfies FromWorker);
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG]) void serve();
