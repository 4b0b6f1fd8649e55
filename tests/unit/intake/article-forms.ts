// One made-up article in every form an editor may send it (plain text, Markdown, a news page, XHTML, JSON),
// and its bytes in every charset the intake reads. Each form's text, once read, is ARTICLE_TEXT exactly.
// Only characters KOI8-R has (no guillemets, no dashes) so that every charset can carry the same article.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

const PARAGRAPHS = {
  lead:
    'В Бишкеке состоялась встреча министра иностранных дел Киргизии Данияра Есенова с министром водных ресурсов Таджикистана Ильдаром Маратовым. ' +
    'Стороны обсудили совместное использование трансграничных рек и подготовку соглашения о работе водохранилищ.',
  second: 'Министры отметили, что водный вопрос остается главной темой двусторонней повестки, а затраты на ремонт плотин стороны намерены разделить поровну.',
  quote: 'По словам Есенова, "емкость водохранилищ позволяет пережить засушливое лето", однако для этого нужен единый график попусков.',
  steps: 'Стороны договорились о следующих шагах:',
  items: ['график попусков воды на весну и лето;', 'обмен данными гидрологических постов;', 'создание совместной комиссии по водохранилищам.'],
  last: 'Следующая встреча министров запланирована на осень 2026 года в Душанбе.',
};

export const ARTICLE_TITLE = 'Министры обсудили водное сотрудничество';

/** What extraction reads, whichever form the article came in. */
export const ARTICLE_TEXT = [
  PARAGRAPHS.lead,
  PARAGRAPHS.second,
  'Итоги переговоров',
  PARAGRAPHS.quote,
  PARAGRAPHS.steps,
  PARAGRAPHS.items.map((item) => `- ${item}`).join('\n'),
  'Следующая встреча',
  `${PARAGRAPHS.last} Подробнее`,
].join('\n\n');

/** A realistic news page: navigation, banners, scripts, styles, JSON-LD and Open Graph around the article. */
export function newsPage(): string {
  return readFileSync(join(import.meta.dirname, '../../fixtures/intake/news-page.html'), 'utf8');
}

export const ARTICLE_MARKDOWN = [
  '---',
  `title: ${ARTICLE_TITLE}`,
  '---',
  PARAGRAPHS.lead,
  '',
  'Министры отметили, что [водный вопрос](https://vesti-doliny.example/tags/voda) остается главной темой двусторонней повестки,',
  'а затраты на ремонт плотин стороны намерены *разделить поровну*.',
  '',
  '## Итоги переговоров',
  '',
  'По словам Есенова, "емкость водохранилищ позволяет пережить засушливое лето", однако для этого нужен **единый график попусков**.',
  '',
  PARAGRAPHS.steps,
  '',
  ...PARAGRAPHS.items.map((item) => `* ${item}`),
  '',
  'Следующая встреча',
  '-----------------',
  '',
  `${PARAGRAPHS.last} <a href="javascript:alert(1)" onclick="alert(2)">Подробнее</a>`,
  '',
].join('\n');

export const ARTICLE_XHTML = [
  '<?xml version="1.0"?>',
  '<!DOCTYPE html>',
  '<html xmlns="http://www.w3.org/1999/xhtml" lang="ru">',
  `<head><title>${ARTICLE_TITLE}</title></head>`,
  '<body><article>',
  `<p>${PARAGRAPHS.lead}</p>`,
  `<p>${PARAGRAPHS.second.replace('водный вопрос', '<a href="https://vesti-doliny.example/tags/voda">водный вопрос</a>')}</p>`,
  '<h2>Итоги переговоров</h2>',
  `<p>${PARAGRAPHS.quote.replaceAll('"', '&quot;')}</p>`,
  `<p>${PARAGRAPHS.steps}</p>`,
  `<ul>${PARAGRAPHS.items.map((item) => `<li>${item}</li>`).join('')}</ul>`,
  '<h2>Следующая встреча</h2>',
  `<p>${PARAGRAPHS.last} <a href="javascript:alert(1)">Подробнее</a></p>`,
  '</article></body>',
  '</html>',
].join('\n');

export const ARTICLE_JSON = JSON.stringify({ title: ARTICLE_TITLE, text: ARTICLE_TEXT });

export interface Form {
  name: string;
  mediaType: string;
  source: string;
  /** Pages can declare their charset in a <meta> tag: `withMeta(label)` gives the page declaring `label`. */
  withMeta?: (label: string) => string;
}

const page = () => newsPage().replace('<meta charset="utf-8">', '');

export const FORMS: Form[] = [
  { name: 'plain text', mediaType: 'text/plain', source: ARTICLE_TEXT },
  { name: 'Markdown', mediaType: 'text/markdown', source: ARTICLE_MARKDOWN },
  { name: 'a news page', mediaType: 'text/html', source: page(), withMeta: (label) => newsPage().replace('<meta charset="utf-8">', `<meta charset="${label}">`) },
  {
    name: 'XHTML',
    mediaType: 'application/xhtml+xml',
    source: ARTICLE_XHTML,
    withMeta: (label) => ARTICLE_XHTML.replace('<head>', `<head><meta http-equiv="Content-Type" content="application/xhtml+xml; charset=${label}" />`),
  },
  { name: 'JSON', mediaType: 'application/json', source: ARTICLE_JSON },
];

export interface Encoding {
  name: string;
  /** The label a Content-Type (or a page) would declare. */
  label: string;
  bom: boolean;
}

export const ENCODINGS: Encoding[] = [
  { name: 'UTF-8', label: 'utf-8', bom: false },
  { name: 'UTF-8 with a BOM', label: 'utf-8', bom: true },
  { name: 'UTF-16LE with a BOM', label: 'utf-16le', bom: true },
  { name: 'UTF-16BE with a BOM', label: 'utf-16be', bom: true },
  { name: 'UTF-16LE without a BOM', label: 'utf-16le', bom: false },
  { name: 'UTF-16BE without a BOM', label: 'utf-16be', bom: false },
  { name: 'windows-1251', label: 'windows-1251', bom: false },
  { name: 'KOI8-R', label: 'koi8-r', bom: false },
];

/** The bytes of `text` in `encoding`, made by iconv-lite (not by the TextDecoder the intake reads them with). */
export function encode(text: string, encoding: Pick<Encoding, 'label' | 'bom'>): Buffer {
  const bytes = iconv.encode(text, encoding.label, { addBOM: encoding.bom });
  if (iconv.decode(bytes, encoding.label) !== text) throw new Error(`the test article does not fit ${encoding.label}`);
  return bytes;
}
