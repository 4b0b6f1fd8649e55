// An editor's corrections, without emulators: reading a PATCH body, folding it into the overrides kept so
// far, applying overrides to an extraction, and the version a correction or a re-extraction makes.

import { describe, expect, it } from 'vitest';
import { ClientError } from '../../functions/core/errors.ts';
import { applyOverrides, mergeOverrides, noOverrides } from '../../functions/core/record/corrections.ts';
import { parseMeetingPatch } from '../../functions/core/record/meeting-patch.ts';
import type { StoredMeeting } from '../../functions/core/record/meeting-repository.ts';
import { correctedVersion, versionFromArticle } from '../../functions/core/record/next-version.ts';
import type { MeetingRecord, Participant } from '../../functions/core/record/record.ts';
import { fingerprintOf } from '../../functions/core/record/record-fingerprint.ts';
import { makeRecord } from '../support/record-factory.ts';

const RECEIVED = '2026-03-01T10:00:00.000Z';
const AT = '2026-03-02T10:00:00.000Z';

const person = (name: string, role: string | null, organization: string | null = null): Participant => ({
  name,
  role,
  organization,
  mentions: [{ start: 0, end: name.length }],
});

function twoPeople(overrides: Partial<MeetingRecord> = {}): MeetingRecord {
  return makeRecord({
    participants: [person('Ержан Ашикбаев', 'министр', 'МИД Казахстана'), person('Мирьяна Сполярич', 'президент', 'МККК')],
    ...overrides,
  });
}

const stored = (record: MeetingRecord): StoredMeeting => ({ record, sourceReceivedAt: RECEIVED, fingerprint: fingerprintOf(record) });
const merge = (patch: unknown, extracted = twoPeople()) => mergeOverrides(noOverrides(), parseMeetingPatch(patch), extracted);

describe('parseMeetingPatch', () => {
  it('reads scalar fields, a location and list edits', () => {
    const patch = parseMeetingPatch({
      title: ' Встреча ',
      date: '2026-02',
      location: { city: 'Алматы', country: 'Казахстан', countryCode: 'KZ' },
      participants: { update: [{ name: 'Мирьяна Сполярич', role: 'глава МККК' }], remove: ['Ержан Ашикбаев'] },
    });
    expect(patch.title).toBe('Встреча');
    expect(patch.date).toBe('2026-02');
    expect(patch.participants?.update).toEqual([{ name: 'Мирьяна Сполярич', role: 'глава МККК' }]);
  });

  it('refuses a whole participants list: lists are edited one by one', () => {
    expect(() => parseMeetingPatch({ participants: [person('Ержан Ашикбаев', null)] })).toThrow(ClientError);
  });

  it('refuses unknown fields, a kind outside the vocabulary, an impossible date and a non-object', () => {
    expect(() => parseMeetingPatch({ contentHtml: '<b>x</b>' })).toThrow(/unknown field/);
    expect(() => parseMeetingPatch({ kind: 'party' })).toThrow(/kind/);
    expect(() => parseMeetingPatch({ date: '2026-02-30' })).toThrow(/calendar/);
    expect(() => parseMeetingPatch([])).toThrow(ClientError);
  });

  it.each([
    [{ participants: { set: [] } }, 'participants: takes "add", "update" and "remove" (got "set"); a whole list is never replaced'],
    [{ title: '  \u0007 ' }, 'title: must not be empty'],
    [{ title: 5 }, 'title: expected a string'],
    [{ title: 'x'.repeat(501) }, 'title: at most 500 characters'],
    [{ isMeeting: 'yes' }, 'isMeeting: expected true or false'],
    [{ date: '2026-13' }, 'date: not a date in the calendar'],
    [{ date: '13.01.2026' }, 'date: expected YYYY, YYYY-MM or YYYY-MM-DD'],
    [{ location: { city: 'Астана', lat: 51 } }, 'location: unknown field(s) "lat"'],
    [{ location: { countryCode: 'kz' } }, 'location.countryCode: expected an ISO 3166-1 alpha-2 code'],
    [{ participants: { update: [{ role: 'посол' }] } }, 'participants.update.0.name: expected a string'],
    [{ organizations: { add: [{ name: 'ООН', url: 'x' }] } }, 'organizations.add.0: unknown field(s) "url"'],
    [{ participants: { remove: Array.from({ length: 101 }, () => 'A') } }, 'participants.remove: at most 100 entries'],
    [{ revert: ['contentHtml'] }, 'revert.0: expected one of "title", "summary", "isMeeting", "kind", "status", "date", "location", "participants", "organizations"'],
  ])('says where and what is wrong in %j', (patch, message) => {
    expect(() => parseMeetingPatch(patch)).toThrow(`Invalid correction: ${message}.`);
  });

  it('cleans strings as submissions are cleaned, and reads a place with nothing in it as none', () => {
    expect(parseMeetingPatch({ location: { city: ' Астана\u0007 ' } })).toEqual({ location: { city: 'Астана', country: null, countryCode: null } });
    expect(parseMeetingPatch({ location: { city: null } })).toEqual({ location: null });
    expect(parseMeetingPatch({ location: null, kind: null })).toEqual({ location: null, kind: null });
  });
});

describe('mergeOverrides and applyOverrides', () => {
  it('changes one participant\'s role and keeps the other as extracted', () => {
    const record = applyOverrides(twoPeople(), merge({ participants: { update: [{ name: 'мирьяна сполярич', role: 'глава МККК' }] } }));
    expect(record.participants).toEqual([person('Ержан Ашикбаев', 'министр', 'МИД Казахстана'), person('Мирьяна Сполярич', 'глава МККК', 'МККК')]);
  });

  it('adds and removes participants without touching the rest', () => {
    const overrides = merge({ participants: { add: [{ name: 'Антониу Гутерриш', role: 'генсек ООН' }], remove: ['Ержан Ашикбаев'] } });
    expect(applyOverrides(twoPeople(), overrides).participants.map((p) => [p.name, p.role])).toEqual([
      ['Мирьяна Сполярич', 'президент'],
      ['Антониу Гутерриш', 'генсек ООН'],
    ]);
  });

  it('refuses to change or remove someone the record does not list, and to add someone twice', () => {
    expect(() => merge({ participants: { update: [{ name: 'Никто', role: 'x' }] } })).toThrow(/no participant named «Никто».*Ержан Ашикбаев/);
    expect(() => merge({ participants: { remove: ['Никто'] } })).toThrow(/no participant/);
    expect(() => merge({ participants: { add: [{ name: 'Ержан Ашикбаев' }] } })).toThrow(/already a participant/);
  });

  it('accumulates corrections: a later patch edits a participant an earlier one added', () => {
    const first = merge({ participants: { add: [{ name: 'Антониу Гутерриш' }] } });
    const second = mergeOverrides(first, parseMeetingPatch({ participants: { update: [{ name: 'Антониу Гутерриш', organization: 'ООН' }] } }), twoPeople());
    expect(applyOverrides(twoPeople(), second).participants[2]).toMatchObject({ name: 'Антониу Гутерриш', role: null, organization: 'ООН' });
    const third = mergeOverrides(second, parseMeetingPatch({ participants: { remove: ['Антониу Гутерриш'] } }), twoPeople());
    expect(third.participants).toEqual({ added: [], changed: [], removed: [] });
  });

  it('overrides scalar fields and the place; an editor\'s date has the editor as its basis', () => {
    const record = applyOverrides(twoPeople(), merge({ title: 'Исправлено', status: 'planned', date: '2026-04-01', location: null }));
    expect(record).toMatchObject({ title: 'Исправлено', status: 'planned', date: '2026-04-01', dateBasis: { how: 'editor' }, location: null });
  });

  it('edits organisations one by one', () => {
    const record = applyOverrides(twoPeople(), merge({ organizations: { update: [{ name: 'Международный комитет Красного Креста', acronym: 'ICRC' }], add: [{ name: 'ООН' }] } }));
    expect(record.organizations.map((o) => [o.name, o.acronym])).toEqual([
      ['Международный комитет Красного Креста', 'ICRC'],
      ['ООН', undefined],
    ]);
  });

  it('reverts a field to what extraction found', () => {
    const first = merge({ title: 'Исправлено', participants: { remove: ['Ержан Ашикбаев'] } });
    const reverted = mergeOverrides(first, parseMeetingPatch({ revert: ['title', 'participants'] }), twoPeople());
    expect(applyOverrides(twoPeople(), reverted)).toEqual(twoPeople());
  });

  it('refuses a correction that contradicts itself', () => {
    expect(() => merge({ isMeeting: false, kind: 'visit' })).toThrow(/no kind/);
    expect(() => merge({ kind: 'call', location: { city: 'Женева' } })).toThrow(/a call has no place/);
  });
});

describe('correctedVersion and re-extraction', () => {
  it('raises the version and keeps the extraction beside the overrides', () => {
    const next = correctedVersion(stored(twoPeople()), parseMeetingPatch({ participants: { update: [{ name: 'Мирьяна Сполярич', role: 'глава МККК' }] } }), AT);
    expect(next?.record).toMatchObject({ version: 2, updatedAt: AT });
    expect(next?.corrections?.extracted.participants[1]?.role).toBe('президент');
    expect(next?.corrections?.overrides.participants.changed).toEqual([{ name: 'Мирьяна Сполярич', role: 'глава МККК' }]);
  });

  it('keeps the overrides when the same article is extracted again, applied to the new extraction', () => {
    const corrected = correctedVersion(stored(twoPeople()), parseMeetingPatch({ title: 'Исправлено', participants: { update: [{ name: 'Мирьяна Сполярич', role: 'глава МККК' }] } }), AT);
    // A re-run of the same article: nothing new, nothing saved.
    expect(versionFromArticle(corrected, RECEIVED, () => twoPeople({ version: 0 }))).toBeNull();
    // A better extractor finds a third person: the correction stays, the new person comes in.
    const reextracted = twoPeople({ version: 0, participants: [...twoPeople().participants, person('Антониу Гутерриш', null)] });
    const next = versionFromArticle(corrected, AT, () => reextracted);
    expect(next?.record.title).toBe('Исправлено');
    expect(next?.record.participants.map((p) => p.role)).toEqual(['министр', 'глава МККК', null]);
    expect(next?.corrections?.extracted.participants).toHaveLength(3);
  });

  it('changes nothing for a correction that sets what is already there and pins nothing new', () => {
    const once = correctedVersion(stored(twoPeople()), parseMeetingPatch({ title: 'Исправлено' }), AT)!;
    expect(correctedVersion(once, parseMeetingPatch({ title: 'Исправлено' }), AT)).toBeNull();
  });
});
