import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../functions/core/intake/limits.ts';
import { parseSubmission } from '../../functions/core/intake/submission.ts';
import { rejection } from '../support/submission-rejection.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const json = (value: unknown) => utf8(JSON.stringify(value));

/** Encodes ASCII and Russian letters as windows-1251 (А..я at 0xC0..0xFF, Ё 0xA8, ё 0xB8). */
function windows1251(text: string): Uint8Array {
  return Uint8Array.from(Array.from(text), (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (char === 'Ё') return 0xa8;
    if (char === 'ё') return 0xb8;
    throw new Error(`test helper cannot encode ${char}`);
  });
}


describe('Function: parseSubmission', () => {
  describe('text/plain', () => {
    it('takes the whole body as the article text', async () => {
      // Prepare
      const text = 'В Астане состоялась встреча.\nСтороны обсудили сотрудничество.';

      // Act
      const submission = await parseSubmission(utf8(text), 'text/plain; charset=utf-8');

      // Assess
      expect(submission).toEqual({ format: 'text', text });
    });

    it('does not read front matter in plain text', async () => {
      // Prepare
      const text = '---\ntitle: Not a field\n---\nBody.';

      // Act
      const submission = await parseSubmission(utf8(text), 'text/plain');

      // Assess
      expect(submission.text).toBe(text);
      expect(submission.title).toBeUndefined();
    });

    it('reads the media type case-insensitively', async () => {
      // Act
      const submission = await parseSubmission(utf8('Body.'), 'Text/Plain; Charset=UTF-8');

      // Assess
      expect(submission.format).toBe('text');
    });
  });

  describe('text/markdown', () => {
    it('reads every supported field from YAML front matter and keeps only the body as text', async () => {
      // Prepare
      const body = [
        '---',
        'title: Встреча в Астане',
        'url: https://dknews.kz/ru/articles/1',
        'publishedAt: 2026-03-04T09:30:00+05:00',
        'language: RU',
        'source: DKNews.kz',
        'meetingId: astana-icrc-2026',
        'meeting:',
        '  kind: visit',
        '  status: planned',
        '  date: 2026-12',
        '  topics: [гуманитарное право]',
        '  location: {city: Амман, country: Иордания, countryCode: JO}',
        '---',
        '# Заголовок',
        '',
        'Текст статьи.',
      ].join('\n');

      // Act
      const submission = await parseSubmission(utf8(body), 'text/markdown; charset=utf-8');

      // Assess
      expect(submission).toEqual({
        format: 'markdown',
        text: 'Заголовок\n\nТекст статьи.',
        blocks: [
          { kind: 'heading', level: 2, text: 'Заголовок' },
          { kind: 'paragraph', text: 'Текст статьи.' },
        ],
        title: 'Встреча в Астане',
        url: 'https://dknews.kz/ru/articles/1',
        publishedAt: '2026-03-04T09:30:00+05:00',
        language: 'ru',
        source: 'DKNews.kz',
        meetingId: 'astana-icrc-2026',
        meeting: {
          kind: 'visit',
          status: 'planned',
          date: '2026-12',
          topics: ['гуманитарное право'],
          location: { city: 'Амман', country: 'Иордания', countryCode: 'JO' },
        },
      });
    });

    it('accepts front matter with CRLF line endings', async () => {
      // Act
      const submission = await parseSubmission(utf8('---\r\ntitle: Talks\r\n---\r\nBody.'), 'text/markdown');

      // Assess
      expect(submission.title).toBe('Talks');
      expect(submission.text).toBe('Body.');
    });

    it('renders the whole body when there is no front matter, a rule ending a paragraph', async () => {
      // Prepare
      const body = '## Talks\n\nBody text.\n\n---\n\nAfter a rule.';

      // Act
      const submission = await parseSubmission(utf8(body), 'text/x-markdown');

      // Assess
      expect(submission).toEqual({
        format: 'markdown',
        text: 'Talks\n\nBody text.\n\nAfter a rule.',
        blocks: [
          { kind: 'heading', level: 2, text: 'Talks' },
          { kind: 'paragraph', text: 'Body text.' },
          { kind: 'paragraph', text: 'After a rule.' },
        ],
      });
    });

    it('rejects front matter that is not valid YAML with a 400 that says so', async () => {
      // Act
      const error = await rejection(utf8('---\ntitle: [unclosed\n---\nBody.'), 'text/markdown');

      // Assess
      expect(error.code).toBe('invalid_field');
      expect(error.status).toBe(400);
      expect(error.message).toMatch(/front matter is not valid YAML/);
    });

    it('rejects an unknown front matter field, naming it', async () => {
      // Act
      const error = await rejection(utf8('---\nauthor: Someone\n---\nBody.'), 'text/markdown');

      // Assess
      expect(error.code).toBe('invalid_field');
      expect(error.status).toBe(400);
      expect(error.message).toContain('"author"');
    });

    it('rejects an unknown kind in the front matter, listing the kinds', async () => {
      // Act
      const error = await rejection(utf8('---\nmeeting:\n  kind: summit\n---\nBody.'), 'text/markdown');

      // Assess
      expect(error.code).toBe('invalid_field');
      expect(error.status).toBe(400);
      expect(error.message).toBe('Invalid front matter: meeting.kind: expected one of "meeting", "visit", "call", "multilateral" or null.');
    });

    it('rejects a body that is only front matter as empty', async () => {
      // Act
      const error = await rejection(utf8('---\ntitle: Talks\n---\n\n  \n'), 'text/markdown');

      // Assess
      expect(error.code).toBe('empty_body');
      expect(error.status).toBe(400);
    });
  });

  describe('application/json', () => {
    it('reads every field, including the meeting overrides', async () => {
      // Prepare
      const payload = {
        text: 'В Астане состоялась встреча.',
        title: '  Встреча в Астане  ',
        url: 'https://dknews.kz/ru/articles/1',
        publishedAt: '2026-03-04',
        language: 'ru',
        source: 'DKNews.kz',
        meetingId: 'astana-1',
        meeting: {
          title: 'Встреча Ашикбаева и Сполярич',
          summary: 'Краткое содержание.',
          isMeeting: true,
          kind: 'meeting',
          status: 'held',
          date: '2026-03-03',
          location: { city: 'Астана' },
          participants: [{ name: 'Ержан Ашикбаев', role: 'первый заместитель министра' }],
          organizations: [{ name: 'МККК' }],
          topics: ['безопасность'],
          relatedEvents: [{ title: 'Конференция в Аммане', date: '2026' }],
        },
      };

      // Act
      const submission = await parseSubmission(json(payload), 'application/json');

      // Assess
      expect(submission.format).toBe('json');
      expect(submission.text).toBe(payload.text);
      expect(submission.title).toBe('Встреча в Астане');
      expect(submission.url).toBe(payload.url);
      expect(submission.publishedAt).toBe('2026-03-04');
      expect(submission.language).toBe('ru');
      expect(submission.source).toBe('DKNews.kz');
      expect(submission.meetingId).toBe('astana-1');
      expect(submission.meeting).toEqual({
        ...payload.meeting,
        location: { city: 'Астана', country: null, countryCode: null },
        participants: [{ name: 'Ержан Ашикбаев', role: 'первый заместитель министра', organization: null, mentions: [] }],
        organizations: [{ name: 'МККК', mentions: [] }],
      });
    });

    it('leaves out fields the editor did not send', async () => {
      // Act
      const submission = await parseSubmission(json({ text: 'Body.' }), 'application/json');

      // Assess
      expect(submission).toEqual({ format: 'json', text: 'Body.' });
    });

    it('keeps an explicit null date override, so an editor can clear a wrong date', async () => {
      // Act
      const submission = await parseSubmission(json({ text: 'Body.', meeting: { date: null } }), 'application/json');

      // Assess
      expect(submission.meeting).toEqual({ date: null });
    });

    it('rejects a body that is not JSON with invalid_json (400)', async () => {
      // Act
      const error = await rejection(utf8('{"text": "unterminated'), 'application/json');

      // Assess
      expect(error.code).toBe('invalid_json');
      expect(error.status).toBe(400);
      expect(error.message).toMatch(/not valid JSON/);
    });

    it.each([['"just a string"'], ['[{"text": "x"}]'], ['null'], ['42']])(
      'rejects JSON that is not an object (%s) with an example of the expected shape',
      async (body) => {
        // Act
        const error = await rejection(utf8(body), 'application/json');

        // Assess
        expect(error.code).toBe('invalid_json');
        expect(error.status).toBe(400);
        expect(error.message).toContain('{"text": ');
      },
    );

    it('rejects an unknown field, naming it', async () => {
      // Act
      const error = await rejection(json({ text: 'Body.', autor: 'Someone' }), 'application/json');

      // Assess
      expect(error.code).toBe('invalid_field');
      expect(error.status).toBe(400);
      expect(error.message).toContain('"autor"');
    });

    it('rejects an unknown field inside meeting, naming the field and where it is', async () => {
      // Act
      const error = await rejection(json({ text: 'Body.', meeting: { venue: 'Hall' } }), 'application/json');

      // Assess
      expect(error.code).toBe('invalid_field');
      expect(error.message).toContain('"venue"');
      expect(error.message).toContain('meeting');
    });

    it('rejects a missing text field, naming it', async () => {
      // Act
      const error = await rejection(json({ title: 'Talks' }), 'application/json');

      // Assess
      expect(error.code).toBe('invalid_field');
      expect(error.status).toBe(400);
      expect(error.message).toContain('text');
    });

    it.each([
      ['url', 'not a url'],
      ['url', 'ftp://example.org/file'],
      ['publishedAt', 'yesterday'],
      ['publishedAt', '2026-13-45'],
      ['language', 'russian'],
      ['meetingId', 'Has Spaces_And_Caps'],
      ['meetingId', '-leading-hyphen'],
    ])('rejects an invalid %s (%j) with a 400 naming the field', async (field, value) => {
      // Act
      const error = await rejection(json({ text: 'Body.', [field]: value }), 'application/json');

      // Assess
      expect(error.code).toBe('invalid_field');
      expect(error.status).toBe(400);
      expect(error.message).toContain(field);
    });

    it('keeps an explicit null kind, so an editor can clear a wrong kind', async () => {
      // Act
      const submission = await parseSubmission(json({ text: 'Body.', meeting: { kind: null } }), 'application/json');

      // Assess
      expect(submission.meeting).toEqual({ kind: null });
    });

    it.each([['summit'], ['Visit'], [3]])('rejects the unknown kind %j with a 400 listing the kinds', async (kind) => {
      // Act
      const error = await rejection(json({ text: 'Body.', meeting: { kind } }), 'application/json');

      // Assess
      expect(error.code).toBe('invalid_field');
      expect(error.status).toBe(400);
      expect(error.message).toBe('Invalid JSON body: meeting.kind: expected one of "meeting", "visit", "call", "multilateral" or null.');
    });

    it('rejects a kind on an article the editor says reports no meeting', async () => {
      // Act
      const error = await rejection(json({ text: 'Body.', meeting: { isMeeting: false, kind: 'visit' } }), 'application/json');

      // Assess
      expect(error.code).toBe('invalid_field');
      expect(error.status).toBe(400);
      expect(error.message).toBe('Invalid JSON body: meeting.kind: an article that reports no meeting (isMeeting: false) has no kind; drop one of the two.');
    });

    it('rejects a call with a place, and accepts one without', async () => {
      // Act
      const error = await rejection(json({ text: 'Body.', meeting: { kind: 'call', location: { city: 'Oslo' } } }), 'application/json');
      const submission = await parseSubmission(json({ text: 'Body.', meeting: { kind: 'call', location: null } }), 'application/json');

      // Assess
      expect(error.code).toBe('invalid_field');
      expect(error.status).toBe(400);
      expect(error.message).toBe('Invalid JSON body: meeting.location: a call has no place; give location: null or leave it out.');
      expect(submission.meeting).toEqual({ kind: 'call', location: null });
    });

    it('reads a place with nothing in it as no place, so a call may come with one', async () => {
      const empty = await parseSubmission(json({ text: 'Body.', meeting: { kind: 'call', location: {} } }), 'application/json');
      const blank = await parseSubmission(json({ text: 'Body.', meeting: { location: { city: null, country: null } } }), 'application/json');

      expect(empty.meeting).toEqual({ kind: 'call', location: null });
      expect(blank.meeting).toEqual({ location: null });
    });

    it('accepts a non-meeting without a kind', async () => {
      expect((await parseSubmission(json({ text: 'Body.', meeting: { isMeeting: false, kind: null } }), 'application/json')).meeting).toEqual({ isMeeting: false, kind: null });
    });

    it('rejects an invalid nested override, giving its path', async () => {
      // Act
      const error = await rejection(json({ text: 'Body.', meeting: { date: '3 March 2026' } }), 'application/json');

      // Assess
      expect(error.code).toBe('invalid_field');
      expect(error.message).toContain('meeting.date');
      expect(error.message).toContain('YYYY');
    });
  });

  describe('content type', () => {
    it('rejects a missing Content-Type with 415, listing the accepted types', async () => {
      // Act
      const errors = [await rejection(utf8('Body.'), undefined), await rejection(utf8('Body.'), '  ')];

      // Assess
      for (const error of errors) {
        expect(error.code).toBe('unsupported_media_type');
        expect(error.status).toBe(415);
        expect(error.message).toContain('text/plain');
        expect(error.message).toContain('application/json');
      }
    });

    it('rejects an unsupported type with 415, naming it and what to send instead', async () => {
      // Act
      const error = await rejection(utf8('Body.'), 'application/pdf');

      // Assess
      expect(error.code).toBe('unsupported_media_type');
      expect(error.status).toBe(415);
      expect(error.message).toContain('application/pdf');
      expect(error.message).toContain('text/markdown');
    });

    it.each(['text/html', 'text/html; charset=utf-8', 'application/xhtml+xml'])('reads %s as a page', async (contentType) => {
      // Act
      const submission = await parseSubmission(utf8('<p>Body.</p>'), contentType);

      // Assess
      expect(submission).toEqual({ format: 'html', text: 'Body.', blocks: [{ kind: 'paragraph', text: 'Body.' }] });
    });

    it('rejects a charset it cannot decode with 415, naming it', async () => {
      // Act
      const error = await rejection(utf8('Body.'), 'text/plain; charset=x-mac-klingon');

      // Assess
      expect(error.code).toBe('unsupported_media_type');
      expect(error.status).toBe(415);
      expect(error.message).toContain('x-mac-klingon');
      expect(error.message).toContain('windows-1251');
    });
  });

  describe('size', () => {
    it('rejects a body over 1 MiB with 413, giving the limit and the size sent', async () => {
      // Prepare
      const body = new Uint8Array(Math.round(3.2 * 1024 * 1024)).fill(0x61);

      // Act
      const error = await rejection(body, 'text/plain');

      // Assess
      expect(error.code).toBe('payload_too_large');
      expect(error.status).toBe(413);
      expect(error.message).toContain('1.0 MiB');
      expect(error.message).toContain('3.2 MiB');
    });

    it('accepts a body of exactly 1 MiB', async () => {
      // Prepare
      const body = new Uint8Array(MAX_ARTICLE_BYTES).fill(0x61);

      // Act
      const submission = await parseSubmission(body, 'text/plain');

      // Assess
      expect(submission.text).toHaveLength(MAX_ARTICLE_BYTES);
    });

    it('rejects a body one byte over the limit with a message in which the two sizes differ', async () => {
      // Prepare
      const body = new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61);

      // Act
      const error = await rejection(body, 'text/plain');

      // Assess
      expect(error.status).toBe(413);
      const [limit, size] = /limited to (.+); this one is (.+)\.$/.exec(error.message)?.slice(1) ?? [];
      expect(limit).toBeDefined();
      expect(size).not.toBe(limit);
    });
  });

  describe('empty bodies', () => {
    it.each([
      ['an empty text body', '', 'text/plain'],
      ['a whitespace-only text body', ' \n\t\r\n ', 'text/plain'],
      ['a JSON body with blank text', '{"text": "  \\n "}', 'application/json'],
    ])('rejects %s with empty_body (400) saying what to send', async (_, body, contentType) => {
      // Act
      const error = await rejection(utf8(body), contentType);

      // Assess
      expect(error.code).toBe('empty_body');
      expect(error.status).toBe(400);
      expect(error.message).toMatch(/send the article/);
    });
  });

  describe('encoding', () => {
    it('rejects bytes that are not valid UTF-8 with invalid_encoding (400)', async () => {
      // Prepare
      const body = Uint8Array.from([0x41, 0xc3, 0x28, 0x42]);

      // Act
      const error = await rejection(body, 'text/plain');

      // Assess
      expect(error.code).toBe('invalid_encoding');
      expect(error.status).toBe(400);
      expect(error.message).toMatch(/UTF-8/);
    });

    it('decodes windows-1251 Cyrillic when the charset is declared', async () => {
      // Prepare
      const text = 'Встреча в Астане: Ёлка и ёж.';

      // Act
      const submission = await parseSubmission(windows1251(text), 'text/plain; charset="windows-1251"');

      // Assess
      expect(submission.text).toBe(text);
    });

    it('decodes the cp1251 alias the same way', async () => {
      // Act
      const submission = await parseSubmission(windows1251('Москва'), 'text/plain; charset=cp1251');

      // Assess
      expect(submission.text).toBe('Москва');
    });

    it.each([
      ['text/plain', 'Встреча.'],
      ['text/markdown', '---\ntitle: Talks\n---\nВстреча.'],
      ['application/json', '{"text": "Встреча."}'],
    ])('strips a leading byte order mark from %s', async (contentType, body) => {
      // Prepare
      const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(body)]);

      // Act
      const submission = await parseSubmission(withBom, contentType);

      // Assess
      expect(submission.text).toBe('Встреча.');
    });

    it('normalises to NFC, composing a decomposed й', async () => {
      // Prepare
      const decomposed = 'Бейбут Атамкулов и\u0306';

      // Act
      const submission = await parseSubmission(utf8(decomposed), 'text/plain');

      // Assess
      expect(submission.text).toBe('Бейбут Атамкулов й');
      expect(submission.text).not.toContain('\u0306');
    });
  });
});

describe('Function: parseSubmission (editor fields are cleaned)', () => {
  it('refuses an editor title of spaces and control characters with a 400 naming the field', async () => {
    const body = Buffer.from(JSON.stringify({ text: 'Министры встретились в Минске.', meeting: { title: '   \u0007  ' } }));
    await expect(parseSubmission(body, 'application/json')).rejects.toThrow(/meeting\.title: must not be empty/);
  });

  it('removes control characters from editor-supplied fields but leaves the article text as sent', async () => {
    const body = Buffer.from(JSON.stringify({ text: 'A\u0007B', title: ' Talks\u0000 ', source: 'Agency\u0001', meeting: { topics: ['peace\u001B'] } }));
    const submission = await parseSubmission(body, 'application/json');
    expect(submission).toMatchObject({ text: 'A\u0007B', title: 'Talks', source: 'Agency', meeting: { topics: ['peace'] } });
  });
});

describe('Function: parseSubmission (dates)', () => {
  it.each(['2026-02-30', '2026-13', '2026-00-10'])('refuses %s, which matches the pattern but is no calendar date', async (date) => {
    const body = Buffer.from(JSON.stringify({ text: 'Talks.', meeting: { date } }));
    await expect(parseSubmission(body, 'application/json')).rejects.toThrow(/meeting\.date: not a date in the calendar/);
  });

  it('accepts a leap day and partial dates', async () => {
    for (const date of ['2028-02-29', '2026-11', '2026']) {
      const body = Buffer.from(JSON.stringify({ text: 'Talks.', meeting: { date } }));
      expect((await parseSubmission(body, 'application/json')).meeting?.date).toBe(date);
    }
  });
});
