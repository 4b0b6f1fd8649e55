// Maps a stack trace from a deployed function's logs back to the TypeScript sources. The deployed zips carry
// no source map (it would cost every cold start); `cdk synth`/`cdk deploy` leaves each function's map in
// cdk.out/source-maps/<Function>.mjs.map, for the build that was deployed.
// Usage: pbpaste | npx tsx scripts/map-stack.ts Publish        (or: --map path/to/index.mjs.map < trace.txt)

import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const [first, second] = process.argv.slice(2);
if (!first) {
  console.error('Usage: npx tsx scripts/map-stack.ts <Authorize|Ingest|Retract|Normalise|Publish|Ingest-worker|Normalise-worker> < trace.txt\n       npx tsx scripts/map-stack.ts --map <file.map> < trace.txt');
  process.exit(2);
}
const mapFile = first === '--map' && second ? second : join(root, 'cdk.out', 'source-maps', `${first}.mjs.map`);
const map = new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')));

/** `…/index.mjs:LINE:COLUMN` (1-based, as in V8 stack traces) → `functions/…/x.ts:LINE:COLUMN`. */
function mapLine(line: string): string {
  return line.replace(/(?:file:\/\/)?[^\s()]*(?:index|extractor-worker)\.mjs:(\d+):(\d+)/g, (whole, row: string, column: string) => {
    const entry = map.findEntry(Number(row) - 1, Number(column) - 1) as { originalSource?: string; originalLine?: number; originalColumn?: number };
    if (!entry.originalSource) return whole;
    // Sources are relative to the directory esbuild wrote to (cdk.out/bundling-temp-…): show them from the root.
    const source = entry.originalSource.startsWith('file://')
      ? relative(root, new URL(entry.originalSource).pathname)
      : entry.originalSource.replace(/^(\.\.\/)+/, '');
    return `${source}:${(entry.originalLine ?? 0) + 1}:${(entry.originalColumn ?? 0) + 1}`;
  });
}

const input = readFileSync(0, 'utf8');
process.stdout.write(input.split('\n').map(mapLine).join('\n'));
