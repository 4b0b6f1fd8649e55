// Reads a PATCH /meetings/{id} body (corrections.ts) with plain checks, not zod: it runs in the retract
// function, whose bundle stays without zod for its cold start (docs/decisions.md). The rules for dates and
// places are those of a submission's `meeting` fields (intake/submission.ts).

import { ClientError } from '../errors.ts';
import { stripControlCharacters } from '../html-escape.ts';
import { CORRECTABLE_FIELDS, type MeetingPatch, type OrganizationChange, type ParticipantChange } from './corrections.ts';
import { MEETING_KINDS, type MeetingLocation } from './record.ts';

const STATUSES = ['held', 'planned', 'cancelled', 'unclear'] as const;
const LIST_FIELDS = ['participants', 'organizations'] as const;
const MAX_EDITS = 100;

/** A PATCH body read and validated: strings cleaned as submissions' are, unknown fields refused. */
export function parseMeetingPatch(body: unknown): MeetingPatch {
  const data = objectOf(body, 'the correction');
  const unknown = Object.keys(data).filter((key) => !([...CORRECTABLE_FIELDS, ...LIST_FIELDS, 'revert'] as string[]).includes(key));
  if (unknown.length) fail('', `unknown field(s) ${unknown.map((key) => `"${key}"`).join(', ')}`);
  const patch: MeetingPatch = {};
  if (data.title !== undefined) patch.title = text(data.title, 'title', 500);
  if (data.summary !== undefined) patch.summary = text(data.summary, 'summary', 5000, 0);
  if (data.isMeeting !== undefined) patch.isMeeting = typeof data.isMeeting === 'boolean' ? data.isMeeting : fail('isMeeting', 'expected true or false');
  if (data.kind !== undefined) patch.kind = data.kind === null ? null : oneOf(data.kind, MEETING_KINDS, 'kind');
  if (data.status !== undefined) patch.status = oneOf(data.status, STATUSES, 'status');
  if (data.date !== undefined) patch.date = data.date === null ? null : partialDate(data.date);
  if (data.location !== undefined) patch.location = data.location === null ? null : place(data.location);
  if (data.participants !== undefined) {
    patch.participants = listEdits(data.participants, 'participants', ['role', 'organization', 'country']) as MeetingPatch['participants'];
  }
  if (data.organizations !== undefined) patch.organizations = listEdits(data.organizations, 'organizations', ['acronym']) as MeetingPatch['organizations'];
  if (data.revert !== undefined) {
    const fields = [...CORRECTABLE_FIELDS, ...LIST_FIELDS];
    patch.revert = arrayOf(data.revert, 'revert').map((field, index) => oneOf(field, fields, `revert.${index}`));
  }
  return patch;
}

function listEdits(value: unknown, what: string, fields: string[]) {
  const edits = objectOf(value, what);
  const unknown = Object.keys(edits).filter((key) => !['add', 'update', 'remove'].includes(key));
  if (unknown.length) fail(what, `takes "add", "update" and "remove" (got ${unknown.map((key) => `"${key}"`).join(', ')}); a whole list is never replaced`);
  const change = (item: unknown, where: string): ParticipantChange | OrganizationChange => {
    const entry = objectOf(item, where);
    const extra = Object.keys(entry).filter((key) => key !== 'name' && !fields.includes(key));
    if (extra.length) fail(where, `unknown field(s) ${extra.map((key) => `"${key}"`).join(', ')}`);
    const result: Record<string, string | null> = { name: text(entry.name, `${where}.name`, 500) };
    for (const field of fields) if (entry[field] !== undefined) result[field] = entry[field] === null ? null : text(entry[field], `${where}.${field}`, 500, 0);
    return result as ParticipantChange;
  };
  return {
    ...(edits.add !== undefined ? { add: arrayOf(edits.add, `${what}.add`).map((item, i) => change(item, `${what}.add.${i}`)) } : {}),
    ...(edits.update !== undefined ? { update: arrayOf(edits.update, `${what}.update`).map((item, i) => change(item, `${what}.update.${i}`)) } : {}),
    ...(edits.remove !== undefined ? { remove: arrayOf(edits.remove, `${what}.remove`).map((name, i) => text(name, `${what}.remove.${i}`, 500)) } : {}),
  };
}

function place(value: unknown): MeetingLocation | null {
  const data = objectOf(value, 'location');
  const extra = Object.keys(data).filter((key) => !['city', 'country', 'countryCode'].includes(key));
  if (extra.length) fail('location', `unknown field(s) ${extra.map((key) => `"${key}"`).join(', ')}`);
  const part = (key: string) => (data[key] === undefined || data[key] === null ? null : text(data[key], `location.${key}`, 200));
  const countryCode = part('countryCode');
  if (countryCode !== null && !/^[A-Z]{2}$/.test(countryCode)) fail('location.countryCode', 'expected an ISO 3166-1 alpha-2 code');
  const result = { city: part('city'), country: part('country'), countryCode };
  // As for a submission: a place with nothing in it is no place.
  return result.city === null && result.country === null && result.countryCode === null ? null : result;
}

function partialDate(value: unknown): string {
  const date = text(value, 'date', 10);
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) fail('date', 'expected YYYY, YYYY-MM or YYYY-MM-DD');
  const [year, month = 1, day = 1] = date.split('-').map(Number);
  const parsed = new Date(Date.UTC(year as number, month - 1, day));
  if (parsed.getUTCFullYear() !== year || parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day) fail('date', 'not a date in the calendar');
  return date;
}

function text(value: unknown, where: string, max: number, min = 1): string {
  if (typeof value !== 'string') fail(where, 'expected a string');
  const cleaned = stripControlCharacters(value).trim();
  if (cleaned.length < min) fail(where, 'must not be empty');
  if (cleaned.length > max) fail(where, `at most ${max} characters`);
  return cleaned;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], where: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  return fail(where, `expected one of ${allowed.map((item) => `"${item}"`).join(', ')}`);
}

function arrayOf(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) fail(where, 'expected a list');
  if (value.length > MAX_EDITS) fail(where, `at most ${MAX_EDITS} entries`);
  return value;
}

function objectOf(value: unknown, where: string): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new ClientError('invalid_json', `Invalid correction: ${where} must be a JSON object, such as {"participants": {"update": [{"name": "…", "role": "…"}]}}.`);
  }
  return value as Record<string, unknown>;
}

function fail(where: string, message: string): never {
  throw new ClientError('invalid_field', `Invalid correction: ${where ? `${where}: ` : ''}${message}.`);
}
