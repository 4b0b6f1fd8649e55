// The editor page's correction requests (site/editor/correction-patch.js), run in Node: the form's values against a
// record make the `meeting` overrides of a submission and the one PATCH /meetings/{id} body that corrects it.

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EDITOR_PAGE_DIR } from '../../site/editor-page.ts';

interface Participant {
  name: string;
  role: string | null;
  organization: string | null;
}
type FormRow = Participant & { from: Participant | null };
interface Form {
  title: string;
  kind: string | null;
  status: string;
  date: string | null;
  location: { city: string | null; country: string | null; countryCode: string | null } | null;
  participants: FormRow[];
}
type Record = Omit<Form, 'participants' | 'location'> & { location: (Form['location'] & { mentions?: unknown[] }) | null; participants: Participant[] };

// A browser module, loaded from the page's own directory (not type-checked: the page is plain JavaScript).
const { changedFields, correctionPatch } = (await import(pathToFileURL(join(EDITOR_PAGE_DIR, 'correction-patch.js')).href)) as {
  changedFields: (form: Form, record: Record) => Partial<Form>;
  correctionPatch: (form: Form, loaded: { record: Record; extraction: Record | null }, reverted?: string[]) => unknown;
};

const jane = (): Participant => ({ name: 'Jane Doe', role: 'Prime Minister', organization: null });
const john = (): Participant => ({ name: 'John Roe', role: 'President', organization: 'Republic' });

function recordOf(): Record {
  return {
    title: 'Jane Doe meets John Roe',
    kind: 'meeting',
    status: 'held',
    date: '2025-03-03',
    location: { city: 'Paris', country: 'France', countryCode: 'FR', mentions: [{ start: 1, end: 6 }] },
    participants: [jane(), john()],
  };
}

/** The form as the page fills it from `record`: every row starts as that record's participant. */
function formOf(record: Record): Form {
  const { location } = record;
  return {
    ...record,
    location: location && { city: location.city, country: location.country, countryCode: location.countryCode },
    participants: record.participants.map((participant) => ({ ...participant, from: participant })),
  };
}

describe('Module: editor page correction requests', () => {
  it('sends nothing when the form shows the record as it is', () => {
    // Prepare
    const record = recordOf();

    // Act
    const patch = correctionPatch(formOf(record), { record, extraction: null });

    // Assess
    expect(patch).toEqual({});
  });

  it('updates only the role that changed, naming the participant, and leaves the list alone', () => {
    // Prepare
    const record = recordOf();
    const form = formOf(record);
    form.participants[1] = { ...(form.participants[1] as FormRow), role: 'Head of State' };

    // Act
    const patch = correctionPatch(form, { record, extraction: null });

    // Assess
    expect(patch).toEqual({ participants: { update: [{ name: 'John Roe', role: 'Head of State' }] } });
  });

  it('removes a participant whose row is gone, adds a new row, and makes a renamed row a removal and an addition', () => {
    // Prepare
    const record = recordOf();
    record.participants.push({ name: 'Ann Lee', role: null, organization: null });
    const form = formOf(record);
    form.participants = [
      { ...(form.participants[0] as FormRow), name: 'Jane Dow' },
      form.participants[2] as FormRow,
      { name: 'Mary Major', role: 'Foreign Minister', organization: null, from: null },
    ];

    // Act
    const patch = correctionPatch(form, { record, extraction: null });

    // Assess
    expect(patch).toEqual({
      participants: {
        add: [{ name: 'Jane Dow', role: 'Prime Minister' }, { name: 'Mary Major', role: 'Foreign Minister' }],
        remove: ['Jane Doe', 'John Roe'],
      },
    });
  });

  it('keeps a row whose name differs only in case and ё, as the API does', () => {
    // Prepare
    const record = recordOf();
    record.participants = [{ name: 'Пётр Иванов', role: null, organization: null }];
    const form = formOf(record);
    form.participants = [{ name: 'петр иванов', role: 'посол', organization: null, from: record.participants[0] as Participant }];

    // Act
    const patch = correctionPatch(form, { record, extraction: null });

    // Assess
    expect(patch).toEqual({ participants: { update: [{ name: 'Пётр Иванов', role: 'посол' }] } });
  });

  it('sends the fields that changed, an emptied one as null, and the place whole, ignoring its spans', () => {
    // Prepare
    const record = recordOf();
    const form = { ...formOf(record), title: 'Talks in Lyon', date: null, location: { city: 'Lyon', country: 'France', countryCode: 'FR' } };

    // Act
    const changed = changedFields(form, record);

    // Assess
    expect(changed).toEqual({ title: 'Talks in Lyon', date: null, location: { city: 'Lyon', country: 'France', countryCode: 'FR' } });
    expect(changedFields(formOf(record), record)).toEqual({});
  });

  it('reverts a field set back to the extraction, and sends a value only where the form then differs from the extraction', () => {
    // Prepare: the record carries an editor's title and role; the extraction has the found ones
    const extraction = recordOf();
    const record = { ...recordOf(), title: 'Edited title', participants: [jane(), { ...john(), role: 'Head of State' }] };
    const form = { ...formOf(record), title: extraction.title, participants: formOf(extraction).participants };
    (form.participants[0] as FormRow).organization = 'Government';

    // Act
    const patch = correctionPatch(form, { record, extraction }, ['title', 'participants']);

    // Assess
    expect(patch).toEqual({ participants: { update: [{ name: 'Jane Doe', organization: 'Government' }] }, revert: ['title', 'participants'] });
  });
});
