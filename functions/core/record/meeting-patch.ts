// Reads a PATCH /meetings/{id} body (corrections.ts) with its zod schema (corrections-schema.ts), the one the
// OpenAPI description is generated from. It runs in the retract function, whose cold start stays without zod:
// meeting-corrections.ts imports this module on the first correction only (docs/decisions.md). The rules for
// dates and places are those of a submission's `meeting` fields (intake/submission-fields.ts).

import { ClientError } from '../errors.ts';
import { cleanEditorStrings } from '../html-escape.ts';
import type { MeetingPatch } from './corrections.ts';
import { meetingPatchSchema } from './corrections-schema.ts';

/** A PATCH body read and validated: strings cleaned as submissions' are, unknown fields refused. */
export function parseMeetingPatch(body: unknown): MeetingPatch {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new ClientError('invalid_json', 'Invalid correction: the correction must be a JSON object, such as {"participants": {"update": [{"name": "…", "role": "…"}]}}.');
  }
  const result = meetingPatchSchema.safeParse(cleanEditorStrings(body));
  if (!result.success) throw new ClientError('invalid_field', `Invalid correction: ${describeIssue(result.error.issues[0])}.`);
  const { location, ...patch } = result.data;
  if (location === undefined) return patch;
  const place = location && { city: location.city ?? null, country: location.country ?? null, countryCode: location.countryCode ?? null };
  // As for a submission: a place with nothing in it is no place.
  return { ...patch, location: place && (place.city ?? place.country ?? place.countryCode) !== null ? place : null };
}

type Issue = { code: string; path: PropertyKey[]; message: string; keys?: string[] } | undefined;

function describeIssue(issue: Issue): string {
  if (!issue) return 'not a correction';
  const where = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') {
    const keys = (issue.keys ?? []).map((key) => `"${key}"`).join(', ');
    if (where === 'participants' || where === 'organizations') return `${where}: takes "add", "update" and "remove" (got ${keys}); a whole list is never replaced`;
    return `${where ? `${where}: ` : ''}unknown field(s) ${keys}`;
  }
  return `${where ? `${where}: ` : ''}${issue.message}`;
}

