// Serves the editors' upload page (site/editor/) at /editor/ from disk, as CloudFront serves it from the site
// bucket on AWS: `/editor` redirects to `/editor/`, `/editor/` is its index.html, and every file carries the page's
// Content-Security-Policy. The page calls the API on this same origin (its committed config.json says so).

import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { EDITOR_PAGE_DIR, EDITOR_PAGE_TYPES, editorContentSecurityPolicy } from '../../site/editor-page.ts';

export interface EditorPageResponse {
  statusCode: 200 | 301;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** The page's file or redirect for a path under /editor; undefined when the path is not one of its files. */
export async function editorPageResponse(rawPath: string): Promise<EditorPageResponse | undefined> {
  if (rawPath === '/editor') return { statusCode: 301, headers: { location: '/editor/' }, body: new Uint8Array() };
  const name = rawPath === '/editor/' ? 'index.html' : rawPath.slice('/editor/'.length);
  // Only the page's own flat file names: no directories, no encoded characters, no dot files.
  const type = EDITOR_PAGE_TYPES[extname(name)];
  if (!type || !/^[a-z0-9][a-z0-9.-]*$/.test(name)) return undefined;
  let body: Buffer;
  try {
    body = await readFile(join(EDITOR_PAGE_DIR, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return {
    statusCode: 200,
    headers: {
      'content-type': type,
      'cache-control': 'no-cache',
      'content-security-policy': editorContentSecurityPolicy([]),
      'x-content-type-options': 'nosniff',
    },
    body,
  };
}
