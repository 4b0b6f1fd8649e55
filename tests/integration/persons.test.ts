// Persons across articles and languages, through the real handlers and the emulators: normalise links each
// participant to a person (the directory in the table), publish writes one feed per person. Made-up articles.

import { describe, expect, it } from 'vitest';
import type { Participant } from '../../functions/core/record/record.ts';
import { createHarness } from '../support/pipeline-harness.ts';

const RU = 'Москва, 3 марта 2026 года. Министр иностранных дел России Сергей Лавров провел переговоры с министром иностранных дел Египта Бадром Абдель Аты. Стороны обсудили двустороннее сотрудничество.';
const EN = 'Cairo, 10 March 2026. Russian Foreign Minister Sergei Lavrov met Egyptian Foreign Minister Badr Abdelatty in Cairo to discuss bilateral trade.';
const OTHER_LAVROV = 'Казань, 12 марта 2026 года. Мэр города Иван Лавров встретился с министром культуры Армении Анной Петросян. Обсуждались культурные обмены.';

const personOf = (participants: Participant[], surname: string) => participants.find((p) => p.name.includes(surname))?.personId;

describe('Persons across articles and languages', () => {
  it('gives «Сергей Лавров» and "Sergei Lavrov" one person id and one feed, and another Lavrov another', async () => {
    // Prepare
    const harness = await createHarness();
    harness.at('2026-03-03T10:00:00Z');
    const ru = await harness.submit({ text: RU, language: 'ru' });
    harness.at('2026-03-10T10:00:00Z');
    const en = await harness.submit({ text: EN, language: 'en' });
    harness.at('2026-03-12T10:00:00Z');
    const other = await harness.submit({ text: OTHER_LAVROV, language: 'ru' });

    // Act
    await harness.publish();

    // Assess
    const participantsOf = async (meetingId: string) => ((await harness.show(meetingId)).body.record as { participants: Participant[] }).participants;
    const sergei = personOf(await participantsOf(ru.meetingId), 'Лавров');
    expect(sergei).toMatch(/^sergey-lavrov|^sergei-lavrov/);
    expect(personOf(await participantsOf(en.meetingId), 'Lavrov')).toBe(sergei);
    const ivan = personOf(await participantsOf(other.meetingId), 'Лавров');
    expect(ivan).toBeDefined();
    expect(ivan).not.toBe(sergei);

    const feed = JSON.parse((await harness.read(`feeds/by/person/${sergei}.json`)) ?? '{}') as { items: { _meeting: { id: string } }[] };
    expect(feed.items.map((item) => item._meeting.id).sort()).toEqual([ru.meetingId, en.meetingId].sort());
    expect(await harness.read(`feeds/by/person/${sergei}.atom`)).toContain('<feed');
    const ivanFeed = JSON.parse((await harness.read(`feeds/by/person/${ivan}.json`)) ?? '{}') as { items: { _meeting: { id: string } }[] };
    expect(ivanFeed.items.map((item) => item._meeting.id)).toEqual([other.meetingId]);
    // The directory of person feeds lists them.
    const directory = JSON.parse((await harness.read('feeds/index/persons-1.json')) ?? '{}') as { items: { slug: string }[] };
    expect(directory.items.map((item) => item.slug)).toEqual(expect.arrayContaining([sergei, ivan]));
    // For people: a page per person, and the list of every person, linked from the home page.
    expect(await harness.read(`browse/person/${sergei}.html`)).toContain(ru.meetingId);
    const everyone = (await harness.read('browse/all/person-1.html')) ?? '';
    expect(everyone).toContain(`/browse/person/${sergei}.html`);
    expect(everyone).toContain(`/browse/person/${ivan}.html`);
    expect(await harness.read('index.html')).toContain('/browse/all/person-1.html');
  });

  it('links the participants an editor sent with the article, not only the extracted ones', async () => {
    // Prepare
    const harness = await createHarness();
    const first = await harness.submit({ text: RU, language: 'ru' });
    const sergei = personOf(((await harness.show(first.meetingId)).body.record as { participants: Participant[] }).participants, 'Лавров');

    // Act: an English article whose participants the editor gives (the extractor would find the same name)
    const corrected = await harness.submit({
      text: EN,
      language: 'en',
      meeting: { participants: [{ name: 'Sergei Lavrov', role: 'Foreign Minister of Russia', organization: null }] },
    });

    // Assess
    const participants = ((await harness.show(corrected.meetingId)).body.record as { participants: Participant[] }).participants;
    expect(participants.map((p) => p.name)).toEqual(['Sergei Lavrov']);
    expect(participants[0]?.personId).toBe(sergei);
  });
});
