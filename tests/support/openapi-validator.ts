// Checks an answer of the running API against docs/openapi.yaml: the status must be documented for that
// operation, and the body must be valid against the schema the document gives it (ajv, JSON Schema 2020-12, the
// dialect OpenAPI 3.1 uses, with every strict option on).

import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createAjv2020, formatAjvErrors } from './ajv.ts';
import type { ValidationResult } from './validation-result.ts';

interface Operation {
  responses: Record<string, { content?: Record<string, { schema: object }>; headers?: Record<string, unknown> }>;
}

export const openApi = parse(readFileSync(new URL('../../docs/openapi.yaml', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, object> };
};

const ajv = createAjv2020({ strict: true });
// The document's own keys are not JSON Schema keywords: known to ajv as such, so that it can be added whole and
// its schemas keep their references (#/components/schemas/…).
ajv.addVocabulary(['openapi', 'info', 'jsonSchemaDialect', 'components', 'security', 'paths']);
ajv.addSchema(openApi, 'openapi');

/** `GET /articles/{articleId}` and the like: every operation the document describes. */
export const documentedOperations = (): string[] =>
  Object.entries(openApi.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));

const pointer = (part: string) => part.replace(/~/g, '~0').replace(/\//g, '~1');

/** The answer `status` with `body` (parsed JSON, or undefined for none) to `METHOD /path/{template}`. */
export function validateResponse(operation: string, status: number, body: unknown): ValidationResult {
  const [method = '', path = ''] = operation.split(' ');
  const described = openApi.paths[path]?.[method.toLowerCase()];
  if (!described) return { valid: false, errors: [`${operation} is not in docs/openapi.yaml`] };
  const response = described.responses[String(status)];
  if (!response) return { valid: false, errors: [`${operation} answered ${status}, which docs/openapi.yaml does not list for it`] };
  if (!response.content?.['application/json']) {
    return body === undefined ? { valid: true, errors: [] } : { valid: false, errors: [`${operation} ${status} has a body; the document gives it none`] };
  }
  const ref = `openapi#/paths/${pointer(path)}/${method.toLowerCase()}/responses/${status}/content/${pointer('application/json')}/schema`;
  const validate = ajv.getSchema(ref);
  if (!validate) return { valid: false, errors: [`no schema at ${ref}`] };
  const valid = validate(body) as boolean;
  return { valid, errors: valid ? [] : formatAjvErrors(validate.errors) };
}
