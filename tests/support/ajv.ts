// The JSON Schema validators shared by the JSON Feed, record and API contract checks: ajv + ajv-formats.

import { Ajv, type ErrorObject } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';

/**
 * The ajv set-up every validator here shares: the default (draft-07) class, all errors, ajv-formats.
 * Ajv's default strict mode (unknown keywords, ignored formats and bad numbers are errors) suits the
 * published JSON Feed schema; `strict: true` adds strictRequired/strictTypes, which our own schema meets
 * but that one does not (it requires `content_html` inside an `anyOf` branch that does not define it).
 */
export function createAjv(options: { strict?: true } = {}): Ajv {
  const ajv = new Ajv({ ...options, allErrors: true });
  formats.default(ajv);
  return ajv;
}

/** The same for JSON Schema 2020-12, the dialect of our generated contract (docs/openapi.yaml, docs/meeting-record.schema.json). */
export function createAjv2020(options: { strict?: true } = {}): Ajv2020 {
  const ajv = new Ajv2020({ ...options, allErrors: true });
  formats.default(ajv);
  return ajv;
}

export function formatAjvErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const detail = error.keyword === 'additionalProperties' ? ` (${(error.params as { additionalProperty: string }).additionalProperty})` : '';
    return `${error.instancePath || '/'}: ${error.message ?? error.keyword}${detail}`;
  });
}
