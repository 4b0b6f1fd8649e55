// The record's JSON Schema (docs/meeting-record.schema.json, generated from the zod schema in
// functions/core/record/record-schema.ts) against the records the core builds: what the code makes must
// validate, what breaks the contract must not, and the zod schema must say the same (its checks for the rules
// between fields are written beside the JSON Schema's if/then, so both are run on every case).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../functions/core/record/build-record.ts';
import { extract } from '../support/extractor.ts';
import { type MeetingRecord, recordFromStorage } from '../../functions/core/record/record.ts';
import { parseSubmission } from '../../functions/core/intake/submission.ts';
import { makeRecord } from '../support/record-factory.ts';
import { meetingRecordSchema } from '../../functions/core/record/record-schema.ts';
import { recordSchema, validateRecord as validateWithJsonSchema } from '../support/record-validator.ts';

const seed = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url));
const context = {
  id: 'm0123456789abcdef0123456',
  articleId: '0123456789abcdef01234567',
  version: 1,
  createdAt: '2026-11-25T12:00:00.000Z',
  updatedAt: '2026-11-25T12:00:00.000Z',
  submittedBy: 'alice',
};

async function recordFrom(body: string | Buffer, contentType: string): Promise<MeetingRecord> {
  const submission = await parseSubmission(Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'), contentType);
  const extraction = extract({ text: submission.text, language: submission.language, publishedAt: submission.publishedAt });
  return buildRecord(submission, extraction, context);
}

/** The optional top-level fields of the TypeScript type: adding one to record.ts without listing it here fails the type check. */
type OptionalKey = { [K in keyof MeetingRecord]-?: object extends Pick<MeetingRecord, K> ? K : never }[keyof MeetingRecord];
const OPTIONAL_KEYS: Record<OptionalKey, true> = { retracted: true };

/** The JSON Schema's verdict, checked against zod's: the two must agree on every record. */
function validateRecord(record: unknown) {
  const result = validateWithJsonSchema(record);
  const parsed = meetingRecordSchema.safeParse(record);
  expect(parsed.success, `zod: ${parsed.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`).toBe(result.valid);
  return result;
}

/** A record with one top-level field removed. */
function without(field: keyof MeetingRecord): Record<string, unknown> {
  const { [field]: _removed, ...rest } = makeRecord();
  return rest;
}

describe('The meeting record JSON Schema', () => {
  it('accepts the record the core builds from the seed article', async () => {
    const record = await recordFrom(seed, 'text/plain; charset=utf-8');
    expect(record.participants.length).toBeGreaterThan(0);
    expect(validateRecord(record)).toEqual({ valid: true, errors: [] });
  });

  it('accepts a record built from a JSON submission with editor overrides, a url and a publication date', async () => {
    const body = JSON.stringify({
      text: 'The foreign ministers of Norway and Chile met in Oslo on 3 March 2026 to discuss fisheries.',
      title: 'Ministers meet in Oslo',
      url: 'https://example.org/news/oslo',
      publishedAt: '2026-03-03',
      language: 'en',
      source: 'Example News',
      meeting: { status: 'held', date: '2026-03', location: { city: 'Oslo', country: 'Norway', countryCode: 'NO' }, relatedEvents: [{ title: 'Fisheries summit' }] },
    });
    const record = await recordFrom(body, 'application/json');
    expect(record.dateBasis).toEqual({ how: 'editor', mention: null });
    expect(validateRecord(record)).toEqual({ valid: true, errors: [] });
  });

  it('accepts a record built from a submission whose editor says it was a call', async () => {
    const body = JSON.stringify({ text: 'The foreign ministers of Norway and Chile spoke by phone in Oslo.', meeting: { kind: 'call' } });
    const record = await recordFrom(body, 'application/json');
    expect(record).toMatchObject({ isMeeting: true, kind: 'call', location: null });
    expect(validateRecord(record)).toEqual({ valid: true, errors: [] });
  });

  it('accepts a record stored before kind and dateBasis existed, once read back', () => {
    const { kind: _kind, dateBasis: _dateBasis, ...stored } = makeRecord();
    expect(validateRecord(stored).valid).toBe(false);
    expect(validateRecord(recordFromStorage(stored)).errors).toEqual([]);
  });

  it('accepts the records of the test factory, with and without the optional parts', () => {
    expect(validateRecord(makeRecord()).errors).toEqual([]);
    const sparse = makeRecord({
      date: null,
      dateBasis: null,
      location: null,
      participants: [],
      organizations: [],
      source: { name: null, url: null },
      publishedAt: null,
      isMeeting: false,
      kind: null,
      status: 'unclear',
    });
    expect(validateRecord(sparse).errors).toEqual([]);
    const rich = makeRecord({
      date: '2020',
      dateBasis: { how: 'dateline', mention: { start: 0, end: 6 } },
      location: { city: null, country: 'Казахстан', countryCode: 'KZ', countryInferred: true, mentions: [{ start: 3, end: 9 }] },
      participants: [{ name: 'Ержан Ашикбаев', role: null, organization: null, country: 'Казахстан', mentions: [] }],
      organizations: [{ name: 'ООН', acronym: null, mentions: [{ start: 0, end: 3 }] }],
      relatedEvents: [{ title: 'Форум', date: '2020-02', location: { city: 'Астана', country: null, countryCode: null }, theme: null }],
    });
    expect(validateRecord(rich).errors).toEqual([]);
  });

  it.each([
    ['a call with no place', { kind: 'call', location: null }],
    ['a meeting of no known sort', { kind: null }],
    ['a visit', { kind: 'visit' }],
    ['a summit', { kind: 'multilateral' }],
    ['a date resolved against publishedAt', { dateBasis: { how: 'publishedAt', mention: { start: 3, end: 8 } } }],
    ['a date the editor gave', { dateBasis: { how: 'editor', mention: null } }],
    ['a date whose basis was not recorded', { dateBasis: null }],
  ] as [string, Partial<MeetingRecord>][])('accepts %s', (_what, fields) => {
    expect(validateRecord(makeRecord(fields)).errors).toEqual([]);
  });

  it('names exactly the top-level fields of the TypeScript type: the required ones as required', () => {
    const required = Object.keys(makeRecord());
    expect([...recordSchema.required].sort()).toEqual(required.sort());
    expect(Object.keys(recordSchema.properties).sort()).toEqual([...required, ...Object.keys(OPTIONAL_KEYS)].sort());
  });

  it('accepts a retracted record and rejects a retraction without its time', () => {
    expect(validateRecord(makeRecord({ retracted: { at: '2020-01-16T09:00:00.000Z', by: 'alice', reason: null } })).errors).toEqual([]);
    const result = validateRecord({ ...makeRecord(), retracted: { by: 'alice', reason: 'duplicate' } });
    expect(result.errors.join('\n')).toContain("must have required property 'at'");
  });

  it.each([
    ['a missing id', without('id'), "must have required property 'id'"],
    ['a missing warnings list', without('warnings'), "must have required property 'warnings'"],
    ['a missing kind', without('kind'), "must have required property 'kind'"],
    ['a missing dateBasis', without('dateBasis'), "must have required property 'dateBasis'"],
    ['an unknown kind', makeRecord({ kind: 'summit' as never }), 'must be equal to one of the allowed values'],
    ['a kind on an article that reports no meeting', makeRecord({ isMeeting: false, kind: 'visit' }), '/kind: must be null'],
    ['a call with a place', makeRecord({ kind: 'call' }), '/location: must be null'],
    ['a date basis without a date', makeRecord({ date: null }), '/dateBasis: must be null'],
    ['an unknown date basis', makeRecord({ dateBasis: { how: 'guessed' as never, mention: null } }), 'must be equal to one of the allowed values'],
    ['an editor date basis pointing into the text', makeRecord({ dateBasis: { how: 'editor', mention: { start: 0, end: 4 } as never } }), '/dateBasis/mention: must be null'],
    ['an unknown status', makeRecord({ status: 'postponed' as never }), 'must be equal to one of the allowed values'],
    ['a date in another format', makeRecord({ date: '14.01.2020' }), 'must match pattern'],
    ['a date with a time', makeRecord({ date: '2020-01-14T10:00:00Z' }), 'must match pattern'],
    ['an extra top-level field', { ...makeRecord(), author: 'x' }, 'must NOT have additional properties (author)'],
    ['an extra field in a participant', makeRecord({ participants: [{ name: 'A', role: null, organization: null, mentions: [], age: 40 } as never] }), 'must NOT have additional properties (age)'],
    ['an extra field in the location', makeRecord({ location: { city: 'Астана', country: 'Казахстан', countryCode: 'KZ', lat: 51 } as never }), 'must NOT have additional properties (lat)'],
    ['a lower-case country code', makeRecord({ location: { city: 'Астана', country: 'Казахстан', countryCode: 'kz' } }), 'must match pattern'],
    ['a negative mention offset', makeRecord({ organizations: [{ name: 'ООН', mentions: [{ start: -1, end: 3 }] }] }), 'must be >= 0'],
    ['a fractional mention offset', makeRecord({ organizations: [{ name: 'ООН', mentions: [{ start: 1.5, end: 3 }] }] }), 'must be integer'],
    ['a relative source url', makeRecord({ source: { name: null, url: '/news/1' } }), 'must match format "uri"'],
    ['an updatedAt without a time zone', makeRecord({ updatedAt: '2020-01-15T10:00:00' }), 'must match format "date-time"'],
    ['a blank title', makeRecord({ title: '   ' }), 'must match pattern'],
    ['a title of spaces and control characters', makeRecord({ title: ' \u0007\u0000 \u0085 ' }), 'must match pattern'],
    ['a version of 0 (dry runs only)', makeRecord({ version: 0 }), 'must be >= 1'],
    ['a string version', makeRecord({ version: '1' as never }), 'must be integer'],
  ])('rejects a record with %s', (_what, record, message) => {
    const result = validateRecord(record);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toContain(message);
  });
});
