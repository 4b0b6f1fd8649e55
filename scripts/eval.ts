// npm run eval: runs the extractor over the shared evaluation corpora, writes the predictions to
// test-output/eval/, runs the corpora's own scorers with node and prints a pass/fail summary.
// EVAL_DIR overrides the corpus location (default ../shared/eval). Extra arguments (e.g. --verbose)
// are passed to the meetings scorer. The project's own held-out set (tests/fixtures/holdout/) is scored
// too, with the same meetings scorer, for information only: no targets, not part of the SUMMARY line.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { processLine } from '../functions/cli/extract-command.ts';

const evalDir = resolve(process.env.EVAL_DIR ?? '../shared/eval');
const outDir = resolve('test-output/eval');
const verbose = process.argv.includes('--verbose');

const corpora = [
  { file: 'factru-dev.jsonl', scorer: 'score-ner.mjs', args: [] as string[] },
  { file: 'meetings-dev.jsonl', scorer: 'score-meetings.mjs', args: verbose ? ['--verbose'] : [] },
];

const TARGETS: Array<{ key: string; label: string; min: number }> = [
  { key: 'PER_F1', label: 'NER PER F1', min: 0.93 },
  { key: 'LOC_F1', label: 'NER LOC F1', min: 0.88 },
  { key: 'ORG_F1', label: 'NER ORG F1', min: 0.75 },
  { key: 'MEETING_ACC', label: 'meeting detection', min: 0.93 },
  { key: 'PART_F1', label: 'participants F1 strict', min: 0.85 },
  { key: 'CITY_ACC', label: 'city', min: 0.85 },
  { key: 'COUNTRY_ACC', label: 'country', min: 0.9 },
  { key: 'ORG_F1_MEETINGS', label: 'organisations F1', min: 0.7 },
];

if (!corpora.every((c) => existsSync(join(evalDir, c.file)))) {
  console.error(`Evaluation corpora not found in ${evalDir} (expected ${corpora.map((c) => c.file).join(', ')}).`);
  console.error('Set EVAL_DIR to the directory holding them (default: ../shared/eval relative to the repo).');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

// Extracts every article of a gold file, writes the predictions, prints the scorer's output and returns it.
function scoreCorpus(goldFile: string, scorer: string, args: string[], heading: string): string {
  const lines = readFileSync(goldFile, 'utf8').split('\n').filter((l) => l.trim());
  const started = performance.now();
  const out: string[] = [];
  for (const line of lines) {
    const { id, text, language } = JSON.parse(line) as { id: string; text: string; language?: string };
    out.push(JSON.stringify(processLine(JSON.stringify({ id, text, language })).output));
  }
  const ms = performance.now() - started;
  const predFile = join(outDir, basename(goldFile).replace('.jsonl', '.pred.jsonl'));
  writeFileSync(predFile, `${out.join('\n')}\n`);
  console.log(`\n== ${heading}: ${lines.length} articles extracted in ${ms.toFixed(0)} ms -> ${predFile}`);
  const run = spawnSync(process.execPath, [join(evalDir, scorer), '--gold', goldFile, '--pred', predFile, ...args], { encoding: 'utf8' });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  return run.stdout;
}

const values = new Map<string, number>();
for (const corpus of corpora) {
  const stdout = scoreCorpus(join(evalDir, corpus.file), corpus.scorer, corpus.args, corpus.file);
  const last = stdout.trim().split('\n').pop() ?? '';
  for (const [, key, value] of last.matchAll(/(\w+)=([\d.]+)/g)) {
    const name = corpus.file.startsWith('meetings') && key === 'ORG_F1' ? 'ORG_F1_MEETINGS' : key!;
    values.set(name, Number(value));
  }
}

// Held-out set written by the project (tests/fixtures/holdout/README.md): information only, never tuned on.
const holdoutFile = resolve('tests/fixtures/holdout/meetings-holdout.jsonl');
if (existsSync(holdoutFile)) scoreCorpus(holdoutFile, 'score-meetings.mjs', verbose ? ['--verbose'] : [], 'held-out (written by us, not tuned on)');

const results = TARGETS.map((t) => {
  const v = values.get(t.key);
  const ok = v !== undefined && v >= t.min;
  return { ...t, v, ok };
});
console.log('\n== targets');
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.label.padEnd(24)} ${r.v === undefined ? '  n/a' : r.v.toFixed(3)}  (target >= ${r.min.toFixed(2)})`);
console.log(`SUMMARY ${results.map((r) => `${r.key}=${r.v?.toFixed(3) ?? 'n/a'}:${r.ok ? 'pass' : 'fail'}`).join(' ')} passed=${results.filter((r) => r.ok).length}/${results.length}`);
