// What the editor page asks the API to change, from the record form's values (read by editor.js): the fields that
// differ from a record, as a submission's `meeting` overrides before publishing, and as one PATCH /meetings/{id}
// body after it (docs/meeting-record.md, "Corrections"), where participants are edited one by one and never
// replaced as a list. Pure: no DOM, no requests; tests/unit/editor-correction-patch.test.ts runs it in Node.

/** The fields the form sets as a whole; empty ones are `null` in the form's values, as in the record. */
const FORM_FIELDS = ['title', 'kind', 'status', 'date', 'location'];

/** Names compare as the API compares them (nameKey in functions/core/record/corrections.ts): case, spacing and ё/е aside. */
export const nameKey = (name) => name.normalize('NFC').toLocaleLowerCase('ru').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

const samePlace = (a, b) => (a ?? null) === null ? (b ?? null) === null : Boolean(b) && ['city', 'country', 'countryCode'].every((key) => (a[key] ?? null) === (b[key] ?? null));

/** The form's fields (not participants) that differ from `record`, with the form's values. */
export function changedFields(form, record) {
  const changed = {};
  for (const field of FORM_FIELDS) {
    const same = field === 'location' ? samePlace(form.location, record.location) : form[field] === (record[field] ?? null);
    if (!same) changed[field] = form[field];
  }
  return changed;
}

/**
 * The PATCH body that makes `loaded` (GET /meetings/{id}: `record` and `extraction`) what the form shows: the
 * changed fields, the participants' edits, and `revert` for the fields the editor set back to the extraction
 * (the API drops those overrides first, so what the form changes is compared with the extraction's value).
 * Each of `form.participants` is `{name, role, organization, from}`, `from` the participant its row started as
 * (null for a row the editor added). Empty when nothing changed.
 */
export function correctionPatch(form, loaded, reverted = []) {
  const { record, extraction } = loaded;
  const before = Object.fromEntries([...FORM_FIELDS, 'participants'].map((field) => [field, reverted.includes(field) ? extraction?.[field] : record[field]]));
  const patch = changedFields(form, before);
  const participants = participantEdits(form.participants, before.participants ?? []);
  if (participants) patch.participants = participants;
  if (reverted.length) patch.revert = [...reverted];
  return patch;
}

/**
 * One edit per person: a row still naming the participant it started as updates the role or organisation that
 * changed; a row the editor added, or renamed, adds that person; a participant no row names any more is removed.
 */
function participantEdits(rows, before) {
  const add = [];
  const update = [];
  const kept = new Set();
  for (const row of rows) {
    const from = row.from ? before.find((participant) => nameKey(participant.name) === nameKey(row.from.name)) : undefined;
    if (from && !kept.has(from) && nameKey(from.name) === nameKey(row.name)) {
      kept.add(from);
      const change = {};
      for (const key of ['role', 'organization']) if (row[key] !== (from[key] ?? null)) change[key] = row[key];
      if (Object.keys(change).length) update.push({ name: from.name, ...change });
    } else {
      add.push(Object.fromEntries(Object.entries({ name: row.name, role: row.role, organization: row.organization }).filter(([, value]) => value !== null)));
    }
  }
  const remove = before.filter((participant) => !kept.has(participant)).map((participant) => participant.name);
  const edits = Object.fromEntries(Object.entries({ add, update, remove }).filter(([, list]) => list.length));
  return Object.keys(edits).length ? edits : null;
}
