// A person's browse page, for a person normalise linked across articles and languages (record/persons/):
// through the real handlers and the emulators. Made-up articles.

import { describe, expect, it } from 'vitest';
import type { Participant } from '../../functions/core/record/record.ts';
import { createHarness } from '../support/pipeline-harness.ts';

const RU = 'Москва, 3 марта 2026 года. Министр иностранных дел России Сергей Лавров провел переговоры с министром иностранных дел Египта Бадром Абдель Аты. Стороны обсудили двустороннее сотрудничество.';
const EN = 'Cairo, 10 March 2026. Russian Foreign Minister Sergei Lavrov met Egyptian Foreign Minister Badr Abdelatty in Cairo to discuss bilateral trade.';

describe('Publishing: a person\'s browse page', () => {
  it('lists the person\'s meetings in both languages newest first, each in its language, with the person\'s feeds, linked from the home and meeting pages', async () => {
    // Prepare
    const harness = await createHarness();
    harness.at('2026-03-03T10:00:00Z');
    const ru = await harness.submit({ text: RU, language: 'ru' });
    harness.at('2026-03-10T10:00:00Z');
    const en = await harness.submit({ text: EN, language: 'en' });

    // Act
    await harness.publish();

    // Assess
    const participants = ((await harness.show(ru.meetingId)).body.record as { participants: Participant[] }).participants;
    const lavrov = participants.find((participant) => participant.name.includes('Лавров'))?.personId;
    if (!lavrov) throw new Error('normalise linked no person');
    const path = `browse/person/${lavrov}.html`;
    const html = (await harness.read(path))!;
    const listed = [...html.matchAll(/<article class="entry" lang="(\w+)">\n<h2><a href="[^"]*\/meetings\/([^"]+)\.html">/g)].map((match) => [match[2], match[1]]);
    expect(listed).toEqual([
      [en.meetingId, 'en'],
      [ru.meetingId, 'ru'],
    ]);
    expect(html).toMatch(/<h1>Meetings: (Сергей Лавров|Sergei Lavrov)<\/h1>/);
    expect(html).toContain(`href="${harness.siteUrl}/feeds/by/person/${lavrov}.atom"`);
    expect(html).toContain(`href="${harness.siteUrl}/feeds/by/person/${lavrov}.json"`);
    expect(await harness.read('index.html')).toContain(`href="${harness.siteUrl}/${path}"`);
    expect(await harness.read(`meetings/${ru.meetingId}.html`)).toContain(`href="${harness.siteUrl}/${path}"`);
  });
});
