// Extraction benchmark (npx tsx bench/extraction.ts): dictionary init time, throughput over the
// factRuEval texts, peak RSS, and linearity (1 MiB vs 64 KiB of the same text). Prints numbers, asserts nothing.
// EVAL_DIR points at the corpus (default ../shared/eval); without it, text made from the seed fixture is used.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtractor, type Extractor } from '../functions/core/extract/index.ts';
import { loadDictionaries } from '../functions/dictionaries/load-dictionaries.ts';

const self = fileURLToPath(import.meta.url);
// The bundled copy runs from a temporary directory: it gets the repository root from the parent.
const root = process.env.EXTRACT_BENCH_ROOT ?? resolve(join(self, '..', '..'));

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

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function child(mode: string): Record<string, number> {
  const run = spawnSync(process.execPath, ['--import', 'tsx', self, `--child=${mode}`], { encoding: 'utf8', cwd: root, env: process.env });
  const line = run.stdout.trim().split('\n').pop() ?? '{}';
  try {
    return JSON.parse(line) as Record<string, number>;
  } catch {
    throw new Error(`benchmark child "${mode}" failed: ${run.stderr || run.stdout}`);
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
        '--target=node20',
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

function extract(input: { text: string }): void {
  extractor!.extract(input);
}

const mode = process.argv.find((a) => a.startsWith('--child='))?.slice('--child='.length);
if (mode === 'init') {
  console.log(JSON.stringify({ initMs: timeInit() }));
} else if (mode === 'bundle') {
  // Runs inside the esbuild bundle (plain node, no tsx): the deployed shape. Prints init time and peak RSS.
  const initMs = timeInit();
  for (const text of corpus().texts) extract({ text });
  console.log(JSON.stringify({ initMs, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} else if (mode === 'rss') {
  const initMs = timeInit();
  for (const text of corpus().texts) extract({ text });
  console.log(JSON.stringify({ initMs, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  const { texts, origin } = corpus();
  console.log(`corpus: ${origin}`);

  const inits = Array.from({ length: 5 }, () => child('init').initMs!);
  console.log(`dictionary init: median ${median(inits).toFixed(1)} ms over ${inits.length} fresh processes (${inits.map((v) => v.toFixed(0)).join(', ')}) [target <= 150 ms]`);

  timeInit();
  for (const text of texts) extract({ text }); // warm-up: JIT and the per-word morphology cache
  const rates: number[] = [];
  for (let run = 0; run < 7; run++) {
    const started = performance.now();
    for (const text of texts) extract({ text });
    rates.push(texts.length / ((performance.now() - started) / 1000));
  }
  console.log(`throughput: median ${median(rates).toFixed(0)} articles/s over ${rates.length} runs of ${texts.length} articles [target >= 1000]`);

  const rss = child('rss');
  console.log(`peak RSS: ${rss.maxRssMb!.toFixed(1)} MB under tsx (fresh process: init + one full pass; tsx itself holds ~70 MB) [target <= 150 MB]`);
  const bundled = bundleRun();
  if (bundled) {
    console.log(`peak RSS: ${bundled.maxRssMb!.toFixed(1)} MB as a single-file ESM bundle with dicts/ beside it, plain node (init ${bundled.initMs!.toFixed(1)} ms) [target <= 150 MB]`);
  }

  const material = texts.join('\n\n');
  const repeat = (bytes: number) => {
    let out = '';
    while (Buffer.byteLength(out) < bytes) out += `${material}\n\n`;
    // Cut on a character boundary near the byte budget.
    return out.slice(0, Math.floor((out.length * bytes) / Buffer.byteLength(out)));
  };
  const small = repeat(64 * 1024);
  const large = repeat(1024 * 1024);
  extract({ text: small });
  const time = (text: string) => median(Array.from({ length: 3 }, () => {
    const started = performance.now();
    extract({ text });
    return performance.now() - started;
  }));
  const smallMs = time(small);
  const largeMs = time(large);
  const sizeRatio = Buffer.byteLength(large) / Buffer.byteLength(small);
  console.log(`linearity: 64 KiB ${smallMs.toFixed(1)} ms, 1 MiB ${largeMs.toFixed(1)} ms: time ratio ${(largeMs / smallMs).toFixed(1)} vs size ratio ${sizeRatio.toFixed(0)}`);
}
