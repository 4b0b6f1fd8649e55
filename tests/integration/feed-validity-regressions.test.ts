// Hostile inputs that once broke the output, each kept as a regression test: a topic with "<",
// a retraction (tombstones), control characters in editor fields. (A title of blanks is refused: tests/unit/submission.test.ts.)

import { describe, expect, it } from 'vitest';
import { SITE_PATHS } from '../../functions/core/publish/site-paths.ts';
import { parseXml } from '../support/atom-validator.ts';
import { atomFindings, forbiddenCharactersInJsonStrings, rawMarkupFindings } from '../support/site-checks.ts';
import { runScenario } from '../support/site-scenario.ts';

const NOV = new Date(Date.UTC(2026, 10, 25, 9));
const plain = (name: string, text: string) => ({ name, body: text, contentType: 'text/plain; charset=utf-8' });
const json = (name: string, value: unknown) => ({ name, body: JSON.stringify(value), contentType: 'application/json' });

describe('Feed validity: regressions from hostile input', () => {
  it('K1: a topic containing "<" keeps every Atom feed it appears in well-formed', async () => {
    const { files } = await runScenario([
      { at: NOV, articles: [json('topic', { text: 'Министры встретились в Астане 24 ноября 2026 года.', meeting: { topics: ['<script>alert("topic")</script>', 'a < b'] } })] },
    ]);
    expect(rawMarkupFindings(files)).toEqual([]);
    expect(await atomFindings(files)).toEqual({});
  });

  it('K2: a retraction gives Atom feeds that RFC 4287 RELAX NG accepts (tombstones before the entries)', async () => {
    const { files, meetingIds } = await runScenario(
      [
        { at: new Date(Date.UTC(2026, 9, 20, 9)), articles: [plain('october', 'Министры встретились в Астане 19 октября 2026 года.')] },
        { at: NOV, articles: [plain('kept', 'Министры встретились в Бишкеке 24 ноября 2026 года.'), plain('gone', 'Министры встретились в Минске 24 ноября 2026 года.')] },
      ],
      { retract: { article: 'gone', reason: 'Published by mistake' } },
    );
    const current = parseXml(files.find((file) => file.key === SITE_PATHS.atomFeed)!.text);
    expect(current.children.some((child) => child.name === 'deleted-entry' && child.attributes.ref?.endsWith(meetingIds.get('gone')!))).toBe(true);
    expect(await atomFindings(files)).toEqual({});
  });

  it('K4: control characters in editor-supplied fields do not reach the published records', async () => {
    const { files } = await runScenario([
      {
        at: NOV,
        articles: [
          json('controls', {
            title: '<script>alert(1)</script> & ]]> \u0000\u0007',
            text: 'Министры встретились в Астане 24 ноября 2026 года.',
            source: 'Agency\u0001',
            meeting: { topics: ['peace\u001B'], participants: [{ name: 'Ержан\u0000 Ашикбаев' }], location: { city: 'Астана\u0007', country: null, countryCode: null } },
          }),
        ],
      },
    ]);
    expect(forbiddenCharactersInJsonStrings(files)).toEqual([]);
  });
});
