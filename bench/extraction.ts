// Extraction benchmark (npx tsx bench/extraction.ts, or npm run bench): dictionary init time, throughput over
// the factRuEval texts, the time of each pipeline step, peak RSS, and linearity (ordinary text at 64 KiB and
// 1 MiB, and pathological shapes at two sizes, bench/shapes.ts). Prints numbers, asserts nothing.
// EVAL_DIR points at the corpus (default ../shared/eval); without it, text made from the seed fixture is used.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractMeeting } from '../functions/core/extract/fields/meeting.ts';
import { createExtractor, type Extractor } from '../functions/core/extract/index.ts';
import { applyMentionContext, findMentions } from '../functions/core/extract/mentions/index.ts';
import { Ctx } from '../functions/core/extract/mentions/ru/context.ts';
import { RUSSIAN_RULES } from '../functions/core/extract/mentions/ru/index.ts';
import { type Language, makeDocument } from '../functions/core/extract/model/document.ts';
import { detectLanguage } from '../functions/core/extract/text/language.ts';
import { markSentences } from '../functions/core/extract/text/sentences.ts';
import { tokenize } from '../functions/core/extract/text/tokenize.ts';
import { loadDictionaries } from '../functions/dictionaries/load-dictionaries.ts';
import { SHAPES } from './shapes.ts';
import { median } from './stats.ts';

const self = fileURLToPath(import.meta.url);
// The bundled copy runs from a temporary directory: it gets the repository root from the parent.
const root = process.env.EXTRACT_BENCH_ROOT ?? resolve(join(self, '..', '..'));
/** A shape that takes longer than this (both sizes, in a child process) is reported as not finishing. */
const SHAPE_BUDGET_MS = 60_000;

function corpus(): { texts: string[]; origin: string } {
  const file = join(resolve(process.env.EVAL_DIR ?? join(root, '..', 'shared', 'eval')), 'factru-dev.jsonl');
  if (existsSync(file)) {
    const texts = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text);
    return { texts, origin: `${texts.length} factRuEval texts (${file})` };
  }
  // Synthetic stand-in: the seed article's paragraphs recombined into 120 articles of varied length.
  const seed = readFileSync(join(root, 'tests', 'fixtures', 'seed-article.txt'), 'utf8');
  const paragraphs = seed.split('\n').filter((l) => l.trim());
  const texts = Array.from({ length: 120 }, (_, i) => paragraphs.slice(i % 7, (i % 7) + 6 + (i % 5)).join('\n'));
  return { texts, origin: `SYNTHETIC: factRuEval corpus not found, 120 texts made from the seed fixture` };
}

/** The corpus concatenated and cut to about `bytes` bytes of UTF-8 (on a character boundary). */
function ordinaryText(bytes: number): string {
  const material = corpus().texts.join('\n\n');
  let out = '';
  while (Buffer.byteLength(out) < bytes) out += `${material}\n\n`;
  return out.slice(0, Math.floor((out.length * bytes) / Buffer.byteLength(out)));
}

/** Runs this script in a fresh process in the given mode: its JSON line, `undefined` when it ran out of time,
 *  or `{ failed }` with the error it died of (a shape that overflows the stack is a result, not a benchmark bug). */
function child(mode: string, timeoutMs?: number): (Record<string, number> & { failed?: string }) | undefined {
  const run = spawnSync(process.execPath, ['--import', 'tsx', self, `--child=${mode}`], { encoding: 'utf8', cwd: root, env: process.env, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 });
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return undefined;
  // The child could not be started at all (the working tree went away, no node): say so instead of crashing.
  if (run.error) return { failed: run.error.message } as Record<string, number> & { failed: string };
  const line = run.stdout.trim().split('\n').pop() ?? '{}';
  try {
    return JSON.parse(line) as Record<string, number>;
  } catch {
    const error = (run.stderr || run.stdout).split('\n').find((l) => /^\w*Error\b/.test(l)) ?? (run.stderr || run.stdout).trim().split('\n').pop() ?? '';
    return { failed: error.trim() } as Record<string, number> & { failed: string };
  }
}

/** Bundles this script with esbuild the way the Lambda is built (index.mjs + dicts/az + dicts/extract) and runs it. */
function bundleRun(): Record<string, number> | undefined {
  try {
    const dir = mkdtempSync(join(tmpdir(), 'extract-bench-'));
    const build = spawnSync(
      join(root, 'node_modules', '.bin', 'esbuild'),
      [
        self,
        '--bundle',
        '--platform=node',
        '--format=esm',
        '--target=node24',
        `--outfile=${join(dir, 'index.mjs')}`,
        '--banner:js=import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);',
        '--log-level=error',
      ],
      { encoding: 'utf8', cwd: root },
    );
    if (build.status !== 0) throw new Error(build.stderr);
    cpSync(join(root, 'node_modules', 'az', 'dicts'), join(dir, 'dicts', 'az'), { recursive: true });
    cpSync(join(root, 'functions', 'dictionaries', 'data'), join(dir, 'dicts', 'extract'), { recursive: true });
    const env: NodeJS.ProcessEnv = { ...process.env, EXTRACT_BENCH_ROOT: root };
    delete env.MEETINGS_DICT_DIR;
    const run = spawnSync(process.execPath, [join(dir, 'index.mjs'), '--child=bundle'], { encoding: 'utf8', cwd: root, env });
    rmSync(dir, { recursive: true, force: true });
    return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>;
  } catch (error) {
    console.log(`(bundle measurement skipped: ${(error as Error).message.split('\n')[0]})`);
    return undefined;
  }
}

let extractor: Extractor | undefined;

/** Reads the dictionaries and makes the extractor; returns the time it took. */
function timeInit(): number {
  const started = performance.now();
  extractor = createExtractor(loadDictionaries());
  return performance.now() - started;
}

function extract(input: { text: string; language?: string }): void {
  extractor!.extract(input);
}

/** One pass over the texts: articles per second of wall time, and of this process's CPU time (user + system,
 *  which the other processes of a shared machine disturb less; it includes the garbage collector's threads). */
function timePass(texts: string[]): [number, number] {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const text of texts) extract({ text });
  const used = process.cpuUsage(cpu);
  return [texts.length / ((performance.now() - started) / 1000), texts.length / ((used.user + used.system) / 1e6)];
}

/** Milliseconds of one extraction. */
function timeOne(text: string, language?: string): number {
  const started = performance.now();
  extract(language ? { text, language } : { text });
  return performance.now() - started;
}

/** Median time of several runs: one when a run takes over three seconds, else at least three and as many as
 *  fit in half a second (up to 15), so that a short text is timed as steadily as a long one. */
function timeText(text: string, language?: string): number {
  const times = [timeOne(text, language)];
  if (times[0]! > 3000) return times[0]!;
  while (times.length < 3 || (times.length < 15 && times.reduce((a, b) => a + b, 0) < 500)) times.push(timeOne(text, language));
  return median(times);
}

/** The pipeline of createExtractor().extract, step by step, with the time of each step added to `into`. */
function extractBySteps(text: string, into: Map<string, number>, rules: boolean): unknown {
  let last = performance.now();
  const lap = (step: string) => {
    const now = performance.now();
    into.set(step, (into.get(step) ?? 0) + now - last);
    last = now;
  };
  const language = detectLanguage(text) as Language;
  lap('language');
  const tokens = tokenize(text);
  lap('tokenize');
  const sentenceCount = markSentences(text, tokens, language);
  lap('sentences');
  if (rules && language === 'ru') {
    // Each Russian mention rule on its own (the same work the mentions step does, timed per rule).
    const c = new Ctx(tokens);
    for (const rule of RUSSIAN_RULES) {
      rule(c);
      lap(`  ru rule ${rule.name}`);
    }
    last = performance.now();
  }
  const mentions = findMentions(tokens, language);
  const doc = makeDocument(text, language, tokens, sentenceCount, mentions);
  applyMentionContext(doc);
  lap('mentions');
  const fields = extractMeeting(doc, {});
  const entities = doc.mentions.map((m) => ({ type: m.type, start: m.start, end: m.end }));
  lap('fields');
  return { language, ...fields, entities };
}

const mode = process.argv.find((a) => a.startsWith('--child='))?.slice('--child='.length);
if (mode === 'init') {
  const initMs = timeInit();
  const firstMs = timeOne(corpus().texts[0]!);
  console.log(JSON.stringify({ initMs, firstMs }));
} else if (mode === 'bundle' || mode === 'rss') {
  // bundle: runs inside the esbuild bundle (plain node, no tsx), the deployed shape. Prints init time, peak RSS
  // after one pass, and the throughput of the passes after it (the code as deployed: no tsx, no keepNames).
  const initMs = timeInit();
  const texts = corpus().texts;
  for (const text of texts) extract({ text });
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let run = 0; mode === 'bundle' && run < 7; run++) {
    const [rate, cpuRate] = timePass(texts);
    rates.push(rate);
    cpuRates.push(cpuRate);
  }
  console.log(JSON.stringify({ initMs, maxRssMb, rate: rates.length > 0 ? median(rates) : 0, cpuRate: cpuRates.length > 0 ? median(cpuRates) : 0 }));
} else if (mode?.startsWith('shape:')) {
  // One shape at its two sizes, after a warm-up (the corpus once, and the shape at a tenth of the small size).
  timeInit();
  for (const text of corpus().texts) extract({ text });
  const shape = SHAPES.find((s) => s.name === mode.slice('shape:'.length))!;
  extract({ text: shape.make(Math.max(1, Math.floor(shape.small / 10))), language: shape.language ?? 'ru' });
  const small = shape.make(shape.small);
  const smallMs = timeText(small, shape.language);
  const large = shape.make(shape.large);
  const largeMs = timeText(large, shape.language);
  console.log(JSON.stringify({ smallMs, smallBytes: Buffer.byteLength(small), largeMs, largeBytes: Buffer.byteLength(large) }));
} else if (mode === 'ordinary') {
  timeInit();
  for (const text of corpus().texts) extract({ text });
  const small = ordinaryText(64 * 1024);
  const large = ordinaryText(1024 * 1024);
  extract({ text: small });
  const smallMs = timeText(small);
  const largeMs = timeText(large);
  console.log(JSON.stringify({ smallMs, smallBytes: Buffer.byteLength(small), largeMs, largeBytes: Buffer.byteLength(large) }));
} else {
  const { texts, origin } = corpus();
  console.log(`corpus: ${origin}`);

  const inits = Array.from({ length: 7 }, () => child('init')!);
  const initMs = inits.map((r) => r.initMs!);
  const firstMs = inits.map((r) => r.firstMs!);
  console.log(`dictionary init: median ${median(initMs).toFixed(1)} ms over ${inits.length} fresh processes (${initMs.map((v) => v.toFixed(0)).join(', ')}) [target <= 100 ms]`);
  console.log(`first extraction after init (one article, cold JIT): median ${median(firstMs).toFixed(1)} ms (${firstMs.map((v) => v.toFixed(0)).join(', ')})`);

  timeInit();
  for (const text of texts) extract({ text }); // warm-up: JIT and the per-word morphology cache
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let run = 0; run < 9; run++) {
    const [rate, cpuRate] = timePass(texts);
    rates.push(rate);
    cpuRates.push(cpuRate);
  }
  console.log(`throughput: median ${median(rates).toFixed(0)} articles/s over ${rates.length} runs of ${texts.length} articles (${rates.map((v) => v.toFixed(0)).join(', ')}) [target >= 1000]`);
  console.log(`  by this process's CPU time (all its threads, the garbage collector's too; steadier on a shared machine): median ${median(cpuRates).toFixed(0)} articles/s (${cpuRates.map((v) => v.toFixed(0)).join(', ')})`);

  // What each step costs: the pipeline run step by step over the corpus (medians of five passes). The per-rule
  // lines repeat the Russian rules' work apart from the pipeline, so they are not part of the total.
  const passes: Array<Map<string, number>> = [];
  let differs = 0;
  for (let pass = 0; pass < 5; pass++) {
    const steps = new Map<string, number>();
    for (const text of texts) {
      const bySteps = extractBySteps(text, steps, pass > 0);
      if (pass === 0 && JSON.stringify(bySteps) !== JSON.stringify(extractor!.extract({ text }))) differs += 1;
    }
    if (pass > 0) passes.push(steps);
  }
  const names = [...passes[0]!.keys()];
  const perArticle = (name: string) => (median(passes.map((p) => p.get(name) ?? 0)) * 1000) / texts.length;
  const total = names.filter((n) => !n.startsWith(' ')).reduce((sum, n) => sum + perArticle(n), 0);
  console.log(`steps over the corpus (µs per article, median of ${passes.length} passes; total ${total.toFixed(0)} µs):`);
  for (const name of names) {
    const us = perArticle(name);
    const share = name.startsWith(' ') ? '' : ` (${((us / total) * 100).toFixed(0)}%)`;
    console.log(`  ${name.padEnd(34)} ${us.toFixed(1).padStart(7)} µs${share}`);
  }
  if (differs > 0) console.log(`  WARNING: the step-by-step pipeline differs from extract() on ${differs} articles: update extractBySteps`);

  const rss = child('rss')!;
  console.log(`peak RSS: ${rss.maxRssMb!.toFixed(1)} MB under tsx (fresh process: init + one full pass; tsx itself holds ~70 MB)`);
  const bundled = bundleRun();
  if (bundled) {
    console.log(`peak RSS: ${bundled.maxRssMb!.toFixed(1)} MB as a single-file ESM bundle with dicts/ beside it, plain node (init ${bundled.initMs!.toFixed(1)} ms) [target <= 150 MB]`);
    if (bundled.rate) console.log(`throughput of that bundle (the code as deployed, no tsx): median ${bundled.rate.toFixed(0)} articles/s over 7 runs; by CPU time ${bundled.cpuRate!.toFixed(0)} articles/s`);
  }

  // Linearity: time per KiB at two sizes of each shape, each shape in a fresh process; a ratio near 1 is linear.
  console.log(`linearity (ms per KiB at two sizes; ratio = large / small, 1 is linear; each shape in a fresh process, budget ${SHAPE_BUDGET_MS / 1000} s):`);
  const row = (name: string, small: string, large: string, r: (Record<string, number> & { failed?: string }) | undefined) => {
    if (!r) {
      console.log(`  ${name.padEnd(52)} did not finish within ${SHAPE_BUDGET_MS / 1000} s (${small} / ${large})`);
      return;
    }
    if (r.failed !== undefined) {
      console.log(`  ${name.padEnd(52)} failed (${small} / ${large}): ${r.failed}`);
      return;
    }
    const per = (ms: number, bytes: number) => ms / (bytes / 1024);
    const a = per(r.smallMs!, r.smallBytes!);
    const b = per(r.largeMs!, r.largeBytes!);
    const kib = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KiB`;
    console.log(
      `  ${name.padEnd(52)} ${small.padStart(17)}: ${kib(r.smallBytes!).padStart(9)} ${r.smallMs!.toFixed(1).padStart(8)} ms ${a.toFixed(3).padStart(7)} ms/KiB | ${large.padStart(17)}: ${kib(r.largeBytes!).padStart(9)} ${r.largeMs!.toFixed(1).padStart(8)} ms ${b.toFixed(3).padStart(7)} ms/KiB | ratio ${(b / a).toFixed(2)}`,
    );
  };
  row('ordinary text (factru concatenated)', '64 KiB', '1 MiB', child('ordinary', SHAPE_BUDGET_MS));
  const count = (n: number) => n.toLocaleString('en-US');
  for (const shape of SHAPES) row(shape.name, `${count(shape.small)} ${shape.unit}`, `${count(shape.large)} ${shape.unit}`, child(`shape:${shape.name}`, SHAPE_BUDGET_MS));
}
