// npm run contract: writes docs/openapi.yaml and docs/meeting-record.schema.json from the zod schemas
// (scripts/contract/openapi.ts says how). Run it after changing a schema, an operation or a status, and commit both.

import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contractFiles } from './contract/openapi.ts';

const root = resolve(import.meta.dirname, '..');
for (const [path, content] of Object.entries(contractFiles())) {
  writeFileSync(join(root, path), content);
  console.log(`wrote ${path}`);
}
