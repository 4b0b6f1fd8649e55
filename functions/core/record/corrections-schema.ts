// An editor's corrections as zod schemas: the PATCH /meetings/{id} body that meeting-patch.ts reads, and the
// overrides and extracted fields GET /meetings/{id} shows beside the record. The types stay in corrections.ts,
// which the retract function loads at cold start without zod; the assertions at the end hold both equal.
// Loaded by the retract function only when a correction arrives (meeting-corrections.ts imports it lazily).

import { z } from 'zod';
import type { Expect, Same } from '../same-type.ts';
import { CORRECTABLE_FIELDS, type EditorOverrides, type ExtractedFields, type MeetingPatch, type OrganizationChange, type ParticipantChange } from './corrections.ts';
import { MEETING_KINDS } from './record.ts';
import { MEETING_STATUSES, organizationSchema, participantSchema, PARTIAL_DATE, recordFields } from './record-schema.ts';

export const MAX_EDITS = 100;

const quoted = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');
/** A string as the editor may send it: control characters and surrounding space are removed before these checks. */
const text = (max: number, min = 1) =>
  z
    .string({ error: 'expected a string' })
    .min(min, 'must not be empty')
    .max(max, `at most ${max} characters`);
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `expected one of ${quoted(values)}` });
const list = <T extends z.ZodType>(item: T) => z.array(item, { error: 'expected a list' }).max(MAX_EDITS, `at most ${MAX_EDITS} entries`);

/** "2026-02-30" and "2026-13" match the pattern but name no day or month. */
function isCalendarDate(value: string): boolean {
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const participantChangeSchema = z
  .object({ name: text(500), role: text(500, 0).nullable().optional(), organization: text(500, 0).nullable().optional(), country: text(500, 0).nullable().optional() })
  .strict()
  .meta({ id: 'ParticipantChange', description: 'A participant named by name (case, spacing and ё/е do not matter) and the fields to set.' });

export const organizationChangeSchema = z
  .object({ name: text(500), acronym: text(500, 0).nullable().optional() })
  .strict()
  .meta({ id: 'OrganizationChange', description: 'An organisation named by name and the fields to set.' });

const LIST_EDITS = 'a JSON object of "add", "update" and "remove"; a whole list is never replaced';
const listEdits = <T extends z.ZodType>(change: T) =>
  z.object({ add: list(change).optional(), update: list(change).optional(), remove: list(text(500)).optional() }, { error: `expected ${LIST_EDITS}` }).strict();

/** The fields `revert` may name: those set as a whole, and the two lists. */
export const REVERTIBLE_FIELDS = [...CORRECTABLE_FIELDS, 'participants', 'organizations'] as const;

export const meetingPatchSchema = z
  .object({
    title: text(500),
    summary: text(5000, 0),
    isMeeting: z.boolean({ error: 'expected true or false' }),
    kind: oneOf(MEETING_KINDS).nullable(),
    status: oneOf(MEETING_STATUSES),
    date: z
      .string({ error: 'expected a string' })
      .regex(PARTIAL_DATE, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
      .refine(isCalendarDate, 'not a date in the calendar')
      .nullable(),
    location: z
      .object(
        {
          city: text(200).nullable().optional(),
          country: text(200).nullable().optional(),
          countryCode: z
            .string({ error: 'expected a string' })
            .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code')
            .nullable()
            .optional(),
        },
        { error: 'expected a JSON object of city, country and countryCode, or null' },
      )
      .strict()
      .nullable()
      .meta({ description: 'The place as a whole; one with nothing in it ({} or all null) is no place, as null.' }),
    participants: listEdits(participantChangeSchema),
    organizations: listEdits(organizationChangeSchema),
    revert: list(oneOf(REVERTIBLE_FIELDS)).meta({ description: 'Drops earlier overrides of the named fields, so that extraction\'s value shows again.' }),
  })
  .partial()
  .strict()
  .meta({
    id: 'MeetingPatch',
    description:
      "An editor's correction, kept as overrides beside the extraction (docs/meeting-record.md, \"Corrections\"). Scalar fields and location are set as a whole; " +
      'participants and organisations are edited one by one by name (case, spacing and ё/е do not matter). A name to update or remove must be in the record; ' +
      'one to add must not. `revert` drops earlier overrides of the named fields.',
    examples: [{ participants: { update: [{ name: 'Мирьяна Сполярич', role: 'президент МККК' }] } }],
  });

const listOverrides = <I extends z.ZodType, C extends z.ZodType>(item: I, change: C) =>
  z.object({ added: z.array(item), changed: z.array(change), removed: z.array(z.string()) }).strict();

export const editorOverridesSchema = z
  .object({
    fields: recordFields.pick({ title: true, summary: true, isMeeting: true, kind: true, status: true, date: true, location: true }).partial(),
    participants: listOverrides(participantSchema, participantChangeSchema),
    organizations: listOverrides(organizationSchema, organizationChangeSchema),
  })
  .strict()
  .meta({ id: 'EditorOverrides', description: 'What editors have corrected so far: fields set as a whole, and people and organisations added, changed and removed.' });

export const extractedFieldsSchema = recordFields
  .pick({ title: true, summary: true, isMeeting: true, kind: true, status: true, date: true, dateBasis: true, location: true, participants: true, organizations: true })
  .meta({ id: 'ExtractedFields', description: 'The corrected fields as extraction found them.' });

// Each schema and the type the code uses, held equal at compile time (see record-schema.ts). The PATCH body's
// `location` is read into a MeetingLocation after parsing (a place with nothing in it is null), hence the Omit.
export type CorrectionSchemasAreTypes = [
  Expect<Same<z.infer<typeof participantChangeSchema>, ParticipantChange>>,
  Expect<Same<z.infer<typeof organizationChangeSchema>, OrganizationChange>>,
  Expect<Same<Omit<z.infer<typeof meetingPatchSchema>, 'location'>, Omit<MeetingPatch, 'location'>>>,
  Expect<Same<z.infer<typeof editorOverridesSchema>, EditorOverrides>>,
  Expect<Same<z.infer<typeof extractedFieldsSchema>, ExtractedFields>>,
];
