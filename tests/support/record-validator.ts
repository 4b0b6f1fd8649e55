// Validates a meeting record against its published JSON Schema (docs/meeting-record.schema.json),
// generated from the zod schema (npm run contract) and compiled by ajv (2020-12) + ajv-formats with every strict option on: what partners can check on their side.

import { readFileSync } from 'node:fs';
import type { ValidationResult } from './validation-result.ts';
import { createAjv2020, formatAjvErrors } from './ajv.ts';

export const recordSchema = JSON.parse(readFileSync(new URL('../../docs/meeting-record.schema.json', import.meta.url), 'utf8')) as {
  required: string[];
  properties: Record<string, unknown>;
};

const validateSchema = createAjv2020({ strict: true }).compile(recordSchema);

export function validateRecord(record: unknown): ValidationResult {
  const valid = validateSchema(record);
  return { valid, errors: valid ? [] : formatAjvErrors(validateSchema.errors) };
}
