// Builds a function's deployable directory with esbuild: ESM for Node 24, minified, and split into chunks,
// so code a cold start does not need (the extractor, the HTML and Markdown readers, charset detection) is in
// files of its own that are read only when a request first needs them. Called by PipelineFunction at synth.
//
// <asset>/index.mjs                the handler
// <asset>/extractor-worker.mjs     the extraction worker (functions that extract)
// <asset>/chunks/*.mjs             code loaded on demand, or shared by the two
// <asset>/dicts/{az,extract}/      the extractor's dictionaries (functions that extract)
// cdk.out/source-maps/<Function>/  the maps, kept out of the zip (scripts/map-stack.ts reads them)

import { cpSync, existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSync } from 'esbuild';
import { WORKER_BUNDLE } from '../functions/dictionaries/extractor-worker.ts';

/** Makes `require` exist inside each ES module, so bundled CommonJS dependencies can load built-ins. */
const REQUIRE_BANNER =
  "import { createRequire as __meetingFeedsCreateRequire } from 'node:module'; const require = __meetingFeedsCreateRequire(import.meta.url);";

/** Where the extraction dictionaries are found, relative to the project root. */
const AZ_DICTS = 'node_modules/az/dicts';
const EXTRACT_DATA = 'functions/dictionaries/data';
const WORKER_ENTRY = 'functions/dictionaries/extractor-thread.ts';

/** The directory under cdk.out that receives each function's source maps. */
export const SOURCE_MAP_DIR = 'source-maps';

export interface BundleSpec {
  projectRoot: string;
  /** Entry file relative to the project root, exporting `handler`. */
  entry: string;
  /** The construct id, naming the function's directory of source maps. */
  name: string;
  /** Also build the extraction worker and copy the dictionaries beside it. */
  withExtractor: boolean;
}

export function bundleFunction(outputDir: string, spec: BundleSpec): void {
  const entryPoints: Record<string, string> = { index: join(spec.projectRoot, spec.entry) };
  if (spec.withExtractor) entryPoints[WORKER_BUNDLE.replace(/\.mjs$/, '')] = join(spec.projectRoot, WORKER_ENTRY);
  buildSync({
    absWorkingDir: spec.projectRoot,
    entryPoints,
    outdir: outputDir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    mainFields: ['module', 'main'],
    minify: true,
    banner: { js: REQUIRE_BANNER },
    // Written without sourceMappingURL comments, then moved out of the asset: maps cost the zip megabytes and,
    // with --enable-source-maps, every cold start their parsing (docs/decisions.md, "Lean cold starts").
    sourcemap: 'external',
    // The SDK's default credential chain, replaced by the environment's credentials alone: the only source
    // Lambda uses (functions/aws/lambda-credentials.ts says why).
    alias: { '@aws-sdk/credential-provider-node': './functions/aws/lambda-credentials.ts' },
    logLevel: 'warning',
  });
  moveMapsOut(outputDir, join(outputDir, '..', SOURCE_MAP_DIR, spec.name));
  if (spec.withExtractor) copyDictionaries(spec.projectRoot, outputDir);
}

function moveMapsOut(outputDir: string, target: string): void {
  for (const file of readdirSync(outputDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.map')) continue;
    const to = join(target, file);
    mkdirSync(dirname(to), { recursive: true });
    renameSync(join(outputDir, file), to);
  }
}

/**
 * The dictionary contract the extractor relies on (functions/dictionaries/dictionary-dir.ts): `dicts/az/` holds
 * az's OpenCorpora dictionaries and `dicts/extract/` the project's gazetteers (which may be empty).
 */
function copyDictionaries(projectRoot: string, outputDir: string): void {
  cpSync(join(projectRoot, AZ_DICTS), join(outputDir, 'dicts', 'az'), { recursive: true });
  const extract = join(projectRoot, EXTRACT_DATA);
  mkdirSync(join(outputDir, 'dicts', 'extract'), { recursive: true });
  if (existsSync(extract)) cpSync(extract, join(outputDir, 'dicts', 'extract'), { recursive: true });
}
