// Intake benchmark (npx tsx bench/intake.ts, or npm run bench): the time parseSubmission adds to each article
// before extraction (decoding, charset detection, Markdown rendering, finding a page's article), for inputs
// of typical size, median of many runs once warm; and each input's first call in a fresh process, which pays
// for loading the reader its format needs (submission.ts imports them on demand) and the libraries' first run
// (jschardet decompresses its model on first use). Prints numbers, asserts nothing.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSubmission } from '../functions/core/intake/submission.ts';
import { median, ms, timeRunsAsync } from './stats.ts';

const RUNS = 50;
const fixtures = join(import.meta.dirname, '..', 'tests', 'fixtures');
const seed = readFileSync(join(fixtures, 'seed-article.txt'), 'utf8');
const page = readFileSync(join(fixtures, 'intake', 'news-page.html'), 'utf8');

/** The seed article as an editor would write it in Markdown: headings marked, a few words emphasised, a link. */
function seedMarkdown(): string {
  const lines = seed.split('\n');
  const markdown = lines.map((line, i) => {
    const next = lines[i + 1] ?? '';
    const isHeading = line.length < 60 && !/[.:;]$/.test(line) && !line.startsWith('-') && next !== '' && i > 0;
    if (isHeading) return `\n## ${line}\n`;
    if (line.startsWith('-')) return line;
    return `${line.replace('Международного комитета Красного Креста', '[Международного комитета Красного Креста](https://www.icrc.org/ru)').replace('Казахстана', '*Казахстана*')}\n`;
  });
  return `---\ntitle: Встреча в Астане\nsource: DKNews.kz\n---\n${markdown.join('\n')}`;
}

/**
 * A news page of the size real ones have (about 100 KiB): the seed article's paragraphs in the fixture page,
 * with a large menu, a related-articles block, a bundle of inline state (as frameworks embed) and CSS.
 */
function typicalPage(): string {
  const paragraphs = seed
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (line.startsWith('-') ? `<ul><li>${line.slice(2)}</li></ul>` : `<p>${line}</p>`))
    .join('\n');
  const menu = Array.from({ length: 250 }, (_, i) => `<li><a href="/section/${i}">Раздел ${i}</a></li>`).join('');
  const related = Array.from({ length: 40 }, (_, i) => `<li><a href="/news/${i}"><img src="/img/${i}.jpg" alt="">Новость номер ${i} о событиях в регионе</a></li>`).join('');
  const state = JSON.stringify({ props: { articles: Array.from({ length: 200 }, (_, i) => ({ id: i, title: `Заголовок новости ${i}`, lead: 'Краткое описание новости для ленты. '.repeat(3) })) } });
  const css = `.c{color:#333;margin:0 auto;padding:4px}`.repeat(400);
  return page
    .replace('</style>', `${css}</style>`)
    .replace('<nav class="main-menu">', `<nav class="main-menu"><ul>${menu}</ul>`)
    .replace(/<div class="article-body">[\s\S]*?<\/div>\s*<div class="share/, `<div class="article-body">${paragraphs}</div><div class="share`)
    .replace('<aside class="related">', `<aside class="related"><ul>${related}</ul>`)
    .replace('</body>', `<script id="__STATE__" type="application/json">${state}</script></body>`);
}

/** The seed article has only ASCII and Russian letters: windows-1251 puts А..я at 0xC0..0xFF, Ё at 0xA8, ё at 0xB8. */
const windows1251 = (text: string) =>
  Uint8Array.from(Array.from(text), (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (char === 'Ё') return 0xa8;
    if (char === 'ё') return 0xb8;
    throw new Error(`cannot encode ${char}`);
  });

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

const inputs: { name: string; body: Uint8Array; contentType: string }[] = [
  { name: 'text/plain, UTF-8', body: Buffer.from(seed), contentType: 'text/plain; charset=utf-8' },
  { name: 'text/plain, UTF-8, charset undeclared', body: Buffer.from(seed), contentType: 'text/plain' },
  { name: 'text/plain, UTF-16LE with a BOM', body: utf16le(seed), contentType: 'text/plain' },
  { name: 'text/plain, windows-1251, undeclared (detected)', body: windows1251(seed), contentType: 'text/plain' },
  { name: 'text/markdown, UTF-8', body: Buffer.from(seedMarkdown()), contentType: 'text/markdown; charset=utf-8' },
  { name: 'text/html, the fixture page', body: Buffer.from(page), contentType: 'text/html' },
  { name: 'text/html, a page of typical size', body: Buffer.from(typicalPage()), contentType: 'text/html' },
];

const FIRST_CALL = '--first-call';
const FRESH_RUNS = 3;

if (process.argv[2] === FIRST_CALL) {
  // A child of the run below: one parse in a fresh process, timed from after this module (and so submission.ts,
  // as a cold start loads it) was imported: what the format's first article pays for loading its reader.
  const input = inputs[Number(process.argv[3])]!;
  const start = process.hrtime.bigint();
  await parseSubmission(input.body, input.contentType);
  process.stdout.write(`first:${Number(process.hrtime.bigint() - start) / 1e6}`);
  process.exit(0);
}

/** The first parse of `inputs[index]` in a fresh process (median of FRESH_RUNS processes). */
function firstCall(index: number): number {
  const times = Array.from({ length: FRESH_RUNS }, () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), FIRST_CALL, String(index)], { encoding: 'utf8' });
    const time = /first:([\d.]+)/.exec(child.stdout)?.[1];
    if (child.status !== 0 || time === undefined) throw new Error(`first call of ${inputs[index]!.name} failed: ${child.stderr}`);
    return Number(time);
  });
  return median(times);
}

console.log('intake (parseSubmission): the time it adds per article before extraction');
const width = Math.max(...inputs.map((input) => input.name.length));
console.log(`  ${'input'.padEnd(width)}  ${'size'.padStart(9)}  ${'median'.padStart(9)}  ${'first call'.padStart(10)}`);
for (const [index, input] of inputs.entries()) {
  const times = await timeRunsAsync(() => parseSubmission(input.body, input.contentType), RUNS, 3);
  const size = `${(input.body.byteLength / 1024).toFixed(1)} KiB`;
  console.log(`  ${input.name.padEnd(width)}  ${size.padStart(9)}  ${ms(median(times)).padStart(9)}  ${ms(firstCall(index)).padStart(10)}`);
}
console.log(
  `  (median: steady state, ${RUNS} runs after 3 warm-up runs; first call: the input's first parse in a fresh process, median of ${FRESH_RUNS},` +
    ' which loads the reader its format needs — Markdown, front matter, pages, charset detection — as a cold function does once;' +
    " here from node_modules through tsx, which takes longer than a Lambda bundle's chunks)",
);
