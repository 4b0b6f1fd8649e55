// Corrections through the real handlers and the emulators: an editor corrects one field of a meeting
// (PATCH /meetings/{id}, conditional on its version), the correction is published, and it survives the
// article being normalised again and resubmitted.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Participant } from '../../functions/core/record/record.ts';
import { createHarness } from '../support/pipeline-harness.ts';

const seedText = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');
const URL_OF_ARTICLE = 'https://dknews.kz/ru/articles/seed';
const seed = (extra: Record<string, unknown> = {}) => ({ text: seedText, url: URL_OF_ARTICLE, language: 'ru', ...extra });
const SPOLJARIC = 'Мирьяна Сполярич';
const ASHIKBAEV = 'Ержан Ашикбаев';

const roleOf = (participants: Participant[], name: string) => participants.find((p) => p.name === name)?.role;

describe('Corrections (PATCH /meetings/{id})', () => {
  it('changes one participant\'s role, keeps the other, raises the version and publishes the correction', async () => {
    // Prepare
    const harness = await createHarness();
    harness.at('2026-03-01T10:00:00Z');
    const { meetingId } = await harness.submit(seed());
    await harness.publish();
    const before = await harness.show(meetingId);
    const extracted = (before.body.record as { participants: Participant[] }).participants;
    expect(extracted.map((p) => p.name)).toEqual(expect.arrayContaining([SPOLJARIC, ASHIKBAEV]));

    // Act
    const patched = await harness.correct(meetingId, { participants: { update: [{ name: SPOLJARIC, role: 'глава МККК' }] } }, before.etag);
    await harness.publish();

    // Assess
    expect(patched.statusCode).toBe(200);
    expect(patched.etag).toBe('"2"');
    const shown = await harness.show(meetingId);
    const record = shown.body.record as { version: number; participants: Participant[] };
    expect(record.version).toBe(2);
    expect(roleOf(record.participants, SPOLJARIC)).toBe('глава МККК');
    expect(roleOf(record.participants, ASHIKBAEV)).toBe(roleOf(extracted, ASHIKBAEV));
    expect(record.participants).toHaveLength(extracted.length);
    // Side by side: the extraction still says what was found, the overrides what the editor changed.
    expect(roleOf((shown.body.extraction as { participants: Participant[] }).participants, SPOLJARIC)).toBe(roleOf(extracted, SPOLJARIC));
    expect(shown.body.overrides).toMatchObject({ participants: { changed: [{ name: SPOLJARIC, role: 'глава МККК' }] } });
    // The feeds and the record's page show the correction.
    const json = JSON.parse((await harness.read('feeds/meetings.json'))!);
    const item = json.items.find((entry: { _meeting: { id: string } }) => entry._meeting.id === meetingId);
    expect(roleOf(item._meeting.participants, SPOLJARIC)).toBe('глава МККК');
    expect(await harness.read(`meetings/${meetingId}.html`)).toContain('глава МККК');
    expect(JSON.parse((await harness.read(`meetings/${meetingId}.json`))!).version).toBe(2);
  });

  it('answers 412 to a stale version and 428 without one, and saves nothing', async () => {
    const harness = await createHarness();
    const { meetingId } = await harness.submit(seed());
    expect((await harness.correct(meetingId, { title: 'Первая правка' }, '"1"')).statusCode).toBe(200);

    const stale = await harness.correct(meetingId, { title: 'Вторая правка' }, '"1"');
    const missing = await harness.correct(meetingId, { title: 'Третья правка' });

    expect(stale.statusCode).toBe(412);
    expect(stale.body).toMatchObject({ error: { code: 'precondition_failed' } });
    expect(missing.statusCode).toBe(428);
    const stored = await harness.resources.adapters.meetings.getMeeting(meetingId);
    expect(stored?.record).toMatchObject({ title: 'Первая правка', version: 2 });
  });

  it('refuses a correction naming someone the record does not list, and an unknown meeting', async () => {
    const harness = await createHarness();
    const { meetingId } = await harness.submit(seed());
    const unknownPerson = await harness.correct(meetingId, { participants: { remove: ['Иван Иванов'] } }, '"1"');
    expect(unknownPerson.statusCode).toBe(400);
    expect(unknownPerson.body).toMatchObject({ error: { message: expect.stringContaining(SPOLJARIC) } });
    expect((await harness.correct('m-no-such-meeting', { title: 'x' }, '"1"')).statusCode).toBe(404);
  });

  it('keeps the correction when the same article is normalised again and when it is resubmitted', async () => {
    // Prepare
    const harness = await createHarness();
    harness.at('2026-03-01T10:00:00Z');
    const { articleId, meetingId } = await harness.submit(seed());
    harness.at('2026-03-01T11:00:00Z');
    const patch = { title: 'Ашикбаев и Сполярич в Астане', participants: { update: [{ name: SPOLJARIC, role: 'глава МККК' }] } };
    expect((await harness.correct(meetingId, patch, '"1"')).statusCode).toBe(200);

    // Act: a redelivery of the same article changes nothing
    await harness.normalise(articleId);
    const rerun = await harness.resources.adapters.meetings.getMeeting(meetingId);
    // Act: the article resubmitted with the same url, its text changed
    harness.at('2026-03-02T10:00:00Z');
    const again = await harness.submit(seed({ text: `${seedText}\nОбновлено.` }));
    await harness.publish();

    // Assess
    expect(rerun?.record).toMatchObject({ version: 2, title: patch.title });
    expect(again.meetingId).toBe(meetingId);
    const stored = await harness.resources.adapters.meetings.getMeeting(meetingId);
    expect(stored?.record.version).toBe(3);
    expect(stored?.record.title).toBe(patch.title);
    expect(roleOf(stored!.record.participants, SPOLJARIC)).toBe('глава МККК');
    expect(stored?.record.contentHtml).toContain('Обновлено.');
    const json = JSON.parse((await harness.read('feeds/meetings.json'))!);
    expect(json.items.find((entry: { _meeting: { id: string } }) => entry._meeting.id === meetingId).title).toBe(patch.title);
  });
});
