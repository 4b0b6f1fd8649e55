// Benchmarks of the pure pipeline: normalise throughput (parse + extract + build record) over the
// evaluation texts, and rendering time of a 50-entry Atom + JSON feed.
// Run: npx tsx bench/pipeline.ts   (EVAL_DIR overrides ../shared/eval)

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildRecord } from '../functions/core/record/build-record.ts';
import { loadExtractor } from '../functions/dictionaries/load-dictionaries.ts';
import type { MeetingRecord } from '../functions/core/record/record.ts';
import { renderAtomFeed, renderJsonFeed } from '../functions/core/publish/render-feeds.ts';
import { parseSubmission } from '../functions/core/intake/submission.ts';
import { median, ms, timeRuns, timeRunsAsync } from './stats.ts';

const RUNS = 7;
const evalDir = resolve(process.env.EVAL_DIR ?? join(import.meta.dirname, '../../shared/eval'));

function loadTexts(): { texts: string[]; origin: string } {
  const files = ['factru-dev.jsonl', 'meetings-dev.jsonl'].map((name) => join(evalDir, name)).filter(existsSync);
  if (files.length === 0) {
    const seed = readFileSync(join(import.meta.dirname, '../tests/fixtures/seed-article.txt'), 'utf8');
    return { texts: Array.from({ length: 100 }, () => seed), origin: `seed article ×100 (no corpora at ${evalDir})` };
  }
  const texts = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );
  return { texts, origin: files.map((f) => f.replace(`${evalDir}/`, '')).join(' + ') };
}

async function normalise(text: string, index: number): Promise<MeetingRecord> {
  const submission = await parseSubmission(Buffer.from(text, 'utf8'), 'text/plain; charset=utf-8');
  const extraction = loadExtractor().extract({ text: submission.text });
  const at = new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString();
  return buildRecord(submission, extraction, { id: `m${index}`, articleId: `a${index}`, version: 1, createdAt: at, updatedAt: at, submittedBy: 'bench' });
}

const { texts, origin } = loadTexts();
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
let records: MeetingRecord[] = [];
const normaliseTimes = await timeRunsAsync(async () => {
  records = [];
  for (const [index, text] of texts.entries()) records.push(await normalise(text, index));
}, RUNS);
const normaliseMs = median(normaliseTimes);
console.log(`normalise: ${texts.length} articles (${(bytes / 1024).toFixed(0)} KiB) from ${origin}`);
console.log(`  median ${ms(normaliseMs)} per pass over ${RUNS} runs → ${((texts.length / normaliseMs) * 1000).toFixed(0)} articles/s`);

const fifty = Array.from({ length: 50 }, (_, i) => records[i % records.length]!).map((record, i) => ({ ...record, id: `m${i}` }));
const site = { siteUrl: 'https://feeds.example.org' };
const atomMs = median(timeRuns(() => renderAtomFeed(fifty, site), 25, 3));
const jsonMs = median(timeRuns(() => renderJsonFeed(fifty, site), 25, 3));
const atomSize = Buffer.byteLength(renderAtomFeed(fifty, site));
const jsonSize = Buffer.byteLength(renderJsonFeed(fifty, site));
console.log('render 50-entry feeds (median of 25):');
console.log(`  Atom ${ms(atomMs)} (${(atomSize / 1024).toFixed(0)} KiB), JSON Feed ${ms(jsonMs)} (${(jsonSize / 1024).toFixed(0)} KiB), both ${ms(atomMs + jsonMs)}`);
console.log(`  ratio Atom / JSON Feed: ${(atomMs / jsonMs).toFixed(2)}`);
