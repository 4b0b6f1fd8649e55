// What a bundle built with code splitting (infra/lambda-bundle.ts) reads: a cold start reads the entry and the
// chunks it imports statically; chunks behind `import()` are read only when that line runs.

import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

// Static imports (`import{a as b}from"./chunks/x.mjs"`, `import"./x.mjs"`), not `import("./x.mjs")`.
const STATIC_IMPORT = /import\s*(?:[\w$*{},\s]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.mjs)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'](\.{1,2}\/[^"']+\.mjs)["']\s*\)/g;

/** The files of an asset that loading `entry` reads: it and the chunks it imports statically, transitively. */
export function staticallyLoaded(dir: string, entry: string): string[] {
  return reachable(dir, entry, [STATIC_IMPORT]);
}

/** The files `entry` may ever read: those it imports statically or with `import()`, transitively. */
export function loadable(dir: string, entry: string): string[] {
  return reachable(dir, entry, [STATIC_IMPORT, DYNAMIC_IMPORT]);
}

function reachable(dir: string, entry: string, imports: RegExp[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const pattern of imports) {
      for (const match of code.matchAll(pattern)) visit(relative(dir, join(dir, dirname(file), match[1]!)));
    }
  };
  visit(entry);
  return [...seen];
}
