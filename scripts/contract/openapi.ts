// The API's contract, generated: docs/openapi.yaml (OpenAPI 3.1) and docs/meeting-record.schema.json (JSON Schema
// 2020-12), made from the zod schemas the handlers use (functions/handlers/api-responses.ts, functions/core/record/
// record-schema.ts and corrections-schema.ts, functions/core/intake/submission-fields.ts). The operations (paths,
// methods, parameters, statuses, security) are data here; every schema in them comes from zod.
// `npm run contract` writes the files; tests/unit/contract.test.ts fails when they differ from what this makes.

import { isDeepStrictEqual } from 'node:util';
import { stringify } from 'yaml';
import { z } from 'zod';
import { jsonSchema as jsonSubmissionSchema, linkSchema as linkSubmissionSchema } from '../../functions/core/intake/submission-fields.ts';
import { MAX_ARTICLE_BYTES } from '../../functions/core/intake/limits.ts';
import { meetingPatchSchema } from '../../functions/core/record/corrections-schema.ts';
import { meetingRecordSchema } from '../../functions/core/record/record-schema.ts';
import {
  articleAcceptedSchema,
  articleListSchema,
  articleStatusSchema,
  dryRunSchema,
  errorBodySchema,
  meetingViewSchema,
  queueDepthsSchema,
  rebuildPageSchema,
  redrivenSchema,
  retractedSchema,
} from '../../functions/handlers/api-responses.ts';
import { DEFAULT_REBUILD_PAGE, MAX_REBUILD_PAGE, MAX_REDRIVE } from '../../functions/handlers/operations.ts';
import { MAX_LIST_LIMIT, DEFAULT_LIST_LIMIT } from '../../functions/core/intake/article-list.ts';

type JsonSchema = Record<string, unknown>;

const COMPONENTS = '#/components/schemas/';

/**
 * A zod schema as JSON Schema 2020-12 in the OpenAPI document: one with an id is a reference to its component, and
 * so is every part of it that has one (zod puts those under $defs, which the components hold already).
 */
function schemaOf(schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema {
  const id = z.globalRegistry.get(schema)?.id;
  if (id) return { $ref: `${COMPONENTS}${id}` };
  const { $schema: _dialect, $defs: _parts, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io }) as JsonSchema;
  return JSON.parse(JSON.stringify(rest).replaceAll('"#/$defs/', `"${COMPONENTS}`)) as JsonSchema;
}

/** Requests are described as the client sends them (before defaults and trimming), answers as the server sends them. */
const REQUEST_SCHEMAS = new Set(['JsonSubmission', 'LinkSubmission', 'MeetingOverrides', 'MeetingPatch']);

/** Every schema with an id (`.meta({ id })`) that the modules above define, as components. */
function componentSchemas(): Record<string, JsonSchema> {
  const uri = (id: string) => `${COMPONENTS}${id}`;
  const input = z.toJSONSchema(z.globalRegistry, { target: 'draft-2020-12', io: 'input', uri }).schemas;
  // Requests' transforms (trimming, a place of nulls read as none) have no output schema; answers have no transforms.
  const output = z.toJSONSchema(z.globalRegistry, { target: 'draft-2020-12', io: 'output', uri, unrepresentable: 'any' }).schemas;
  const components: Record<string, JsonSchema> = {};
  for (const id of Object.keys(input).sort()) {
    if (!REQUEST_SCHEMAS.has(id) && !isDeepStrictEqual(input[id], output[id])) {
      // An answer with a default or a transform would be described as one shape and sent as another.
      throw new Error(`${id}: its schema differs before and after parsing (a default or a transform); describe it without one.`);
    }
    // Each is a part of this document, not a document of its own: no dialect, no `$id`.
    const { $schema: _dialect, $id: _id, ...rest } = input[id] as JsonSchema;
    components[id] = rest;
  }
  return components;
}

const json = (schema: z.ZodType) => ({ 'application/json': { schema: schemaOf(schema) } });
const error = (description: string) => ({ description, content: json(errorBodySchema) });

const UNAUTHORIZED = error("no, wrong, expired or revoked token (on AWS a wrong token gets API Gateway's 403)");
const FORBIDDEN = (what: string) => error(`the token is valid but its role may not ${what} (error code forbidden)`);
const NOT_FOUND = (what: string) => error(`Unknown ${what}`);
const meetingId = { name: 'meetingId', in: 'path', required: true, schema: schemaOf(meetingRecordSchema.shape.id) };
const etag = { ETag: { description: 'the version, as If-Match takes it', schema: schemaOf(z.string().meta({ examples: ['"3"'] })) } };

const retractionBody = z
  .object({ reason: z.string().max(500).nullable().optional().meta({ description: "why; it becomes the Atom tombstone's comment" }) })
  .meta({ description: 'optional' });

function paths() {
  return {
    '/articles': {
      get: {
        summary: "The calling editor's articles, newest first, paged",
        description:
          "Lists the articles stored with the caller's token (by its id), newest first. A status filter is applied after reading: a page looks at 300 entries at most, so it may hold fewer than `limit` articles and still have a `next`.",
        parameters: [
          { name: 'mine', in: 'query', required: true, schema: schemaOf(z.literal('true')), description: 'required: only your own articles can be listed' },
          { name: 'status', in: 'query', schema: schemaOf(articleStatusSchema.shape.status) },
          { name: 'limit', in: 'query', schema: schemaOf(z.number().int().min(1).max(MAX_LIST_LIMIT).default(DEFAULT_LIST_LIMIT)) },
          { name: 'cursor', in: 'query', schema: schemaOf(z.string()), description: 'the `next` of the previous page, as it is' },
        ],
        responses: {
          '200': { description: 'A page of articles', content: json(articleListSchema) },
          '400': error('mine=true missing, an unknown status, a limit outside 1–100, or a cursor this API did not give'),
          '401': UNAUTHORIZED,
          '403': error('a token without an editor id (issued before ids): it has no list of articles; ask an admin for a new token'),
        },
      },
      post: {
        summary: 'Submit an article',
        parameters: [
          {
            name: 'dryRun',
            in: 'query',
            schema: schemaOf(z.enum(['true', '1', 'false', '0'])),
            description: 'true (or 1): return the record that would be made; store nothing.',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'text/plain': { schema: schemaOf(z.string().max(MAX_ARTICLE_BYTES)) },
            'text/markdown': {
              schema: schemaOf(z.string().meta({ description: 'optional YAML front matter with the JSON fields except text; rendered (emphasis, links, lists, headings)' })),
            },
            'text/html': {
              schema: schemaOf(
                z.string().meta({ description: 'a web page: its main content is taken out; title, publication time, canonical URL and site name come from its metadata (docs/intake.md)' }),
              ),
            },
            'application/xhtml+xml': { schema: schemaOf(z.string().meta({ description: 'as text/html' })) },
            'application/json': { schema: { oneOf: [schemaOf(jsonSubmissionSchema), schemaOf(linkSubmissionSchema)] } },
          },
        },
        responses: {
          '202': { description: 'Stored durably', content: json(articleAcceptedSchema) },
          '200': { description: 'Dry run: the record that would be made', content: json(dryRunSchema) },
          '400': error(
            'empty body, invalid JSON, invalid field, bytes that cannot be decoded (the message gives the byte offset), binary data; a page with no article text or nested more than 256 levels; JSON or front matter nested more than 32 levels; YAML aliases (*name) in front matter',
          ),
          '401': UNAUTHORIZED,
          '403': FORBIDDEN('submit'),
          '413': error(
            'over 1 MiB; front matter over 64 KiB; an article (text as escaped HTML, plus its fields) that compresses to more than 256 KiB, which could not be stored (ordinary prose of 1 MiB compresses to about 200 KiB)',
          ),
          '415': error('unsupported media type, or a charset that cannot be decoded (any of the WHATWG Encoding Standard can); a link whose page is not HTML'),
          '422': error(
            'a link that was not fetched: link_refused (not http(s), an address that is not public, more than 5 redirects), link_unreachable (no such host, no connection, an error status), link_timed_out (no page within 10 s); the message says what to do',
          ),
        },
      },
    },
    '/articles/{articleId}': {
      get: {
        summary: 'How far an article got, and its record',
        parameters: [{ name: 'articleId', in: 'path', required: true, schema: schemaOf(articleStatusSchema.shape.articleId) }],
        responses: {
          '200': { description: 'Status', content: json(articleStatusSchema) },
          '401': UNAUTHORIZED,
          '403': FORBIDDEN('read statuses'),
          '404': NOT_FOUND('article'),
        },
      },
    },
    '/meetings/{meetingId}': {
      get: {
        summary: "A meeting's record beside its extraction and the editor's overrides",
        parameters: [meetingId],
        responses: {
          '200': { description: 'The record, the extraction and the overrides; the ETag is the version', headers: etag, content: json(meetingViewSchema) },
          '401': UNAUTHORIZED,
          '403': FORBIDDEN('read meetings'),
          '404': NOT_FOUND('meeting'),
        },
      },
      patch: {
        summary: 'Correct a meeting (editor or admin tokens)',
        description:
          'Folds the correction into the overrides kept beside the extraction; the record is made again from both, its version raised, and publish signalled (the feeds show it at the next publish). Re-extraction of the article (a redelivery, a resubmission with the same url or meetingId, a rebuild) keeps the overrides. A correction that changes nothing saves nothing and answers the current version.',
        parameters: [
          meetingId,
          {
            name: 'If-Match',
            in: 'header',
            required: true,
            schema: schemaOf(z.string().meta({ examples: ['"3"'] })),
            description: 'the version the correction is made to, as GET gives it in its ETag',
          },
        ],
        requestBody: { required: true, content: { 'application/json': { schema: schemaOf(meetingPatchSchema) } } },
        responses: {
          '200': { description: 'Corrected (or unchanged); the new version is the ETag', headers: etag, content: json(meetingViewSchema) },
          '400': error(
            'an empty body, invalid JSON, an unknown field, an If-Match that is not a version, a name the record does not list (or already lists, for add), a correction that contradicts itself',
          ),
          '401': UNAUTHORIZED,
          '403': FORBIDDEN('correct'),
          '404': NOT_FOUND('meeting'),
          '412': error('the meeting changed since that version: GET it again and resend (precondition_failed)'),
          '428': error('no If-Match (precondition_required)'),
        },
      },
      delete: {
        summary: 'Retract a meeting (admin tokens only)',
        description:
          'Needs a token with the role `admin`. The record is kept and marked `retracted`; the entry leaves the JSON feeds and pages and becomes an RFC 6721 tombstone in the Atom feeds. Repeating the call changes nothing.',
        parameters: [meetingId],
        requestBody: { required: false, content: { 'application/json': { schema: schemaOf(retractionBody, 'input') } } },
        responses: {
          '202': { description: 'Retracted', content: json(retractedSchema) },
          '400': error('invalid JSON body or reason'),
          '401': UNAUTHORIZED,
          '403': error('the token is valid but its role is editor: retracting needs an admin token (error code forbidden)'),
          '404': NOT_FOUND('meeting'),
        },
      },
    },
    '/admin/rebuild': {
      post: {
        summary: 'Re-extract a page of stored articles (admin tokens only)',
        description:
          "Sends up to `limit` stored raw articles, in key order after `after`, back through normalise: each is extracted again with the current extractor and keeps its editors' overrides. Call again with `after` set to the answer's `next` until it is null (`meetings rebuild` does, and resumes from the last page it saved).",
        parameters: [
          { name: 'after', in: 'query', schema: schemaOf(rebuildPageSchema.shape.articleIds.element), description: "the previous answer's `next`; absent: from the first article" },
          { name: 'limit', in: 'query', schema: schemaOf(z.number().int().min(1).max(MAX_REBUILD_PAGE).default(DEFAULT_REBUILD_PAGE)) },
        ],
        responses: {
          '202': { description: 'Sent to normalise', content: json(rebuildPageSchema) },
          '400': error('a limit outside 1–1000'),
          '401': UNAUTHORIZED,
          '403': FORBIDDEN('operate: rebuilding needs an admin token'),
        },
      },
    },
    '/admin/redrive': {
      post: {
        summary: 'Send what the dead-letter queues hold back to their queues (admin tokens only)',
        description: 'After a fix: moves up to `max` dead letters per queue back (articles to normalise, meetings to publish), then deletes them. Call again while `remaining` is not zero.',
        parameters: [
          { name: 'queue', in: 'query', schema: schemaOf(z.enum(['normalise', 'publish'])), description: 'one queue; absent: both' },
          { name: 'max', in: 'query', schema: schemaOf(z.number().int().min(1).max(MAX_REDRIVE).default(MAX_REDRIVE)) },
        ],
        responses: {
          '200': { description: 'Sent back', content: json(redrivenSchema) },
          '400': error('an unknown queue, or a max outside 1–100'),
          '401': UNAUTHORIZED,
          '403': FORBIDDEN('operate: redriving needs an admin token'),
        },
      },
    },
    '/admin/queues': {
      get: {
        summary: 'How much work is waiting (admin tokens only)',
        responses: {
          '200': { description: 'The depth of each queue', content: json(queueDepthsSchema) },
          '401': UNAUTHORIZED,
          '403': FORBIDDEN('operate: reading the queues needs an admin token'),
        },
      },
    },
  };
}

/** docs/openapi.yaml's content. */
export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: "meeting-feeds editors' API",
      version: '0.1.0',
      description:
        'Submit news articles about meetings; they are stored durably, normalised into meeting records and published as Atom and JSON feeds. ' +
        'Identical locally (`npm start`) and on AWS (HTTP API). Generated by `npm run contract` from the zod schemas the handlers use: do not edit by hand.\n',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    components: {
      securitySchemes: {
        editorToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            'An editor token, `mf_<id>_<secret>` (`npm start` prints one; `npx meetings editors add` makes one on AWS). Role `editor`: submit, correct, read statuses; role `admin`: also retract, rebuild and redrive. Tokens expire (90 days by default) and can be revoked; a revocation takes effect within 60 seconds on AWS.',
        },
      },
      schemas: componentSchemas(),
    },
    security: [{ editorToken: [] }],
    paths: paths(),
  };
}

/** docs/meeting-record.schema.json's content: the record at the root, the parts it names under $defs. */
export function meetingRecordJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(meetingRecordSchema, { target: 'draft-2020-12' }) as JsonSchema & { $defs: Record<string, JsonSchema> };
  const { MeetingRecord: record, ...parts } = generated.$defs;
  const { title, description, ...rest } = record as JsonSchema;
  return { $schema: generated.$schema, title, description, ...rest, $defs: parts };
}

/** Each generated file, by its path from the repository root, as it is written. */
export function contractFiles(): Record<string, string> {
  return {
    'docs/openapi.yaml': `# Generated by \`npm run contract\` (scripts/contract/openapi.ts) from the zod schemas; do not edit.\n${stringify(openApiDocument(), { lineWidth: 0, aliasDuplicateObjects: false })}`,
    'docs/meeting-record.schema.json': `${JSON.stringify(meetingRecordJsonSchema(), null, 2)}\n`,
  };
}
