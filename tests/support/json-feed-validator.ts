// Validates a JSON Feed document against the JSON Feed 1.1 schema published as the npm package
// `jsonfeed-schema` (draft-07, compiled by ajv + ajv-formats in strict mode), then what that schema
// leaves open: it also accepts 1.0 (`version/1`, the deprecated `author`), and it cannot see duplicate ids.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createAjv, formatAjvErrors } from './ajv.ts';
import type { ValidationResult } from './validation-result.ts';

export const JSON_FEED_1_1 = 'https://jsonfeed.org/version/1.1';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('jsonfeed-schema/schema-v1.1.json'), 'utf8')) as object;

const validateSchema = createAjv().compile(schema);

/** Accepts the document as text (it must then parse) or as an already parsed value. */
export function validateJsonFeed(document: string | unknown): ValidationResult {
  let feed: unknown = document;
  if (typeof document === 'string') {
    try {
      feed = JSON.parse(document);
    } catch (error) {
      return { valid: false, errors: [`not JSON: ${(error as Error).message}`] };
    }
  }
  const errors: string[] = [];
  if (!validateSchema(feed)) errors.push(...formatAjvErrors(validateSchema.errors));
  const version = (feed as { version?: unknown } | null)?.version;
  if (version !== JSON_FEED_1_1) errors.push(`version: expected "${JSON_FEED_1_1}", found ${JSON.stringify(version)}`);
  for (const path of keyPaths(feed, 'author')) errors.push(`${path}: "author" is JSON Feed 1.0; 1.1 uses "authors"`);
  const items = (feed as { items?: unknown } | null)?.items;
  if (Array.isArray(items)) {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') return;
      if (seen.has(id)) errors.push(`/items/${index}/id: "${id}" is also the id of /items/${seen.get(id)}`);
      else seen.set(id, index);
    });
  }
  return { valid: errors.length === 0, errors };
}

/** JSON Pointer paths of every property named `key`, at any depth. */
function keyPaths(value: unknown, key: string, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => keyPaths(item, key, `${path}/${index}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([name, child]) => [
    ...(name === key ? [`${path}/${name}`] : []),
    ...keyPaths(child, key, `${path}/${name}`),
  ]);
}
