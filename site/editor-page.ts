// The editors' upload page (site/editor/): what the local runtime (functions/local/editor-route.ts) and the stack
// (infra/delivery.ts) both need to serve it at /editor/: where its files are, their types, and its
// Content-Security-Policy. The page's script calls the API, so its policy allows 'self' scripts and the API's
// origin, unlike the published pages', which allow no script at all (infra/edge.ts).

import { fileURLToPath } from 'node:url';

/** The page's files on disk. */
export const EDITOR_PAGE_DIR = fileURLToPath(new URL('./editor/', import.meta.url));

/** Where the page lives on the site: `/editor/` locally and in the site bucket. */
export const EDITOR_PAGE_PREFIX = 'editor/';

/** The API's address for the page's script: `{"apiUrl": ""}` (this origin) as committed; the stack writes its own. */
export const EDITOR_CONFIG_FILE = 'config.json';

/** The page's file types by extension; any other file is not served. */
export const EDITOR_PAGE_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * The page's own script, stylesheet and configuration, and requests to `apiOrigins`; nothing inline, nothing from
 * elsewhere, no framing. `form-action 'none'`: the page's forms are handled by its script and never navigate.
 */
export function editorContentSecurityPolicy(apiOrigins: readonly string[]): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    // The page's icon is an empty `data:` one, so that the browser asks for no /favicon.ico.
    'img-src data:',
    ['connect-src', "'self'", ...apiOrigins].join(' '),
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
