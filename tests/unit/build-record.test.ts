import { describe, expect, it } from 'vitest';
import { buildRecord, type RecordContext } from '../../functions/core/record/build-record.ts';
import type { Extraction } from '../../functions/core/extract/index.ts';
import { emptyExtraction } from '../../functions/core/extract/model/extraction.ts';
import { extract } from '../support/extractor.ts';
import { sanitiseHtml } from '../../functions/core/record/sanitise-html.ts';
import type { Submission } from '../../functions/core/intake/submission.ts';

/** What extraction found in a typical meeting article; each test changes only what it is about. */
function makeExtraction(overrides: Partial<Extraction> = {}): Extraction {
  return {
    language: 'ru',
    isMeeting: true,
    kind: 'visit',
    status: 'held',
    date: '2026-03-03',
    dateBasis: { how: 'stated', mention: null },
    location: { city: 'Астана', country: 'Казахстан', countryCode: 'KZ' },
    participants: [{ name: 'Ержан Ашикбаев', role: 'первый заместитель министра', organization: null, mentions: [{ start: 0, end: 14 }] }],
    organizations: [{ name: 'Международный комитет Красного Креста', acronym: 'МККК', mentions: [] }],
    topics: ['гуманитарное право'],
    relatedEvents: [],
    source: 'DKNews.kz',
    entities: [],
    warnings: [],
    ...overrides,
  };
}

/** An extraction that found nothing, as for a text in a language the extractor does not read. */
function makeEmptyExtraction(overrides: Partial<Extraction> = {}): Extraction {
  return { ...emptyExtraction('und', []), ...overrides };
}

function makeSubmission(overrides: Partial<Submission> = {}): Submission {
  return {
    format: 'text',
    text: 'В Астане состоялась встреча министров. Стороны обсудили сотрудничество.\nСледующая встреча пройдет в Аммане.',
    ...overrides,
  };
}

function makeContext(overrides: Partial<RecordContext> = {}): RecordContext {
  return {
    id: 'm-astana',
    articleId: 'a0123456789abcdef0123456',
    version: 3,
    createdAt: '2026-03-04T10:00:00.000Z',
    updatedAt: '2026-03-05T11:30:00.000Z',
    submittedBy: 'editor-1',
    ...overrides,
  };
}

describe('Function: buildRecord', () => {
  describe('title', () => {
    it('uses the title the editor gave, and keeps a leading heading in the content', () => {
      // Prepare
      const submission = makeSubmission({
        format: 'markdown',
        title: 'Заголовок редактора',
        text: '# Заголовок статьи\n\nВ Астане состоялась встреча.',
      });

      // Act
      const record = buildRecord(submission, makeExtraction(), makeContext());

      // Assess
      expect(record.title).toBe('Заголовок редактора');
      expect(record.contentHtml).toContain('<h2>Заголовок статьи</h2>');
    });

    it('makes a leading Markdown heading the title and takes it out of the content', () => {
      // Prepare
      const submission = makeSubmission({ format: 'markdown', text: '# Встреча в Астане\n\nВ Астане состоялась встреча.' });

      // Act
      const record = buildRecord(submission, makeExtraction(), makeContext());

      // Assess
      expect(record.title).toBe('Встреча в Астане');
      expect(record.contentHtml).not.toContain('<h');
    });

    it('makes a leading plain-text headline the title and takes it out of the content', () => {
      // Prepare
      const submission = makeSubmission({ text: 'Встреча в Астане\nВ Астане состоялась встреча министров.' });

      // Act
      const record = buildRecord(submission, makeExtraction(), makeContext());

      // Assess
      expect(record.title).toBe('Встреча в Астане');
      expect(record.contentHtml).not.toContain('Встреча в Астане<');
      expect(record.summary).toBe('В Астане состоялась встреча министров.');
    });

    it('makes the title from the record when there is neither title nor headline', () => {
      // Act
      const record = buildRecord(makeSubmission(), makeExtraction(), makeContext());

      // Assess
      expect(record.title).toBe('Ержан Ашикбаев посетил Астану');
    });

    it('makes the title from the corrected participants and place when the editor gave them', () => {
      // Prepare
      const meeting = {
        kind: 'meeting' as const,
        participants: [
          { name: 'Ержан Ашикбаев', role: null, organization: null, mentions: [] },
          { name: 'Мирьяна Сполярич', role: null, organization: null, mentions: [] },
        ],
        location: { city: 'Женева', country: 'Швейцария', countryCode: 'CH' },
      };

      // Act
      const record = buildRecord(makeSubmission({ meeting }), makeExtraction(), makeContext());

      // Assess
      expect(record.title).toBe('Ержан Ашикбаев и Мирьяна Сполярич провели встречу в Женеве');
    });

    it('takes the whole first sentence of a text that reports no meeting', () => {
      // Act
      const record = buildRecord(makeSubmission(), makeEmptyExtraction(), makeContext());

      // Assess
      expect(record.title).toBe('В Астане состоялась встреча министров');
    });

    it('uses the title from the meeting overrides over every other source, keeping the headline as content', () => {
      // Prepare
      const submission = makeSubmission({
        format: 'markdown',
        text: '# Заголовок статьи\n\nВ Астане состоялась встреча.',
        meeting: { title: 'Встреча Ашикбаева и Сполярич' },
      });

      // Act
      const record = buildRecord(submission, makeExtraction(), makeContext());

      // Assess
      expect(record.title).toBe('Встреча Ашикбаева и Сполярич');
      expect(record.contentHtml).toContain('<h2>Заголовок статьи</h2>');
    });
  });

  describe('summary', () => {
    it('is the lead paragraph, after a headline', () => {
      // Prepare
      const submission = makeSubmission({
        format: 'markdown',
        text: '## Встреча в Астане\n\nВ Астане состоялась встреча.\nСтороны обсудили сотрудничество.\n\nВторой абзац.',
      });

      // Act
      const record = buildRecord(submission, makeExtraction(), makeContext());

      // Assess
      expect(record.summary).toBe('В Астане состоялась встреча. Стороны обсудили сотрудничество.');
    });

    it('is cut at a word boundary with an ellipsis when the lead is very long', () => {
      // Prepare
      const lead = Array.from({ length: 300 }, (_, i) => `слово${i}`).join(' ');

      // Act
      const record = buildRecord(makeSubmission({ text: lead }), makeExtraction(), makeContext());

      // Assess
      expect(record.summary.length).toBeLessThanOrEqual(1000);
      expect(record.summary.endsWith('…')).toBe(true);
      const kept = record.summary.slice(0, -1);
      expect(lead.startsWith(kept)).toBe(true);
      expect(lead[kept.length]).toBe(' ');
    });

    it('is not repeated as the first paragraph of the content', () => {
      // Prepare
      const submission = makeSubmission({ format: 'markdown', text: 'Министры встретились в Бишкеке.\n\nОни договорились о новом графике.' });

      // Act
      const record = buildRecord(submission, makeExtraction(), makeContext());

      // Assess
      expect(record.summary).toBe('Министры встретились в Бишкеке.');
      expect(record.contentHtml).toBe('<p>Они договорились о новом графике.</p>');
    });

    it('leaves the lead in the content when the summary is only its beginning, or the editor\'s own', () => {
      // Prepare
      const long = Array.from({ length: 300 }, (_, i) => `слово${i}`).join(' ');
      const cut = makeSubmission({ format: 'markdown', text: `${long}\n\nВторой абзац.` });
      const edited = makeSubmission({ format: 'markdown', text: 'Министры встретились.\n\nВторой абзац.', meeting: { summary: 'Кратко.' } });

      // Act
      const records = [buildRecord(cut, makeExtraction(), makeContext()), buildRecord(edited, makeExtraction(), makeContext())];

      // Assess
      expect(records.map((record) => record.contentHtml.split('\n').length)).toEqual([2, 2]);
    });

    it('is the editor summary when one is given', () => {
      // Prepare
      const submission = makeSubmission({ meeting: { summary: 'Краткое содержание редактора.' } });

      // Act
      const record = buildRecord(submission, makeExtraction(), makeContext());

      // Assess
      expect(record.summary).toBe('Краткое содержание редактора.');
    });
  });

  describe('overrides', () => {
    it('lets every editor-supplied meeting field win over the extraction', () => {
      // Prepare
      const meeting = {
        isMeeting: false,
        kind: null,
        status: 'planned' as const,
        date: '2026-12',
        location: { city: 'Амман', country: 'Иордания', countryCode: 'JO' },
        participants: [{ name: 'Мирьяна Сполярич', role: 'президент', organization: 'МККК', mentions: [] }],
        organizations: [{ name: 'ООН', mentions: [] }],
        topics: ['безопасность'],
        relatedEvents: [{ title: 'Конференция высокого уровня', date: '2026' }],
      };

      // Act
      const record = buildRecord(makeSubmission({ meeting }), makeExtraction(), makeContext());

      // Assess
      expect(record).toMatchObject(meeting);
    });

    it('lets an explicit null from the editor clear an extracted date and location', () => {
      // Prepare
      const submission = makeSubmission({ meeting: { date: null, location: null } });

      // Act
      const record = buildRecord(submission, makeExtraction(), makeContext());

      // Assess
      expect(record.date).toBeNull();
      expect(record.location).toBeNull();
    });

    it('keeps extracted fields the editor did not override', () => {
      // Prepare
      const extraction = makeExtraction();

      // Act
      const record = buildRecord(makeSubmission({ meeting: { status: 'cancelled' } }), extraction, makeContext());

      // Assess
      expect(record.status).toBe('cancelled');
      expect(record.kind).toBe(extraction.kind);
      expect(record.date).toBe(extraction.date);
      expect(record.dateBasis).toEqual(extraction.dateBasis);
      expect(record.location).toEqual(extraction.location);
      expect(record.participants).toEqual(extraction.participants);
      expect(record.organizations).toEqual(extraction.organizations);
      expect(record.topics).toEqual(extraction.topics);
      expect(record.isMeeting).toBe(true);
    });
  });

  describe('kind', () => {
    it('is the kind the extraction found', () => {
      // Act
      const record = buildRecord(makeSubmission(), makeExtraction({ kind: 'visit' }), makeContext());

      // Assess
      expect(record.kind).toBe('visit');
    });

    it('is the kind the editor gave, over the extracted one; an explicit null clears it', () => {
      // Act
      const given = buildRecord(makeSubmission({ meeting: { kind: 'meeting' } }), makeExtraction({ kind: 'visit' }), makeContext());
      const cleared = buildRecord(makeSubmission({ meeting: { kind: null } }), makeExtraction({ kind: 'visit' }), makeContext());

      // Assess
      expect(given.kind).toBe('meeting');
      expect(cleared.kind).toBeNull();
    });

    it('is null when the editor says the article reports no meeting', () => {
      // Act
      const record = buildRecord(makeSubmission({ meeting: { isMeeting: false } }), makeExtraction({ kind: 'visit' }), makeContext());

      // Assess
      expect(record).toMatchObject({ isMeeting: false, kind: null });
    });

    it('makes the article a meeting when the editor gives a kind the extraction did not see', () => {
      // Act
      const record = buildRecord(makeSubmission({ meeting: { kind: 'multilateral' } }), makeEmptyExtraction(), makeContext());

      // Assess
      expect(record).toMatchObject({ isMeeting: true, kind: 'multilateral' });
    });

    describe('a call has no place', () => {
      it('drops the location the extraction found for a call it found', () => {
        // Act
        const record = buildRecord(makeSubmission(), makeExtraction({ kind: 'call' }), makeContext());

        // Assess
        expect(record.kind).toBe('call');
        expect(record.location).toBeNull();
      });

      it('drops the extracted location when the editor says it was a call', () => {
        // Act
        const record = buildRecord(makeSubmission({ meeting: { kind: 'call' } }), makeExtraction({ kind: 'visit' }), makeContext());

        // Assess
        expect(record.kind).toBe('call');
        expect(record.location).toBeNull();
      });

      it('keeps the place the editor gave and forgets the extracted call, whose sort is then unknown', () => {
        // Prepare
        const location = { city: 'Амман', country: 'Иордания', countryCode: 'JO' };

        // Act
        const record = buildRecord(makeSubmission({ meeting: { location } }), makeExtraction({ kind: 'call' }), makeContext());

        // Assess
        expect(record.location).toEqual(location);
        expect(record.kind).toBeNull();
      });
    });
  });

  describe('dateBasis', () => {
    it('is how the extraction found the date', () => {
      // Prepare
      const dateBasis = { how: 'publishedAt' as const, mention: { start: 20, end: 25 } };

      // Act
      const record = buildRecord(makeSubmission(), makeExtraction({ date: '2026-03-03', dateBasis }), makeContext());

      // Assess
      expect(record.date).toBe('2026-03-03');
      expect(record.dateBasis).toEqual(dateBasis);
    });

    it('says the editor gave the date, even one the text states too', () => {
      // Prepare
      const extraction = makeExtraction({ date: '2026-03-03', dateBasis: { how: 'stated', mention: { start: 0, end: 12 } } });

      // Act
      const record = buildRecord(makeSubmission({ meeting: { date: '2026-03-03' } }), extraction, makeContext());

      // Assess
      expect(record.date).toBe('2026-03-03');
      expect(record.dateBasis).toEqual({ how: 'editor', mention: null });
    });

    it('is null when there is no date: none found, or the editor cleared it', () => {
      // Act
      const none = buildRecord(makeSubmission(), makeExtraction({ date: null, dateBasis: { how: 'stated', mention: null } }), makeContext());
      const cleared = buildRecord(makeSubmission({ meeting: { date: null } }), makeExtraction(), makeContext());

      // Assess
      expect(none.dateBasis).toBeNull();
      expect(cleared.dateBasis).toBeNull();
    });

    it('stays null for a date whose basis the extraction did not report', () => {
      // Act
      const record = buildRecord(makeSubmission(), makeExtraction({ date: '2026-03-03', dateBasis: null }), makeContext());

      // Assess
      expect(record.date).toBe('2026-03-03');
      expect(record.dateBasis).toBeNull();
    });
  });

  describe('source', () => {
    it('takes the source name from the submission over the one the text credits, and the URL from the submission', () => {
      // Prepare
      const submission = makeSubmission({ source: 'Kazinform', url: 'https://www.inform.kz/ru/article/1' });

      // Act
      const record = buildRecord(submission, makeExtraction({ source: 'DKNews.kz' }), makeContext());

      // Assess
      expect(record.source).toEqual({ name: 'Kazinform', url: 'https://www.inform.kz/ru/article/1' });
    });

    it('falls back to the source the text credits when the editor named none', () => {
      // Act
      const record = buildRecord(makeSubmission(), makeExtraction({ source: 'DKNews.kz' }), makeContext());

      // Assess
      expect(record.source).toEqual({ name: 'DKNews.kz', url: null });
    });
  });

  describe('nothing invented', () => {
    it('leaves fields that neither the editor nor the extraction supplied empty or null', () => {
      // Act
      const record = buildRecord(makeSubmission(), makeEmptyExtraction(), makeContext());

      // Assess
      expect(record).toMatchObject({
        language: 'und',
        isMeeting: false,
        kind: null,
        status: 'unclear',
        date: null,
        dateBasis: null,
        location: null,
        participants: [],
        organizations: [],
        topics: [],
        relatedEvents: [],
        source: { name: null, url: null },
        publishedAt: null,
      });
    });

    it('copies identity and times from the context and publishedAt from the submission', () => {
      // Prepare
      const context = makeContext();

      // Act
      const record = buildRecord(makeSubmission({ publishedAt: '2026-03-04T09:30:00+05:00' }), makeExtraction(), context);

      // Assess
      expect(record).toMatchObject({
        id: context.id,
        articleId: context.articleId,
        version: context.version,
        createdAt: context.createdAt,
        updatedAt: context.updatedAt,
        submittedBy: context.submittedBy,
        publishedAt: '2026-03-04T09:30:00+05:00',
      });
    });

    it('passes the extraction warnings through', () => {
      // Prepare
      const warnings = ['Language "kk" is not one the extractor reads (ru, en): meeting fields are left empty.'];

      // Act
      const record = buildRecord(makeSubmission(), makeEmptyExtraction({ language: 'kk', warnings }), makeContext());

      // Assess
      expect(record.warnings).toEqual(warnings);
      expect(record.language).toBe('kk');
    });
  });

  it('renders the content as escaped HTML', () => {
    // Prepare
    const submission = makeSubmission({ text: 'Министры встретились.\n\nСтороны <b>договорились</b> & подписали меморандум.' });

    // Act
    const record = buildRecord(submission, makeExtraction(), makeContext());

    // Assess
    expect(record.contentHtml).toBe('<p>Стороны &lt;b&gt;договорились&lt;/b&gt; &amp; подписали меморандум.</p>');
  });
});

describe('Function: buildRecord (content safety)', () => {
  it('makes content that the sanitiser leaves unchanged, even from hostile text', () => {
    const submission = { format: 'text' as const, text: 'Intro <script>alert(1)</script> & <img src=x onerror=alert(1)>\n\nHeading\nMore <a href="javascript:alert(1)">x</a>.' };
    const extraction = extract({ text: submission.text, language: 'en' });
    const record = buildRecord(submission, extraction, { id: 'm1', articleId: 'a1', version: 1, createdAt: '2020-01-01T00:00:00.000Z', updatedAt: '2020-01-01T00:00:00.000Z', submittedBy: 'alice' });
    expect(sanitiseHtml(record.contentHtml)).toBe(record.contentHtml);
    expect(record.contentHtml).not.toMatch(/<script|<img|<a /);
  });
});
