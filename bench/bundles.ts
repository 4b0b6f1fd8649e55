// Benchmarks the deployable Lambda bundles that `cdk synth` writes to cdk.out: size on disk and
// module load time in a fresh Node process, compared with a bare Node start measured in the same run (a process
// that imports an empty ES module handler; the load is what importing the bundle adds to it).
// Each bundle is loaded with the NODE_OPTIONS its function is deployed with (a source map that is loaded
// at start-up is part of the cold start), and the report says what a cold start reads (index.mjs and the chunks it
// imports statically; chunks behind import() are read when first needed), whether a map is in the zip, and whether
// zod is read at cold start or only in the zip.
// Run: npx tsx bench/bundles.ts   (synthesises first)

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { staticallyLoaded } from '../tests/support/bundle-files.ts';
import { median, ms } from './stats.ts';

const RUNS = 9;
const root = resolve(import.meta.dirname, '..');
const cdkOut = join(root, 'cdk.out');

// Always synthesise: a cdk.out left from older sources would measure bundles that are not the code.
console.log('cdk synth ...');
try {
  execFileSync('npx', ['cdk', 'synth', '--quiet'], { cwd: root, stdio: 'pipe' });
} catch (error) {
  console.error(String((error as { stderr?: Buffer }).stderr ?? error));
  process.exit(1);
}

interface Bundle {
  name: string;
  dir: string;
  /** NODE_OPTIONS from the function's environment in the template (empty when unset). */
  nodeOptions: string;
}

function findBundles(): Bundle[] {
  const bundles: Bundle[] = [];
  for (const file of readdirSync(cdkOut).filter((f) => f.endsWith('.template.json'))) {
    const template = JSON.parse(readFileSync(join(cdkOut, file), 'utf8')) as {
      Resources: Record<
        string,
        { Type: string; Metadata?: Record<string, string>; Properties?: { Environment?: { Variables?: Record<string, unknown> } } }
      >;
    };
    for (const resource of Object.values(template.Resources)) {
      const assetPath = resource.Metadata?.['aws:asset:path'];
      if (resource.Type !== 'AWS::Lambda::Function' || !assetPath) continue;
      const dir = join(cdkOut, assetPath);
      // MeetingFeeds/Ingest/Authorize/Function/Resource -> Authorize
      const name = resource.Metadata?.['aws:cdk:path']?.split('/').at(-3) ?? assetPath;
      const nodeOptions = resource.Properties?.Environment?.Variables?.NODE_OPTIONS;
      if (existsSync(join(dir, 'index.mjs'))) bundles.push({ name, dir, nodeOptions: typeof nodeOptions === 'string' ? nodeOptions : '' });
    }
  }
  return bundles;
}

function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, entry) => sum + sizeOf(join(path, entry)), 0);
}

interface StartCost {
  /** Wall time of the process, start to exit (ms, median over RUNS). */
  wall: number;
  /** CPU time (user + system, every thread) the process used by the end of `code` (ms, median over RUNS): steadier than wall time on a busy machine. */
  cpu: number;
}

/** A fresh `node` that runs `code`, RUNS times. */
function nodeStart(code: string, nodeOptions = ''): StartCost {
  const env = {
    ...process.env,
    NODE_OPTIONS: nodeOptions,
    TABLE_NAME: 'bench',
    RAW_BUCKET: 'bench',
    SITE_BUCKET: 'bench',
    PUBLISH_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/000000000000/bench.fifo',
    SITE_URL: 'https://feeds.example.org',
    AWS_REGION: 'us-east-1',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  // Never the runner's own NODE_OPTIONS: the measured process gets exactly what the function is deployed with.
  if (!nodeOptions) delete (env as Record<string, string | undefined>).NODE_OPTIONS;
  const walls: number[] = [];
  const cpus: number[] = [];
  const report = `{ const u = process.cpuUsage(); process.stdout.write('\\ncpu:' + (u.user + u.system)); }`;
  for (let i = 0; i < RUNS; i += 1) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', `${code}\n${report}`], { env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`node failed: ${result.stderr}`);
    walls.push(Number(process.hrtime.bigint() - start) / 1e6);
    cpus.push(Number(/cpu:(\d+)/.exec(result.stdout)?.[1] ?? Number.NaN) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

const bundles = findBundles();
if (bundles.length === 0) throw new Error(`No Lambda bundles found in ${cdkOut}.`);
// The baseline is an ES module that exports a handler and imports nothing: how Lambda's runtime loads any
// ESM handler, so what is left above it is the bundle's own cost.
const bare = nodeStart(`const m = await import('data:text/javascript,export const handler = () => 1;'); if (typeof m.handler !== 'function') process.exit(3);`);
console.log(
  `Lambda bundles (cdk.out), module load in a fresh Node process, median of ${RUNS}; an empty ESM handler: ${ms(bare.wall)} wall, ${ms(bare.cpu)} CPU.`,
);
console.log(
  '  load: what importing the bundle adds to that start; ×: load over the bare start (issue 8: ≤ 1.6). CPU time is the steadier figure on a busy machine.',
);
for (const bundle of bundles) {
  const entry = join(bundle.dir, 'index.mjs');
  const load = nodeStart(
    `const m = await import(${JSON.stringify(pathToFileURL(entry).href)}); if (typeof m.handler !== 'function') process.exit(3);`,
    bundle.nodeOptions,
  );
  const total = sizeOf(bundle.dir);
  const code = statSync(entry).size;
  const coldStart = staticallyLoaded(bundle.dir, 'index.mjs');
  const coldSize = coldStart.reduce((sum, file) => sum + statSync(join(bundle.dir, file)).size, 0);
  const hasMap = readdirSync(bundle.dir, { recursive: true, encoding: 'utf8' }).some((file) => file.endsWith('.map'));
  // zod's error classes keep their names through minification.
  const withZod = (files: string[]) => files.some((file) => file.endsWith('.mjs') && /ZodError/.test(readFileSync(join(bundle.dir, file), 'utf8')));
  const zod = withZod(coldStart) ? 'at cold start' : withZod(readdirSync(bundle.dir, { recursive: true, encoding: 'utf8' })) ? 'on demand' : 'no';
  console.log(
    `  ${bundle.name.padEnd(10)} index.mjs ${(code / 1024).toFixed(0).padStart(4)} KiB, cold start ${(coldSize / 1024).toFixed(0).padStart(4)} KiB in ${String(coldStart.length).padStart(2)} files,` +
      ` zip contents ${(total / 1024 / 1024).toFixed(1).padStart(4)} MiB (source map ${hasMap ? 'in zip' : 'no'}, zod ${zod}${bundle.nodeOptions ? `, ${bundle.nodeOptions}` : ''}),` +
      ` load ${ms(load.wall - bare.wall)} wall ×${((load.wall - bare.wall) / bare.wall).toFixed(2)}, ${ms(load.cpu - bare.cpu)} CPU ×${((load.cpu - bare.cpu) / bare.cpu).toFixed(2)}`,
  );
}
