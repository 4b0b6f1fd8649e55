// The generated contract: docs/openapi.yaml and docs/meeting-record.schema.json are what `npm run contract` makes
// from the zod schemas today (a schema changed without regenerating fails here), and every schema in them
// compiles under ajv's strict mode, so the integration test's checks of real answers can be trusted.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contractFiles } from '../../scripts/contract/openapi.ts';
import { createAjv2020 } from '../support/ajv.ts';
import { documentedOperations, openApi, validateResponse } from '../support/openapi-validator.ts';

const ROOT = new URL('../../', import.meta.url);

describe('The generated API contract', () => {
  it.each(Object.entries(contractFiles()))('%s is as npm run contract makes it from the zod schemas', (path, generated) => {
    const committed = readFileSync(new URL(path, ROOT), 'utf8');
    expect(committed === generated, `${path} differs from the zod schemas: run npm run contract and commit the result`).toBe(true);
  });

  it('describes every route the local runtime serves', () => {
    const runtime = readFileSync(new URL('functions/local/local-runtime.ts', ROOT), 'utf8');
    const routes = [...runtime.matchAll(/\{ method: '(\w+)', path: '([^']+)', handler: \w+ \}/g)].map(([, method, path]) => `${method} ${path}`);
    expect(routes.length).toBeGreaterThan(0);
    expect(documentedOperations().sort()).toEqual(routes.sort());
  });

  it('compiles every component schema under strict mode', () => {
    const ajv = createAjv2020({ strict: true });
    ajv.addVocabulary(['openapi', 'info', 'jsonSchemaDialect', 'components', 'security', 'paths']);
    ajv.addSchema(openApi, 'openapi');
    for (const id of Object.keys(openApi.components.schemas)) {
      expect(() => ajv.getSchema(`openapi#/components/schemas/${id}`), id).not.toThrow();
    }
  });

  it('gives every error answer the error body, and refuses statuses it does not list', () => {
    for (const operation of documentedOperations()) {
      const [method = '', path = ''] = operation.split(' ');
      const statuses = Object.keys(openApi.paths[path]?.[method.toLowerCase()]?.responses ?? {}).filter((status) => Number(status) >= 400);
      expect(statuses, operation).toContain('401');
      for (const status of statuses) {
        expect(validateResponse(operation, Number(status), { error: { code: 'not_found', message: 'No such thing.' } }).errors, `${operation} ${status}`).toEqual([]);
        expect(validateResponse(operation, Number(status), { message: 'No such thing.' }).valid, `${operation} ${status}`).toBe(false);
      }
      expect(validateResponse(operation, 418, { error: { code: 'teapot', message: 'short and stout' } }).errors).toEqual([
        `${operation} answered 418, which docs/openapi.yaml does not list for it`,
      ]);
    }
  });

  it('gives the record a JSON Schema 2020-12 document with the record at its root', () => {
    const schema = JSON.parse(contractFiles()['docs/meeting-record.schema.json'] ?? '{}');
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'Meeting record', type: 'object', additionalProperties: false });
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'version', 'participants', 'kind', 'dateBasis']));
    expect(Object.keys(schema.$defs).sort()).toEqual(['DateBasis', 'Location', 'Mention', 'Organization', 'PartialDate', 'Participant', 'RelatedEvent', 'Retraction']);
  });
});
