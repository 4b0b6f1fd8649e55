// Turns `submit`'s arguments into what will be sent: URLs as they are, files with the media type their
// extension names, globs expanded here (so they work the same in every shell, quoted or not). Every problem
// is reported at once, before anything is sent.

import { statSync } from 'node:fs';
import { extname, isAbsolute, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from './cli-errors.ts';

export type SubmitInput =
  | { kind: 'file'; label: string; path: string; contentType: string }
  | { kind: 'url'; label: string; url: string };

/**
 * Media types by extension. No charset is declared: the server reads a BOM or the HTML's own declaration, and
 * takes UTF-8 otherwise (JSON is UTF-8 by definition); `--content-type` declares one for a whole run.
 */
export const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.json': 'application/json',
};

const URL_ARGUMENT = /^https?:\/\//i;

export function mediaTypeFor(path: string): string | undefined {
  return MEDIA_TYPES[extname(path).toLowerCase()];
}

export async function expandInputs(args: string[], options: { cwd: string; contentType?: string }): Promise<SubmitInput[]> {
  const inputs: SubmitInput[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const addFile = (path: string) => {
    const absolute = resolve(options.cwd, path);
    if (seen.has(absolute)) return;
    seen.add(absolute);
    const contentType = options.contentType ?? mediaTypeFor(path);
    if (!contentType) {
      problems.push(`${path}: unknown kind of file; name it .txt, .md, .html or .json, or say what it is with --content-type.`);
      return;
    }
    inputs.push({ kind: 'file', label: path, path: absolute, contentType });
  };

  for (const arg of args) {
    if (URL_ARGUMENT.test(arg)) {
      if (URL.canParse(arg)) inputs.push({ kind: 'url', label: arg, url: arg });
      else problems.push(`${arg}: not a valid URL.`);
      continue;
    }
    const stats = statSync(resolve(options.cwd, arg), { throwIfNoEntry: false });
    if (stats?.isFile()) {
      addFile(arg);
    } else if (stats?.isDirectory()) {
      problems.push(`${arg}: a directory; give its files with a glob, such as "${arg.replace(/\/+$/, '')}/*.txt".`);
    } else if (isDynamicPattern(arg)) {
      // Matches are named as the pattern was: relative to the working directory, or absolute.
      const matches = (await glob(arg, { cwd: options.cwd, onlyFiles: true, expandDirectories: false, absolute: isAbsolute(arg) })).sort();
      if (matches.length === 0) problems.push(`${arg}: no files match.`);
      for (const match of matches) addFile(match);
    } else {
      problems.push(`${arg}: no such file.`);
    }
  }
  if (problems.length > 0) throw new UsageError(`Nothing was sent:\n  ${problems.join('\n  ')}`);
  return inputs;
}
