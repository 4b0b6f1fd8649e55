import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../../functions/core/record/build-record.ts';
import { htmlSubmission, parseSubmission } from '../../../functions/core/intake/submission.ts';
import { extract } from '../../support/extractor.ts';
import { rejection } from '../../support/submission-rejection.ts';
import { ARTICLE_TEXT, newsPage } from './article-forms.ts';

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const context = { id: 'm-bishkek', articleId: 'a0123456789abcdef0123456', version: 1, createdAt: '2026-03-12T10:00:00.000Z', updatedAt: '2026-03-12T10:00:00.000Z', submittedBy: 'editor' };

/** A page made of the given head and body markup. */
const page = (head: string, body: string) => `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const PROSE = '<p>В Бишкеке состоялась встреча министров иностранных дел Киргизии и Таджикистана. Стороны обсудили водное сотрудничество и работу водохранилищ на трансграничных реках.</p>';

describe('Intake: a news page (text/html)', () => {
  it("takes the article's text out of the page, leaving navigation, banners, related links, share buttons and the footer", async () => {
    // Act
    const submission = await parseSubmission(utf8(newsPage()), 'text/html; charset=utf-8');

    // Assess
    expect(submission.format).toBe('html');
    expect(submission.text).toBe(ARTICLE_TEXT);
    for (const furniture of ['Политика', 'Поиск', 'Реклама', 'Читайте также', 'Telegram', 'Все права защищены', 'Айнура Токтосунова']) {
      expect(submission.text).not.toContain(furniture);
    }
  });

  it('keeps headings, paragraphs and lists, with the links and emphasis inside them', async () => {
    // Act
    const { blocks } = await parseSubmission(utf8(newsPage()), 'text/html');

    // Assess
    expect(blocks?.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph', 'list', 'heading', 'paragraph']);
    expect(blocks?.[2]).toEqual({ kind: 'heading', level: 2, text: 'Итоги переговоров' });
    expect(blocks?.[5]).toMatchObject({ kind: 'list', ordered: false, items: ['график попусков воды на весну и лето;', 'обмен данными гидрологических постов;', 'создание совместной комиссии по водохранилищам.'] });
    // The tag link was relative: it is made absolute against the page's canonical URL; the onclick is gone.
    expect(blocks?.[1]).toMatchObject({
      html: 'Министры отметили, что <a href="https://vesti-doliny.example/tags/voda">водный вопрос</a> остается главной темой двусторонней повестки, а затраты на ремонт плотин стороны намерены <em>разделить поровну</em>.',
    });
    expect(blocks?.[3]).toMatchObject({ html: expect.stringContaining('<strong>единый график попусков</strong>') });
    // A javascript: link keeps its text and loses the link.
    expect(blocks?.[7]).toEqual({ kind: 'paragraph', text: 'Следующая встреча министров запланирована на осень 2026 года в Душанбе. Подробнее' });
  });

  it("reads the title, publication time, canonical URL and site name from the page's metadata (JSON-LD first)", async () => {
    // Act
    const submission = await parseSubmission(utf8(newsPage()), 'text/html');

    // Assess
    expect(submission).toMatchObject({
      title: 'Министры Киргизии и Таджикистана обсудили водное сотрудничество',
      publishedAt: '2026-03-12T09:15:00+06:00',
      url: 'https://vesti-doliny.example/politika/2026/03/ministry-voda',
      source: 'Вести Долины',
    });
    expect(submission.warnings).toBeUndefined();
  });

  it('reads Open Graph and article: tags when the page has no JSON-LD, and the <title> when it has neither', async () => {
    // Prepare
    const withOpenGraph = page(
      '<title>Встреча министров | Сайт</title><meta property="og:title" content="Встреча министров"><meta property="og:site_name" content="Вести">' +
        '<meta property="article:published_time" content="2026-03-12T09:15:00.000+0600"><meta property="og:url" content="https://vesti.example/a/1">',
      PROSE,
    );
    const withTitleOnly = page('<title>Встреча министров</title>', PROSE);

    // Act
    const fromOpenGraph = await parseSubmission(utf8(withOpenGraph), 'text/html');
    const fromTitle = await parseSubmission(utf8(withTitleOnly), 'text/html');

    // Assess
    expect(fromOpenGraph).toMatchObject({ title: 'Встреча министров', source: 'Вести', publishedAt: '2026-03-12T09:15:00.000+06:00', url: 'https://vesti.example/a/1' });
    expect(fromTitle.title).toBe('Встреча министров');
    expect(fromTitle).not.toHaveProperty('url');
    expect(fromTitle).not.toHaveProperty('publishedAt');
  });

  it.each([
    ['a relative canonical URL, for an absolute og:url', '<link rel="canonical" href="/a/1"><meta property="og:url" content="https://vesti.example/a/1">', { url: 'https://vesti.example/a/1' }],
    ['a javascript: canonical URL', '<link rel="canonical" href="javascript:alert(1)">', {}],
    ['a publication time without an offset, for its date', '<meta property="article:published_time" content="2026-03-12T09:15:00">', { publishedAt: '2026-03-12' }],
    ['a publication date alone', '<meta property="article:published_time" content="2026-03-12">', { publishedAt: '2026-03-12' }],
  ])('passes over %s', async (_what, head, expected) => {
    // Act
    const submission = await parseSubmission(utf8(page(head, PROSE)), 'text/html');

    // Assess
    expect({ url: submission.url, publishedAt: submission.publishedAt }).toEqual({ url: undefined, publishedAt: undefined, ...expected });
    expect(submission.warnings).toBeUndefined();
  });

  it('leaves out a publication time that is not ISO 8601, with a warning that quotes it', async () => {
    // Act
    const submission = await parseSubmission(utf8(page('<meta property="article:published_time" content="12 марта 2026, 09:15">', PROSE)), 'text/html');

    // Assess
    expect(submission.publishedAt).toBeUndefined();
    expect(submission.warnings).toEqual(['The page\'s publication time "12 марта 2026, 09:15" is not an ISO 8601 date, so it was not used.']);
  });

  it('lets the fields an editor gives win over the metadata of the page', async () => {
    // Act
    const submission = await htmlSubmission(newsPage(), { title: 'Заголовок редактора', publishedAt: '2026-03-13' });

    // Assess
    expect(submission).toMatchObject({ title: 'Заголовок редактора', publishedAt: '2026-03-13', source: 'Вести Долины' });
  });

  it('reads a fragment of a page as its paragraphs', async () => {
    // Act
    const submission = await parseSubmission(utf8('<p>Министры встретились.</p><p>Стороны обсудили <b>воду</b>.</p>'), 'text/html');

    // Assess
    expect(submission.blocks).toEqual([
      { kind: 'paragraph', text: 'Министры встретились.' },
      { kind: 'paragraph', text: 'Стороны обсудили воду.', html: 'Стороны обсудили <strong>воду</strong>.' },
    ]);
  });

  it('separates paragraphs that a page marks with double line breaks instead of <p>', async () => {
    // Act
    const submission = await parseSubmission(utf8('<div>Министры встретились в Бишкеке.<br><br>Стороны обсудили воду.<br>Итоги подвели вечером.</div>'), 'text/html');

    // Assess
    expect(submission.text).toBe('Министры встретились в Бишкеке.\n\nСтороны обсудили воду.\nИтоги подвели вечером.');
  });

  it('refuses a page with no article text with 400, saying what to send instead', async () => {
    // Act
    const error = await rejection(utf8(page('<title>Пусто</title><script>alert(1)</script>', '<script>document.write("x")</script><nav><a href="/">Главная</a></nav>')), 'text/html');

    // Assess
    expect(error.code).toBe('empty_body');
    expect(error.message).toBe('The page has no article text that could be found; send the article text (text/plain or text/markdown) instead.');
  });
});

describe('Intake: HTML sent as text/plain', () => {
  it('recognises a page sent as text/plain, reads it as HTML and says so', async () => {
    // Act
    const submission = await parseSubmission(utf8(newsPage()), 'text/plain; charset=utf-8');

    // Assess
    expect(submission.format).toBe('html');
    expect(submission.text).toBe(ARTICLE_TEXT);
    expect(submission.title).toBe('Министры Киргизии и Таджикистана обсудили водное сотрудничество');
    expect(submission.warnings).toEqual(['The article was sent as text/plain but is an HTML page; it was read as HTML. Send pages as text/html.']);
  });

  it.each([
    ['a fragment that opens and closes a paragraph', '<p>Министры встретились в Бишкеке.</p>'],
    ['a page behind a comment', '<!-- saved from url=(0042)https://vesti.example/ -->\n<html><body><p>Министры встретились.</p></body></html>'],
  ])('recognises %s', async (_what, body) => {
    expect((await parseSubmission(utf8(body), 'text/plain')).format).toBe('html');
  });

  it.each([
    ['prose that mentions a tag', 'Редакция заменила тег <p> на <div> в шаблоне.'],
    ['prose that starts with an unclosed tag-like word', '<p> обозначает абзац, а его закрывающий тег часто забывают.'],
    ['angle brackets', '<<<< Министры встретились >>>>'],
    ['an XML document', '<?xml version="1.0"?><lolz>Министры</lolz>'],
  ])('keeps %s as plain text', async (_what, body) => {
    // Act
    const submission = await parseSubmission(utf8(body), 'text/plain');

    // Assess
    expect(submission).toEqual({ format: 'text', text: body });
  });
});

describe('Intake: hostile HTML', () => {
  const HOSTILE = page(
    '<title>Встреча</title><style>p { background: url(javascript:alert(1)) }</style><script>alert("head")</script><meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<article><h2 onclick="alert(1)">Встреча <img src=x onerror=alert(1)>министров</h2>' +
      `${PROSE}` +
      '<p>Подробности <a href="javascript:alert(1)">здесь</a>, <a href="jav&#x09;ascript:alert(1)">там</a>, <a href=" JaVaScRiPt:alert(1)">и тут</a>, ' +
      '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">и в данных</a>, <a href="https://example.org/" onmouseover="alert(1)" style="x:expression(alert(1))">и на сайте</a>.</p>' +
      '<script>alert("body")</script><style>body { display: none }</style><iframe src="javascript:alert(1)">кадр</iframe>' +
      '<svg onload="alert(1)"><text>рисунок</text></svg><math><mi xlink:href="javascript:alert(1)">формула</mi></math>' +
      '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">кнопка</button></form><object data="data:text/html,x">объект</object>' +
      '<noscript><img src=x onerror=alert(1)></noscript><template><script>alert(1)</script></template></article>',
  );

  it('keeps the text and the safe link, and nothing that runs, in the text, the blocks or the published content', async () => {
    // Act
    const submission = await parseSubmission(utf8(HOSTILE), 'text/html');
    const record = buildRecord(submission, extract({ text: submission.text, language: 'ru' }), context);

    // Assess
    expect(submission.text).toContain('Подробности здесь, там, и тут, и в данных, и на сайте.');
    for (const leftover of ['alert', 'кадр', 'рисунок', 'формула', 'кнопка', 'объект', 'display']) expect(submission.text).not.toContain(leftover);
    const markup = [JSON.stringify(submission.blocks), record.contentHtml];
    for (const html of markup) {
      expect(html).not.toMatch(/<(script|style|iframe|svg|math|form|button|object|img|noscript|template|meta)\b/i);
      expect(html).not.toMatch(/\son\w+=|javascript:|data:|style=|expression\(/i);
    }
    expect(record.contentHtml).toContain('<a href="https://example.org/" rel="nofollow noopener">и на сайте</a>');
  });

  it('refuses a page nested deeper than any real one with 400 before building its tree', async () => {
    // Prepare: 1 MiB of unclosed <div>s would take the DOM library 40 s.
    const body = utf8(`<html><body>${'<div>'.repeat(200_000)}Министры</body></html>`);

    // Act
    const error = await rejection(body, 'text/html');

    // Assess
    expect(error.status).toBe(400);
    expect(error.message).toBe(
      'The page nests its elements more than 256 levels deep (at character 1282); real pages nest a few dozen. Send the article as text/plain or text/markdown, or a simpler page.',
    );
  });

  it('takes the whole text of a page too large to look for its main content in, with a warning', async () => {
    // Prepare: 12,000 menu items around the article.
    const menu = `<ul>${'<li><a href="/x">Раздел</a></li>'.repeat(6_000)}</ul>`;
    const body = utf8(page('<title>Встреча</title>', `<nav>${menu}</nav>${PROSE}<div class="menu">${menu}</div>`));

    // Act
    const submission = await parseSubmission(body, 'text/html');

    // Assess
    expect(submission.text).toContain('В Бишкеке состоялась встреча министров');
    expect(submission.text).toContain('- Раздел');
    expect(submission.warnings).toEqual([
      'The page is too large to find its main content (24010 elements, nested 6 deep; we look for it in pages of up to 10000 elements and 64 levels), so the text of the whole page was taken: check the record, or send the article text alone.',
    ]);
  });
});

describe('Intake: a record built from a page', () => {
  it('takes its title, date, source and link from the page, and publishes its structure, sanitised', async () => {
    // Prepare
    const submission = await parseSubmission(utf8(newsPage()), 'text/html');

    // Act
    const record = buildRecord(submission, extract({ text: submission.text, language: 'ru', publishedAt: submission.publishedAt }), context);

    // Assess
    expect(record.title).toBe('Министры Киргизии и Таджикистана обсудили водное сотрудничество');
    expect(record.publishedAt).toBe('2026-03-12T09:15:00+06:00');
    expect(record.source).toEqual({ name: 'Вести Долины', url: 'https://vesti-doliny.example/politika/2026/03/ministry-voda' });
    expect(record.contentHtml).toContain('<h2>Итоги переговоров</h2>');
    expect(record.contentHtml).toContain('<ul><li>график попусков воды на весну и лето;</li>');
    expect(record.contentHtml).toContain('<em>разделить поровну</em>');
    expect(record.contentHtml).toContain('<a href="https://vesti-doliny.example/tags/voda" rel="nofollow noopener">водный вопрос</a>');
    expect(record.participants.map((participant) => participant.name)).toEqual(expect.arrayContaining(['Данияр Есенов']));
  });

  it("adds intake's warnings to the record's", async () => {
    // Prepare
    const submission = await parseSubmission(utf8(newsPage()), 'text/plain');

    // Act
    const record = buildRecord(submission, extract({ text: submission.text, language: 'ru' }), context);

    // Assess
    expect(record.warnings[0]).toBe('The article was sent as text/plain but is an HTML page; it was read as HTML. Send pages as text/html.');
  });
});
