// The editor token of the local runtime: EDITOR_TOKEN if set, else the one kept in DATA_DIR/editor-token,
// else a new random one written there, so a restart on the same data keeps working with the same token.

import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface EditorToken {
  token: string;
  source: 'environment' | 'file' | 'generated';
  /** Where the token is kept (generated or file), so the banner can say so. */
  path?: string;
}

export const EDITOR_TOKEN_FILE = 'editor-token';

export function resolveEditorToken(options: { fromEnvironment?: string; dataDir: string }): EditorToken {
  const fromEnvironment = options.fromEnvironment?.trim();
  if (fromEnvironment) return { token: fromEnvironment, source: 'environment' };

  const path = join(options.dataDir, EDITOR_TOKEN_FILE);
  const stored = readIfPresent(path)?.trim();
  if (stored) return { token: stored, source: 'file', path };

  const token = randomBytes(32).toString('base64url');
  mkdirSync(options.dataDir, { recursive: true });
  writeFileSync(path, `${token}\n`, { mode: 0o600 });
  return { token, source: 'generated', path };
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
