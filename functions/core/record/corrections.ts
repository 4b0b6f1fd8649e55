// An editor's corrections (PATCH /meetings/{id}): kept as overrides beside what extraction found, so that
// re-extracting the article (a re-run, a resubmission, a rebuild) keeps them. Pure: `mergeOverrides` folds a
// correction (read by meeting-patch.ts) into the overrides kept so far, `applyOverrides` makes the record from
// an extraction and the overrides. Participants and organisations are edited one by one, named by name,
// never replaced as a list (docs/meeting-record.md, "Corrections").

import { ClientError } from '../errors.ts';
import type { MeetingRecord, Organization, Participant } from './record.ts';

/** Fields an editor sets as a whole. */
export const CORRECTABLE_FIELDS = ['title', 'summary', 'isMeeting', 'kind', 'status', 'date', 'location'] as const;
type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];
export type FieldOverrides = Partial<Pick<MeetingRecord, CorrectableField>>;

export type ParticipantChange = { name: string } & Partial<Pick<Participant, 'role' | 'organization' | 'country'>>;
export type OrganizationChange = { name: string } & Partial<Pick<Organization, 'acronym'>>;

/** Edits to a list whose items are named: added items, changed fields of named items, removed names. */
export interface ListOverrides<Item, Change> {
  added: Item[];
  changed: Change[];
  removed: string[];
}

/** What an editor has corrected so far, as kept beside the extraction. */
export interface EditorOverrides {
  fields: FieldOverrides;
  participants: ListOverrides<Participant, ParticipantChange>;
  organizations: ListOverrides<Organization, OrganizationChange>;
}

/** The record's fields as extraction (with the submission's own `meeting` fields) made them, before overrides. */
export type ExtractedFields = Pick<MeetingRecord, CorrectableField | 'dateBasis' | 'participants' | 'organizations'>;

/** What a stored meeting keeps once an editor has corrected it. */
export interface Corrections {
  extracted: ExtractedFields;
  overrides: EditorOverrides;
}

/** A correction as PATCH /meetings/{id} takes it (read by meeting-patch.ts; docs/meeting-record.md, "Corrections"). */
export type MeetingPatch = Partial<FieldOverrides> & {
  participants?: ListEdits<ParticipantChange>;
  organizations?: ListEdits<OrganizationChange>;
  /** Fields whose overrides are dropped, so that extraction's value shows again. */
  revert?: (CorrectableField | 'participants' | 'organizations')[];
};

export interface ListEdits<Change> {
  add?: Change[];
  update?: Change[];
  remove?: string[];
}

export const noOverrides = (): EditorOverrides => ({
  fields: {},
  participants: { added: [], changed: [], removed: [] },
  organizations: { added: [], changed: [], removed: [] },
});

export function hasOverrides(overrides: EditorOverrides): boolean {
  const listEdited = (list: ListOverrides<unknown, unknown>) => list.added.length + list.changed.length + list.removed.length > 0;
  return Object.keys(overrides.fields).length > 0 || listEdited(overrides.participants) || listEdited(overrides.organizations);
}

/** Names compare without regard to case, spacing or ё/е: «Сполярич» is «сполярич». */
export const nameKey = (name: string): string => name.normalize('NFC').toLocaleLowerCase('ru').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/** The extracted fields of a record, kept so that later corrections and re-extractions start from them. */
export function extractedFieldsOf(record: MeetingRecord): ExtractedFields {
  const { title, summary, isMeeting, kind, status, date, dateBasis, location: place, participants, organizations } = record;
  return { title, summary, isMeeting, kind, status, date, dateBasis, location: place, participants, organizations };
}

/** The record `extracted` becomes with the editor's overrides: the editor's word wins, field by field, person by person. */
export function applyOverrides(extracted: MeetingRecord, overrides: EditorOverrides | undefined): MeetingRecord {
  if (!overrides) return extracted;
  const { fields } = overrides;
  // As in build-record.ts: an editor who names a kind says it was a meeting; a call has no place.
  const isMeeting = fields.isMeeting ?? (fields.kind ? true : extracted.isMeeting);
  const kind = !isMeeting ? null : fields.kind !== undefined ? fields.kind : extracted.kind === 'call' && fields.location ? null : extracted.kind;
  const place = fields.location !== undefined ? fields.location : extracted.location;
  return {
    ...extracted,
    title: fields.title ?? extracted.title,
    summary: fields.summary ?? extracted.summary,
    isMeeting,
    kind,
    status: fields.status ?? extracted.status,
    date: fields.date !== undefined ? fields.date : extracted.date,
    dateBasis: fields.date !== undefined ? (fields.date === null ? null : { how: 'editor', mention: null }) : extracted.dateBasis,
    location: kind === 'call' ? null : place,
    participants: applyList(extracted.participants, overrides.participants, (name) => ({ name, role: null, organization: null, mentions: [] })),
    organizations: applyList(extracted.organizations, overrides.organizations, (name) => ({ name, mentions: [] })),
  };
}

/**
 * Extracted items keep their order and mentions, less the removed ones, with their changes; added items
 * follow. An added item that a later extraction finds too is merged into the found one, not listed twice.
 */
function applyList<Item extends { name: string; mentions: unknown[] }, Change extends { name: string }>(
  extracted: Item[],
  edits: ListOverrides<Item, Change>,
  blank: (name: string) => Item,
): Item[] {
  const removed = new Set(edits.removed.map(nameKey));
  const changes = new Map(edits.changed.map((change) => [nameKey(change.name), change]));
  const added = new Map(edits.added.map((item) => [nameKey(item.name), item]));
  const kept = extracted
    .filter((item) => !removed.has(nameKey(item.name)))
    .map((item) => {
      const key = nameKey(item.name);
      const addedItem = added.get(key);
      added.delete(key);
      return withChange({ ...item, ...(addedItem ? { ...addedItem, name: item.name, mentions: item.mentions } : {}) }, changes.get(key));
    });
  return [...kept, ...[...added.values()].map((item) => withChange({ ...blank(item.name), ...item }, changes.get(nameKey(item.name))))];
}

function withChange<Item extends { name: string }>(item: Item, change: { name: string } | undefined): Item {
  if (!change) return item;
  const { name: _name, ...fields } = change;
  return { ...item, ...fields };
}

/**
 * The overrides after `patch`, checked against `extracted` (the record before any override): a
 * participant or organisation to change or remove must be in the corrected record, one to add must not.
 */
export function mergeOverrides(current: EditorOverrides, patch: MeetingPatch, extracted: MeetingRecord): EditorOverrides {
  const next: EditorOverrides = structuredClone(current);
  for (const field of patch.revert ?? []) {
    if (field === 'participants' || field === 'organizations') next[field] = { added: [], changed: [], removed: [] };
    else delete next.fields[field];
  }
  for (const field of CORRECTABLE_FIELDS) {
    if (patch[field] !== undefined) (next.fields as Record<string, unknown>)[field] = patch[field];
  }
  const before = applyOverrides(extracted, next);
  next.participants = mergeList(next.participants, patch.participants, before.participants, 'participant', (change) => ({
    name: change.name,
    role: change.role ?? null,
    organization: change.organization ?? null,
    ...(change.country !== undefined ? { country: change.country } : {}),
    mentions: [],
  }));
  next.organizations = mergeList(next.organizations, patch.organizations, before.organizations, 'organisation', (change) => ({
    name: change.name,
    ...(change.acronym !== undefined ? { acronym: change.acronym } : {}),
    mentions: [],
  }));
  assertConsistent(applyOverrides(extracted, next), next.fields);
  return next;
}

function mergeList<Item extends { name: string }, Change extends { name: string }>(
  current: ListOverrides<Item, Change>,
  edits: { add?: Change[]; update?: Change[]; remove?: string[] } | undefined,
  listed: { name: string }[],
  what: string,
  itemOf: (change: Change) => Item,
): ListOverrides<Item, Change> {
  if (!edits) return current;
  const present = new Set(listed.map((item) => nameKey(item.name)));
  const names = () => listed.map((item) => `«${item.name}»`).join(', ') || 'none';
  const mustBeListed = (name: string) => {
    if (!present.has(nameKey(name))) throw new ClientError('invalid_field', `Invalid correction: no ${what} named «${name}»; the record lists ${names()}.`);
  };
  let { added, changed, removed } = current;
  const isAdded = (key: string) => added.some((item) => nameKey(item.name) === key);
  for (const name of edits.remove ?? []) {
    mustBeListed(name);
    const key = nameKey(name);
    if (isAdded(key)) added = added.filter((item) => nameKey(item.name) !== key);
    else removed = [...removed, name];
    changed = changed.filter((change) => nameKey(change.name) !== key);
    present.delete(key);
  }
  for (const change of edits.update ?? []) {
    mustBeListed(change.name);
    const key = nameKey(change.name);
    const earlier = changed.find((item) => nameKey(item.name) === key);
    changed = [...changed.filter((item) => item !== earlier), { ...earlier, ...change }];
  }
  for (const change of edits.add ?? []) {
    const key = nameKey(change.name);
    if (present.has(key)) throw new ClientError('invalid_field', `Invalid correction: «${change.name}» is already a ${what}; change them with "update".`);
    removed = removed.filter((name) => nameKey(name) !== key);
    added = [...added, itemOf(change)];
    present.add(key);
  }
  return { added, changed, removed };
}

/** The same contradictions a submission's `meeting` fields are refused for (submission.ts). */
function assertConsistent(record: MeetingRecord, fields: FieldOverrides): void {
  if (fields.isMeeting === false && fields.kind) {
    throw new ClientError('invalid_field', 'Invalid correction: an article that reports no meeting (isMeeting: false) has no kind; drop one of the two.');
  }
  if (record.kind === 'call' && fields.location) {
    throw new ClientError('invalid_field', 'Invalid correction: a call has no place; give location: null or another kind.');
  }
}
