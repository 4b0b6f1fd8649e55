// The reliability suite's figures: each test records its own, printed as it finishes and gathered in
// test-output/reliability.json (docs/reliability.md quotes a run).

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/local-app.ts';

const FILE = join(ROOT, 'test-output/reliability.json');

export function recordFigures(part: string, figures: Record<string, unknown>): void {
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  const all = existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>) : {};
  all[part] = { ...figures, at: new Date().toISOString() };
  writeFileSync(FILE, `${JSON.stringify(all, null, 2)}\n`);
  const lines = Object.entries(figures).map(([name, value]) => `  ${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  console.log(`[reliability] ${part}\n${lines.join('\n')}`);
}

export const ms = (value: number) => `${Math.round(value)} ms`;
