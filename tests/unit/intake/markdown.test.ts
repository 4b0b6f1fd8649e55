import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../../functions/core/record/build-record.ts';
import { parseSubmission } from '../../../functions/core/intake/submission.ts';
import { extract } from '../../support/extractor.ts';
import { ARTICLE_MARKDOWN, ARTICLE_TEXT, ARTICLE_TITLE } from './article-forms.ts';

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const context = { id: 'm-bishkek', articleId: 'a0123456789abcdef0123456', version: 1, createdAt: '2026-03-12T10:00:00.000Z', updatedAt: '2026-03-12T10:00:00.000Z', submittedBy: 'editor' };
const markdown = (source: string) => parseSubmission(utf8(source), 'text/markdown; charset=utf-8');

describe('Intake: Markdown (text/markdown)', () => {
  it('gives extraction the text without markup: no asterisks, brackets, hashes or link targets', async () => {
    // Act
    const submission = await markdown(ARTICLE_MARKDOWN);

    // Assess
    expect(submission.title).toBe(ARTICLE_TITLE);
    expect(submission.text).toBe(ARTICLE_TEXT);
    expect(submission.text).not.toMatch(/[*#[\]]|https?:/);
  });

  it('keeps emphasis, strong emphasis, code, links, headings and both kinds of list', async () => {
    // Prepare
    const source = [
      '# Встреча в Бишкеке',
      '',
      'Стороны *обсудили* __водные__ вопросы и `API` обмена данными; см. [сайт МИД](https://mfa.example/ru "МИД") и <https://mfa.example/news>.',
      '',
      '### Решения',
      '',
      '1. создать комиссию',
      '2) обменяться данными',
      '',
      '- первое',
      '  - вложенное',
      '+ отдельный список',
    ].join('\n');

    // Act
    const { blocks, text } = await markdown(source);

    // Assess
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, text: 'Встреча в Бишкеке' },
      {
        kind: 'paragraph',
        text: 'Стороны обсудили водные вопросы и API обмена данными; см. сайт МИД и https://mfa.example/news.',
        html: 'Стороны <em>обсудили</em> <strong>водные</strong> вопросы и <code>API</code> обмена данными; см. <a href="https://mfa.example/ru">сайт МИД</a> и <a href="https://mfa.example/news">https://mfa.example/news</a>.',
      },
      { kind: 'heading', level: 3, text: 'Решения' },
      { kind: 'list', ordered: true, items: ['создать комиссию'] },
      { kind: 'list', ordered: true, items: ['обменяться данными'] },
      { kind: 'list', ordered: false, items: ['первое', 'вложенное'] },
      { kind: 'list', ordered: false, items: ['отдельный список'] },
    ]);
    expect(text).toContain('1. создать комиссию');
  });

  it('publishes emphasis as emphasis, not as literal asterisks', async () => {
    // Prepare
    const submission = await markdown('Министры *встретились* в **Бишкеке**.\n\nОни *обсудили* в **Бишкеке** [воду](https://water.example/).');

    // Act
    const record = buildRecord(submission, extract({ text: submission.text, language: 'ru' }), context);

    // Assess: the lead is the summary (plain text); the content follows it.
    expect(record.summary).toBe('Министры встретились в Бишкеке.');
    expect(record.contentHtml).toBe('<p>Они <em>обсудили</em> в <strong>Бишкеке</strong> <a href="https://water.example/" rel="nofollow noopener">воду</a>.</p>');
  });

  it('makes an opening heading the title, as it does for plain text', async () => {
    // Prepare
    const submission = await markdown('# Министры встретились\n\nСтороны обсудили воду.\n\nСледующая встреча пройдёт летом.');

    // Act
    const record = buildRecord(submission, extract({ text: submission.text, language: 'ru' }), context);

    // Assess
    expect(record.title).toBe('Министры встретились');
    expect(record.contentHtml).toBe('<p>Следующая встреча пройдёт летом.</p>');
  });

  it('keeps the text of raw HTML but not what could run, and no javascript: link', async () => {
    // Prepare
    const source = [
      'Министры <b onclick="alert(1)">встретились</b> <img src=x onerror=alert(1)>в Бишкеке.',
      '',
      '<script>alert(1)</script>',
      '',
      '<div style="background:url(javascript:alert(1))">Стороны обсудили воду.</div>',
      '',
      '[ссылка](javascript:alert(1)) и [другая](JaVaScRiPt:alert(1)) и <a href="vbscript:msgbox(1)">третья</a>',
    ].join('\n');

    // Act
    const submission = await markdown(source);
    const record = buildRecord(submission, extract({ text: submission.text, language: 'ru' }), context);

    // Assess
    expect(submission.blocks?.slice(0, 2)).toEqual([
      { kind: 'paragraph', text: 'Министры встретились в Бишкеке.', html: 'Министры <strong>встретились</strong> в Бишкеке.' },
      { kind: 'paragraph', text: 'Стороны обсудили воду.' },
    ]);
    // markdown-it does not make links of dangerous addresses: they stay as the text that was written.
    expect(submission.text).toContain('[ссылка](javascript:alert(1)) и [другая](JaVaScRiPt:alert(1)) и третья');
    expect(record.contentHtml).not.toMatch(/<(script|img|div|a)\b|\son\w+=|style=/i);
  });

  it('renders quotes nested deeper than it allows (dropping what is below 100 levels), and emphasis runs that are slow for other parsers, in linear time', async () => {
    // Prepare: marked (the alternative measured) overflows its stack on the first and takes a minute on the second.
    const quotes = `${'>'.repeat(100_000)} Цитата.\n\nМинистры встретились.`;
    const underscores = `${'_a'.repeat(100_000)}\n\nМинистры встретились.`;

    // Act
    const started = performance.now();
    const deep = await markdown(quotes);
    const runs = await markdown(underscores);
    const elapsed = performance.now() - started;

    // Assess
    expect(deep.text).toContain('Министры встретились.');
    expect(runs.text).toContain('Министры встретились.');
    expect(elapsed).toBeLessThan(15_000);
  });
});
