// The JSON Schema validator shared by the JSON Feed and record validators: ajv + ajv-formats.

import { Ajv, type ErrorObject } from 'ajv';
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

export function formatAjvErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const detail = error.keyword === 'additionalProperties' ? ` (${(error.params as { additionalProperty: string }).additionalProperty})` : '';
    return `${error.instancePath || '/'}: ${error.message ?? error.keyword}${detail}`;
  });
}
