// What `meetings edit` sends: `--set` assignments read into a PATCH /meetings/{id} body (docs/meeting-record.md,
// "Corrections"), over the JSON of `--patch` when both are given. Pure, so it is tested without a server.

import { UsageError } from './cli-errors.ts';

export interface CurrentLocation {
  city: string | null;
  country: string | null;
  countryCode: string | null;
}

type ListEdits = { add?: Record<string, unknown>[]; update?: Record<string, unknown>[]; remove?: string[] };
export type PatchBody = Record<string, unknown> & { participants?: ListEdits; organizations?: ListEdits; location?: CurrentLocation | null };

const SET_HELP =
  'Use title=…, summary=…, status=held|planned|cancelled|unclear, kind=meeting|visit|call|multilateral|null, date=YYYY[-MM[-DD]]|null, ' +
  'isMeeting=true|false, location.city=…, location.country=…, location.countryCode=KZ, location=null, ' +
  'participant.role=NAME:ROLE, participant.organization=NAME:ORG, participant.country=NAME:COUNTRY, participant.add=NAME[:ROLE], participant.remove=NAME, ' +
  'organization.add=NAME, organization.acronym=NAME:ACRONYM, organization.remove=NAME.';

/** `base` (from --patch) with each `--set` applied in order; `location` is the record's, completed by location.* sets. */
export function patchFromSets(sets: string[], base: PatchBody = {}, location: CurrentLocation | null = null): PatchBody {
  const patch: PatchBody = structuredClone(base);
  for (const set of sets) {
    const at = set.indexOf('=');
    if (at <= 0) throw new UsageError(`--set ${set}: expected FIELD=VALUE. ${SET_HELP}`);
    const [field, value] = [set.slice(0, at).trim(), set.slice(at + 1)];
    if (field === 'title' || field === 'summary' || field === 'status') patch[field] = value;
    else if (field === 'kind' || field === 'date') patch[field] = value === 'null' ? null : value;
    else if (field === 'isMeeting') patch.isMeeting = booleanOf(set, value);
    else if (field === 'location') patch.location = value === 'null' ? null : usage(set, 'location takes only null; set location.city and the like');
    else if (field.startsWith('location.')) setLocation(patch, field.slice('location.'.length), value, location, set);
    else if (field.startsWith('participant.')) editList(patch, 'participants', field.slice('participant.'.length), value, set, ['role', 'organization', 'country']);
    else if (field.startsWith('organization.')) editList(patch, 'organizations', field.slice('organization.'.length), value, set, ['acronym']);
    else usage(set, `unknown field "${field}"`);
  }
  return patch;
}

function setLocation(patch: PatchBody, key: string, value: string, current: CurrentLocation | null, set: string): void {
  if (key !== 'city' && key !== 'country' && key !== 'countryCode') usage(set, 'location has city, country and countryCode');
  // The API sets a place as a whole: the parts not given stay as the record has them.
  const place = patch.location ?? current ?? { city: null, country: null, countryCode: null };
  patch.location = { city: place.city, country: place.country, countryCode: place.countryCode, [key]: value === 'null' ? null : value };
}

function editList(patch: PatchBody, list: 'participants' | 'organizations', op: string, value: string, set: string, fields: string[]): void {
  const edits: ListEdits = patch[list] ?? {};
  patch[list] = edits;
  const [name, detail] = splitName(value);
  if (!name) usage(set, 'a name is needed');
  if (op === 'remove') edits.remove = [...(edits.remove ?? []), name];
  else if (op === 'add') edits.add = [...(edits.add ?? []), list === 'participants' && detail !== undefined ? { name, role: detail } : { name }];
  else if (fields.includes(op)) {
    if (detail === undefined) usage(set, `expected NAME:${op.toUpperCase()}`);
    const update = edits.update ?? [];
    edits.update = update;
    const earlier = update.find((entry) => entry.name === name);
    if (earlier) earlier[op] = detail === 'null' ? null : detail;
    else update.push({ name, [op]: detail === 'null' ? null : detail });
  } else usage(set, `${list === 'participants' ? 'participant' : 'organization'} has add, remove, ${fields.join(', ')}`);
}

/** "Мирьяна Сполярич:глава МККК": the name up to the first colon, the rest after it. */
function splitName(value: string): [string, string | undefined] {
  const at = value.indexOf(':');
  return at < 0 ? [value.trim(), undefined] : [value.slice(0, at).trim(), value.slice(at + 1).trim()];
}

function booleanOf(set: string, value: string): boolean {
  if (value === 'true' || value === 'false') return value === 'true';
  return usage(set, 'isMeeting is true or false');
}

function usage(set: string, problem: string): never {
  throw new UsageError(`--set ${set}: ${problem}. ${SET_HELP}`);
}
