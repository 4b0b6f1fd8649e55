// Maps a stack trace from a deployed function's logs back to the TypeScript sources. The deployed zips carry
// no source maps (they would cost every cold start); `cdk synth`/`cdk deploy` leaves each function's maps in
// cdk.out/source-maps/<Function>/ (index.mjs.map, extractor-worker.mjs.map, chunks/*.mjs.map), for the build
// that was deployed (infra/lambda-bundle.ts).
// Usage: pbpaste | npx tsx scripts/map-stack.ts Publish        (or: --maps path/to/source-maps/Publish < trace.txt)

import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const [first, second] = process.argv.slice(2);
if (!first) {
  console.error('Usage: npx tsx scripts/map-stack.ts <Authorize|Ingest|Retract|Normalise|Publish> < trace.txt\n       npx tsx scripts/map-stack.ts --maps <directory> < trace.txt');
  process.exit(2);
}
const mapsDir = first === '--maps' && second ? second : join(root, 'cdk.out', 'source-maps', first);
if (!existsSync(mapsDir)) {
  console.error(`No source maps in ${mapsDir}: run \`npx cdk synth\` for the build that was deployed, or pass --maps.`);
  process.exit(2);
}
const maps = new Map<string, SourceMap | null>();

/** The map of a file of the asset (`index.mjs`, `chunks/x-ABC.mjs`), or null when there is none. */
function mapOf(file: string): SourceMap | null {
  if (!maps.has(file)) {
    const path = join(mapsDir, `${file}.map`);
    maps.set(file, existsSync(path) ? new SourceMap(JSON.parse(readFileSync(path, 'utf8'))) : null);
  }
  return maps.get(file) ?? null;
}

/** `…/index.mjs:LINE:COLUMN` (1-based, as in V8 stack traces) → `functions/…/x.ts:LINE:COLUMN`. */
function mapLine(line: string): string {
  return line.replace(/(?:file:\/\/)?[^\s()]*?((?:chunks\/)?[\w.-]+\.mjs):(\d+):(\d+)/g, (whole, file: string, row: string, column: string) => {
    const entry = mapOf(file)?.findEntry(Number(row) - 1, Number(column) - 1) as { originalSource?: string; originalLine?: number; originalColumn?: number } | undefined;
    if (!entry?.originalSource) return whole;
    // Sources are relative to the directory esbuild wrote to (cdk.out/bundling-temp-…): show them from the root.
    const source = entry.originalSource.startsWith('file://')
      ? relative(root, new URL(entry.originalSource).pathname)
      : entry.originalSource.replace(/^(\.\.\/)+/, '');
    return `${source}:${(entry.originalLine ?? 0) + 1}:${(entry.originalColumn ?? 0) + 1}`;
  });
}

const input = readFileSync(0, 'utf8');
process.stdout.write(input.split('\n').map(mapLine).join('\n'));
