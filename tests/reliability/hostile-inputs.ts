// Hostile requests, generated systematically: dangerous strings (control, zero-width and bidi characters,
// noncharacters, script-laden HTML and javascript: links) in every place an editor's text goes, and the
// protocol-level attacks (lying lengths and types, broken encodings, huge lines, deep and huge JSON, prototype
// pollution, YAML and XML bombs, path traversal, long headers, bad tokens). Each case is a raw HTTP request.

import type { RawRequest } from '../support/raw-http.ts';

export interface HostileCase extends RawRequest {
  category: string;
  name: string;
  /** The request cannot be answered: its body never arrives whole (the client stops sending). */
  truncated?: boolean;
}

const SENTENCE = 'Prime Minister Jane Doe met President John Roe in Paris on Monday.';

const CONTROL = [...Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)), '\u007f', '\u0085', '\u009b'];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\ufeff', '\u00ad', '\u061c'];
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
const NONCHARACTERS = ['\ufffe', '\uffff', '\ud800', '\udfff', '\u{10ffff}'];
export const SCRIPTS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  '<svg onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '"><script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  'javascript:alert(1)',
  '<body onload=alert(1)>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  ']]><script>alert(1)</script>',
  '<!--<script>alert(1)</script>-->',
  '<style>@import "javascript:alert(1)";</style>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<scr<script>ipt>alert(1)</script>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<x onmouseover="alert(1)">hover</x>',
];

const json = 'application/json';
const plain = 'text/plain; charset=utf-8';
const markdown = 'text/markdown; charset=utf-8';

/** Places an editor's text goes; `n` keeps each body distinct. */
const CARRIERS: Record<string, (payload: string, n: number) => { contentType: string; body: string }> = {
  'plain text': (p, n) => ({ contentType: plain, body: `${SENTENCE} ${p} They discussed trade (case ${n}).` }),
  'JSON title': (p, n) => ({ contentType: json, body: JSON.stringify({ title: `Talks ${p}`, text: `${SENTENCE} (case ${n})`, language: 'en' }) }),
  'JSON text': (p, n) => ({ contentType: json, body: JSON.stringify({ text: `${p}\n\n${SENTENCE} ${p} (case ${n})` }) }),
  'Markdown body': (p, n) => ({
    contentType: markdown,
    body: `---\ntitle: Case ${n}\n---\n# Talks ${p}\n\n${SENTENCE} ${p}\n\n- item ${p}\n\n[a link](${p}) and <${p}>\n`,
  }),
  'front matter title': (p, n) => ({ contentType: markdown, body: `---\ntitle: ${JSON.stringify(`Talks ${p}`)}\n---\n${SENTENCE} (case ${n})\n` }),
  // A page: the payload as markup in the article and the navigation, and as text in the metadata the title comes from.
  'HTML page': (p, n) => ({
    contentType: 'text/html; charset=utf-8',
    body:
      `<!DOCTYPE html><html><head><title>Talks</title><meta property="og:title" content="Talks ${p.replaceAll('"', '&quot;')}"></head>` +
      `<body><nav>${p}</nav><article><h2>Talks ${p}</h2><p>${SENTENCE} ${p}</p><ul><li>item ${p}</li></ul><p>They discussed trade (case ${n}).</p></article></body></html>`,
  }),
  'HTML page as text/plain': (p, n) => ({ contentType: plain, body: `<html><body><p>${SENTENCE} ${p}</p><p>They discussed trade (case ${n}).</p></body></html>` }),
};

function post(category: string, name: string, contentType: string | undefined, body: Buffer | string, extra: Partial<HostileCase> = {}): HostileCase {
  return {
    category,
    name,
    method: 'POST',
    path: '/articles',
    headers: [...(contentType === undefined ? [] : ([['Content-Type', contentType]] as [string, string][])), ...(extra.headers ?? [])],
    body,
    ...Object.fromEntries(Object.entries(extra).filter(([key]) => key !== 'headers')),
  };
}

const nested = (depth: number, open = '[', close = ']', inner = '1') => `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
const nestedObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

export function hostileCases(token: string): HostileCase[] {
  const cases: HostileCase[] = [];
  const auth = (c: HostileCase): HostileCase => ({ ...c, headers: [['Authorization', `Bearer ${token}`], ...(c.headers ?? [])] });
  let n = 0;

  // Dangerous strings in every carrier.
  const strings: [string, string[], string[]][] = [
    ['control characters', CONTROL, ['plain text', 'JSON title']],
    ['zero-width and invisible characters', INVISIBLE, ['plain text', 'JSON title', 'front matter title']],
    ['RTL and bidi overrides', BIDI, ['plain text', 'JSON title', 'front matter title']],
    ['noncharacters and lone surrogates', NONCHARACTERS, ['JSON title', 'JSON text']],
    ['script-laden HTML and javascript: links', SCRIPTS, Object.keys(CARRIERS)],
  ];
  for (const [category, payloads, carriers] of strings) {
    for (const payload of payloads) {
      for (const carrier of carriers) {
        const { contentType, body } = CARRIERS[carrier]!(payload, n++);
        cases.push(post(category, `${JSON.stringify(payload).slice(0, 40)} in ${carrier}`, contentType, body));
      }
    }
  }
  for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', ' javascript:alert(1)']) {
    cases.push(post('script-laden HTML and javascript: links', `url ${url}`, json, JSON.stringify({ text: `${SENTENCE} (case ${n++})`, url })));
    cases.push(
      post('script-laden HTML and javascript: links', `meeting.source.url ${url}`, json, JSON.stringify({ text: `${SENTENCE} (case ${n++})`, meeting: { source: { name: 'x', url } } })),
    );
  }
  cases.push(
    post('script-laden HTML and javascript: links', 'participant name with a script', json, JSON.stringify({
      text: `${SENTENCE} (case ${n++})`,
      meeting: { participants: [{ name: '<script>alert(1)</script>', role: '<img src=x onerror=alert(1)>', organization: null, mentions: [] }] },
    })),
  );
  cases.push(post('script-laden HTML and javascript: links', 'HTML document as text/html', 'text/html', `<html><body><script>alert(1)</script>${SENTENCE}</body></html>`));

  // Lying Content-Length and framing.
  const lying = 'lying Content-Length and framing';
  cases.push(post(lying, 'declares 10 GiB, sends 60 bytes, stops', plain, SENTENCE, { headers: [['Content-Length', String(10 * 1024 ** 3)]], halfClose: true, truncated: true }));
  cases.push(post(lying, 'declares 2 MiB, sends 60 bytes, stops', plain, SENTENCE, { headers: [['Content-Length', String(2 * 1024 ** 2)]], halfClose: true, truncated: true }));
  cases.push(post(lying, 'declares 1000 bytes, sends 60, stops', plain, SENTENCE, { headers: [['Content-Length', '1000']], halfClose: true, truncated: true }));
  cases.push(post(lying, 'declares 5 bytes, sends more', plain, `${SENTENCE} (case ${n++})`, { headers: [['Content-Length', '5']] }));
  cases.push(post(lying, 'declares 0 bytes, sends a body', plain, SENTENCE, { headers: [['Content-Length', '0']] }));
  for (const value of ['-1', 'abc', '1e3', '0x10', ' 10', '99999999999999999999999']) {
    cases.push(post(lying, `Content-Length ${JSON.stringify(value)}`, plain, SENTENCE, { headers: [['Content-Length', value]], halfClose: true, truncated: true }));
  }
  cases.push(post(lying, 'two different Content-Lengths', plain, SENTENCE, { headers: [['Content-Length', '10'], ['Content-Length', '66']] }));
  cases.push(post(lying, 'Content-Length and chunked', plain, `3c\r\n${SENTENCE.slice(0, 60)}\r\n0\r\n\r\n`, { headers: [['Content-Length', '10'], ['Transfer-Encoding', 'chunked']] }));
  cases.push(post(lying, 'bad chunk size', plain, 'zz\r\nhello\r\n0\r\n\r\n', { headers: [['Transfer-Encoding', 'chunked']] }));
  cases.push(post(lying, 'chunked, 2 MiB', plain, `200000\r\n${'a '.repeat(0x100000)}\r\n0\r\n\r\n`, { headers: [['Transfer-Encoding', 'chunked']] }));
  cases.push(post(lying, 'chunked, never finished', plain, `10\r\n${'a'.repeat(16)}\r\n`, { headers: [['Transfer-Encoding', 'chunked']], halfClose: true, truncated: true }));
  cases.push(post(lying, 'body of 1 MiB + 1 byte', plain, Buffer.alloc(1024 * 1024 + 1, 'a')));
  cases.push(post(lying, 'body of 3 MiB', plain, Buffer.alloc(3 * 1024 * 1024, 'word ')));
  cases.push(post(lying, 'empty body', plain, ''));
  cases.push({ category: lying, name: 'garbage request line', method: 'X', path: '/', raw: Buffer.from('GARBAGE\r\n\r\n') });
  cases.push({ category: lying, name: 'HTTP/0.9 style', method: 'GET', path: '/', raw: Buffer.from('GET /\r\n\r\n') });
  cases.push({ category: lying, name: 'HTTP/1.1 without Host', method: 'GET', path: '/', raw: Buffer.from('GET /feeds/meetings.atom HTTP/1.1\r\nConnection: close\r\n\r\n') });

  // Wrong and lying content types and charsets.
  const types = 'wrong and lying content types and charsets';
  const typed: [string, string | undefined, Buffer | string][] = [
    ['no Content-Type', undefined, SENTENCE],
    ['application/octet-stream', 'application/octet-stream', SENTENCE],
    ['image/png', 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['multipart/form-data', 'multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="text"\r\n\r\n${SENTENCE}\r\n--x--\r\n`],
    ['application/x-www-form-urlencoded', 'application/x-www-form-urlencoded', `text=${encodeURIComponent(SENTENCE)}`],
    ['JSON body labelled text/plain', plain, JSON.stringify({ text: `${SENTENCE} (case ${n++})` })],
    ['text labelled application/json', json, SENTENCE],
    ['text labelled text/markdown with a bare ---', markdown, `---\n${SENTENCE}`],
    ['UTF-8 labelled UTF-16', 'text/plain; charset=utf-16', `${SENTENCE} Ærø (case ${n++})`],
    ['UTF-8 labelled ISO-8859-1', 'text/plain; charset=iso-8859-1', `Встреча в Москве (case ${n++})`],
    ['koi8-r', 'text/plain; charset=koi8-r', Buffer.from([0xf7, 0xd3, 0xd4, 0xd2, 0xc5, 0xde, 0xc1])],
    ['shift_jis', 'text/plain; charset=shift_jis', Buffer.from([0x82, 0xa0])],
    ['unknown charset', 'text/plain; charset=x-unknown-1', SENTENCE],
    ['empty charset', 'text/plain; charset=', `${SENTENCE} (case ${n++})`],
    ['charset twice', 'text/plain; charset=utf-8; charset=latin1', `${SENTENCE} (case ${n++})`],
    ['semicolons only', 'text/plain;;;', `${SENTENCE} (case ${n++})`],
    ['upper case', 'TEXT/PLAIN; CHARSET=UTF-8', `${SENTENCE} (case ${n++})`],
    ['a 10 KB content type', `text/plain; x=${'a'.repeat(10_000)}`, `${SENTENCE} (case ${n++})`],
    ['JSON in UTF-16LE, labelled so', 'application/json; charset=utf-16le', Buffer.from(JSON.stringify({ text: `${SENTENCE} (case ${n++})` }), 'utf16le')],
    ['JSON in UTF-16LE, labelled UTF-8', 'application/json; charset=utf-8', Buffer.from(JSON.stringify({ text: SENTENCE }), 'utf16le')],
    ['text/xml', 'text/xml', `<a>${SENTENCE}</a>`],
    ['application/javascript', 'application/javascript', 'alert(1)'],
    ['*/*', '*/*', SENTENCE],
    ['text/*', 'text/*', SENTENCE],
  ];
  for (const [name, contentType, body] of typed) cases.push(post(types, name, contentType, body));

  // Broken encodings.
  const broken = 'broken encodings';
  const bytes: [string, number[]][] = [
    ['0xFF', [0xff]],
    ['overlong slash', [0xc0, 0xaf]],
    ['overlong NUL', [0xc0, 0x80]],
    ['encoded surrogate', [0xed, 0xa0, 0x80]],
    ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['truncated sequence', [0xe2, 0x82]],
    ['lone continuation', [0x80, 0x80]],
    ['five-byte form', [0xf8, 0x88, 0x80, 0x80, 0x80]],
    ['UTF-16 BOM in UTF-8', [0xff, 0xfe, 0x41, 0x00]],
    ['Latin-1 letters', [0xe9, 0xe8, 0xe0]],
  ];
  for (const [name, sequence] of bytes) {
    const body = Buffer.concat([Buffer.from(`${SENTENCE} `), Buffer.from(sequence), Buffer.from(` (case ${n++})`)]);
    cases.push(post(broken, `${name} in text/plain`, plain, body));
    const jsonBody = Buffer.concat([Buffer.from(`{"text":"${SENTENCE} `), Buffer.from(sequence), Buffer.from(` (case ${n++})"}`)]);
    cases.push(post(broken, `${name} in JSON`, json, jsonBody));
  }
  cases.push(post(broken, 'UTF-8 BOM then text', plain, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${SENTENCE} (case ${n++})`)])));
  cases.push(post(broken, 'odd-length UTF-16LE', 'text/plain; charset=utf-16le', Buffer.from([0x41, 0x00, 0x42])));
  cases.push(post(broken, 'JSON with a bad escape', json, '{"text":"\\uZZZZ"}'));
  cases.push(post(broken, 'JSON with a lone surrogate escape', json, `{"text":"${SENTENCE} \\ud800 (case ${n++})"}`));

  // 100,000-character lines.
  const long = '100,000-character lines';
  const hundredK: [string, string][] = [
    ['one letter', 'a'.repeat(100_000)],
    ['one Cyrillic letter', 'ж'.repeat(100_000)],
    ['short words', 'word '.repeat(20_000)],
    ['the sentence repeated', `${SENTENCE} `.repeat(Math.ceil(100_000 / (SENTENCE.length + 1)))],
    ['angle brackets', '<'.repeat(100_000)],
    ['RTL overrides', '\u202e'.repeat(100_000)],
    ['digits', '7'.repeat(100_000)],
    ['ampersands', '&amp;'.repeat(20_000)],
  ];
  for (const [name, line] of hundredK) {
    cases.push(post(long, `${name} as text/plain`, plain, `${line}\n(case ${n++})`));
  }
  cases.push(post(long, 'a 100,000-character Markdown heading', markdown, `# ${'h'.repeat(100_000)}\n\n${SENTENCE} (case ${n++})`));
  cases.push(post(long, 'a 100,000-character JSON title', json, JSON.stringify({ title: 't'.repeat(100_000), text: `${SENTENCE} (case ${n++})` })));
  cases.push(post(long, 'a dry run of a 100,000-letter word', plain, `${'ж'.repeat(100_000)} (case ${n++})`, { path: '/articles?dryRun=true' }));
  cases.push(post(long, 'a dry run of 100,000 angle brackets', plain, `${'<'.repeat(100_000)} (case ${n++})`, { path: '/articles?dryRun=true' }));
  cases.push(post(long, '100,000 short lines', plain, `${'a\n'.repeat(50_000)}(case ${n++})`));

  // Deep and huge JSON.
  const deep = 'deep and huge JSON';
  for (const depth of [31, 33, 1_000, 100_000]) {
    cases.push(post(deep, `meeting.topics nested ${depth} deep (arrays)`, json, `{"text":"${SENTENCE} (case ${n++})","meeting":{"topics":${nested(depth)}}}`));
    cases.push(post(deep, `meeting nested ${depth} deep (objects)`, json, `{"text":"${SENTENCE} (case ${n++})","meeting":${nestedObject(depth)}}`));
  }
  cases.push(post(deep, 'a top-level array 100,000 deep', json, nested(100_000)));
  cases.push(post(deep, 'a dry run nested 5,000 deep', json, `{"text":"${SENTENCE}","meeting":${nestedObject(5_000)}}`, { path: '/articles?dryRun=true' }));
  cases.push(post(deep, 'brackets in a string', json, JSON.stringify({ text: `${'['.repeat(10_000)} ${SENTENCE} (case ${n++})` })));
  cases.push(post(deep, '100,000 topics', json, JSON.stringify({ text: `${SENTENCE} (case ${n++})`, meeting: { topics: Array.from({ length: 100_000 }, (_, i) => `t${i}`) } })));
  cases.push(post(deep, '50,000 keys', json, JSON.stringify({ text: `${SENTENCE} (case ${n++})`, ...Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i])) })));
  cases.push(post(deep, '10,000 participants', json, JSON.stringify({
    text: `${SENTENCE} (case ${n++})`,
    meeting: { participants: Array.from({ length: 10_000 }, (_, i) => ({ name: `Person ${i}`, role: null, organization: null, mentions: [] })) },
  })));
  cases.push(post(deep, 'a 900 KB string', json, JSON.stringify({ text: `${SENTENCE} ${'lorem ipsum dolor '.repeat(50_000)} (case ${n++})` })));
  cases.push(post(deep, 'a 2 MB JSON document', json, JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) })));
  cases.push(post(deep, 'the same key 10,000 times', json, `{${Array.from({ length: 10_000 }, () => `"text":"${SENTENCE}"`).join(',')}}`));
  cases.push(post(deep, 'numbers out of range', json, JSON.stringify({ text: `${SENTENCE} (case ${n++})` }).replace('}', ',"n":1e999999,"m":-1e999999}')));
  cases.push(post(deep, 'not an object: a string', json, JSON.stringify(SENTENCE)));
  cases.push(post(deep, 'not an object: null', json, 'null'));
  cases.push(post(deep, 'fields of the wrong type', json, JSON.stringify({ text: 42, title: ['x'], url: {}, meeting: 'x' })));
  cases.push(post(deep, 'truncated JSON', json, `{"text":"${SENTENCE}`));

  // Prototype pollution.
  const proto = 'prototype-pollution keys';
  const pollution: [string, string][] = [
    ['__proto__ at the top', `{"__proto__":{"polluted":"yes","isAdmin":true},"text":"${SENTENCE} (case ${n++})"}`],
    ['constructor.prototype at the top', `{"constructor":{"prototype":{"polluted":"yes"}},"text":"${SENTENCE} (case ${n++})"}`],
    ['__proto__ in meeting', `{"text":"${SENTENCE} (case ${n++})","meeting":{"__proto__":{"isMeeting":true,"polluted":"yes"}}}`],
    ['constructor in meeting', `{"text":"${SENTENCE} (case ${n++})","meeting":{"constructor":{"prototype":{"polluted":"yes"}}}}`],
    ['__proto__ in a participant', `{"text":"${SENTENCE} (case ${n++})","meeting":{"participants":[{"name":"X","__proto__":{"polluted":"yes"}}]}}`],
    ['__proto__ in location', `{"text":"${SENTENCE} (case ${n++})","meeting":{"location":{"__proto__":{"city":"Nowhere"}}}}`],
    ['__proto__: null', `{"__proto__":null,"text":"${SENTENCE} (case ${n++})"}`],
    ['prototype as a key', `{"prototype":{"polluted":"yes"},"text":"${SENTENCE} (case ${n++})"}`],
    ['toString overridden', `{"toString":"x","valueOf":"y","hasOwnProperty":"z","text":"${SENTENCE} (case ${n++})"}`],
  ];
  for (const [name, body] of pollution) cases.push(post(proto, `${name} (JSON)`, json, body));
  const pollutionYaml: [string, string][] = [
    ['__proto__ in front matter', '__proto__:\n  polluted: yes\n'],
    ['constructor in front matter', 'constructor:\n  prototype:\n    polluted: yes\n'],
    ['__proto__ in front matter meeting', 'meeting:\n  __proto__:\n    isMeeting: true\n'],
    ['<< merge of __proto__', 'base: &b\n  __proto__:\n    polluted: yes\nmeeting:\n  <<: *b\n'],
  ];
  for (const [name, yaml] of pollutionYaml) cases.push(post(proto, name, markdown, `---\n${yaml}---\n${SENTENCE} (case ${n++})\n`));

  // YAML and XML bombs.
  const bombs = 'YAML and XML bombs';
  const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) laughs.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
  cases.push(post(bombs, 'billion laughs in front matter', markdown, `---\n${laughs.join('\n')}\ntitle: x\n---\n${SENTENCE}\n`));
  cases.push(post(bombs, 'aliases expanding meeting.topics', markdown, `---\n${laughs.slice(0, 6).join('\n')}\nmeeting:\n  topics: *f\n---\n${SENTENCE}\n`));
  cases.push(post(bombs, 'front matter nested 10,000 deep', markdown, `---\ntitle: ${nested(10_000)}\n---\n${SENTENCE}\n`));
  cases.push(post(bombs, 'front matter of 100 KB', markdown, `---\ntitle: ${'x'.repeat(100_000)}\n---\n${SENTENCE}\n`));
  cases.push(post(bombs, 'front matter with 5,000 keys', markdown, `---\n${Array.from({ length: 5_000 }, (_, i) => `k${i}: ${i}`).join('\n')}\n---\n${SENTENCE} (case ${n++})\n`));
  for (const tag of ['!!js/function "function(){return 1}"', '!!python/object/apply:os.system ["ls"]', '!!binary aGVsbG8=', '!<tag:yaml.org,2002:js/undefined> x']) {
    cases.push(post(bombs, `front matter tag ${tag.slice(0, 20)}`, markdown, `---\ntitle: ${tag}\n---\n${SENTENCE} (case ${n++})\n`));
  }
  cases.push(post(bombs, 'unterminated front matter', markdown, `---\ntitle: x\n${SENTENCE} (case ${n++})\n`));
  cases.push(post(bombs, 'front matter that is a list', markdown, `---\n- a\n- b\n---\n${SENTENCE} (case ${n++})\n`));
  cases.push(post(bombs, 'front matter with a duplicate key', markdown, `---\ntitle: a\ntitle: b\n---\n${SENTENCE} (case ${n++})\n`));
  const xmlBomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${Array(10).fill(`&lol${i === 0 ? '' : i};`).join('')}">`).join('\n')}\n]>\n<lolz>&lol9;</lolz>`;
  const xxe = '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<x>&xxe;</x>';
  for (const [name, body] of [['billion laughs', xmlBomb], ['external entity', xxe]] as const) {
    cases.push(post(bombs, `XML ${name} as application/xml`, 'application/xml', body));
    cases.push(post(bombs, `XML ${name} as application/atom+xml`, 'application/atom+xml', body));
    cases.push(post(bombs, `XML ${name} as text/plain`, plain, `${body}\n${SENTENCE} (case ${n++})`));
    cases.push(post(bombs, `XML ${name} as Markdown`, markdown, `${body}\n\n${SENTENCE} (case ${n++})`));
  }

  // Path traversal in ids.
  const traversal = 'path traversal in ids';
  const paths = [
    '/articles/../../../etc/passwd',
    '/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/articles/..%2F..%2Fpackage.json',
    '/articles/0123456789abcdef01234567%00',
    '/articles/0123456789abcdef0123456789',
    '/articles/ZZZZZZZZZZZZZZZZZZZZZZZZ',
    '/meetings/..%2f..%2fetc%2fpasswd.json',
    '/meetings/../../package.json',
    '/meetings/%2e%2e.json',
    '/meetings/a%2fb.json',
    '/meetings/%00.json',
    '/meetings/..%5c..%5cwindows.json',
    '/feeds/..%2f..%2fpackage.json',
    '/feeds/....//....//etc/passwd',
    '/feeds/%2e%2e/%2e%2e/editor-token',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2f..%2fetc/passwd',
    '/editor-token',
    '/s3/meeting-feeds-raw/articles',
    `/feeds/${'a'.repeat(8_000)}`,
    `/meetings/${'a'.repeat(2_000)}.json`,
    `/?q=${'a'.repeat(9_000)}`,
  ];
  for (const path of paths) cases.push({ category: traversal, name: `GET ${path.slice(0, 60)}`, method: 'GET', path, headers: [['Authorization', `Bearer ${token}`]] });
  for (const id of ['..%2F..%2Fx', '%2e%2e', '%00', '..', 'a%2fb', `${'a'.repeat(3_000)}`, '%E2%80%AEevil']) {
    cases.push({
      category: traversal,
      name: `DELETE /meetings/${id.slice(0, 30)}`,
      method: 'DELETE',
      path: `/meetings/${id}`,
      headers: [['Content-Type', json]],
      body: '{"reason":"test"}',
    });
  }
  for (const meetingId of ['../../etc/passwd', '..', 'a/b', '%2e%2e', '\u0000', 'x'.repeat(2_000), 'CON', '<script>alert(1)</script>', '\u202eevil', '   ']) {
    cases.push(post(traversal, `JSON meetingId ${JSON.stringify(meetingId).slice(0, 30)}`, json, JSON.stringify({ meetingId, text: `${SENTENCE} (case ${n++})` })));
  }
  for (const meetingId of ['../x', '/etc/passwd', 'a\\b']) {
    cases.push(post(traversal, `front matter meetingId ${meetingId}`, markdown, `---\nmeetingId: ${JSON.stringify(meetingId)}\n---\n${SENTENCE} (case ${n++})\n`));
  }
  for (const url of ['http://example.org/../../etc/passwd', 'http://example.org/%2e%2e/x', `http://example.org/${'a'.repeat(5_000)}`]) {
    cases.push(post(traversal, `url ${url.slice(0, 40)}`, json, JSON.stringify({ url, text: `${SENTENCE} (case ${n++})` })));
  }

  // Long and strange headers.
  const headers = 'long headers';
  const headerCases: [string, [string, string][]][] = [
    ['a 20 KB header', [['X-Long', 'a'.repeat(20_000)]]],
    ['a 100 KB header', [['X-Long', 'a'.repeat(100_000)]]],
    ['500 headers', Array.from({ length: 500 }, (_, i) => [`X-H${i}`, 'v'] as [string, string])],
    ['an 8 KB User-Agent', [['User-Agent', 'u'.repeat(8_000)]]],
    ['non-ASCII header bytes', [['X-Name', Buffer.from('Жанна', 'utf8').toString('latin1')]]],
    ['header with a NUL', [['X-Nul', 'a\u0000b']]],
    ['header folding', [['X-Fold', 'a\r\n b']]],
    ['header with a bare CR', [['X-CR', 'a\rb']]],
    ['an empty header name', [['', 'x']]],
    ['a header name with a space', [['X Bad', 'x']]],
  ];
  for (const [name, extra] of headerCases) {
    cases.push(auth(post(headers, `${name} on POST`, plain, `${SENTENCE} (case ${n++})`, { headers: extra })));
    cases.push(auth({ category: headers, name: `${name} on GET /`, method: 'GET', path: '/', headers: extra }));
  }

  // Bad tokens.
  const tokens = 'bad tokens';
  const authorizations: [string, [string, string][]][] = [
    ['no Authorization', []],
    ['empty', [['Authorization', '']]],
    ['Bearer alone', [['Authorization', 'Bearer']]],
    ['Bearer and a space', [['Authorization', 'Bearer ']]],
    ['wrong token', [['Authorization', 'Bearer wrong-token-0123456789']]],
    ['the token with a prefix', [['Authorization', `Bearer x${token}`]]],
    ['the token cut short', [['Authorization', `Bearer ${token.slice(0, -1)}`]]],
    ['Basic', [['Authorization', 'Basic dXNlcjpwYXNz']]],
    ['a 10 KB token', [['Authorization', `Bearer ${'t'.repeat(10_000)}`]]],
    ['a non-ASCII token', [['Authorization', `Bearer ${Buffer.from('токен', 'utf8').toString('latin1')}`]]],
    ['a forged mf_ token', [['Authorization', 'Bearer mf_0123456789abcdef_forged']]],
    ['an mf_ token with traversal', [['Authorization', 'Bearer mf_../../etc_x']]],
    ['two Authorization headers', [['Authorization', 'Bearer wrong'], ['Authorization', `Bearer ${token}`]]],
    ['a JWT with alg none', [['Authorization', 'Bearer eyJhbGciOiJub25lIn0.eyJyb2xlIjoiYWRtaW4ifQ.']]],
  ];
  for (const [name, extra] of authorizations) {
    cases.push(post(tokens, `${name} on POST /articles`, plain, `${SENTENCE} (case ${n++})`, { headers: extra }));
    cases.push({ category: tokens, name: `${name} on GET /articles/{id}`, method: 'GET', path: '/articles/0123456789abcdef01234567', headers: extra });
    cases.push({ category: tokens, name: `${name} on DELETE /meetings/{id}`, method: 'DELETE', path: '/meetings/reliability-hostile-none', headers: extra });
  }

  // Methods the routes do not take.
  const methods = 'methods';
  for (const [method, path] of [
    ['PUT', '/articles'],
    ['PATCH', '/meetings/x'],
    ['TRACE', '/'],
    ['OPTIONS', '/articles'],
    ['POST', '/feeds/meetings.atom'],
    ['DELETE', '/articles'],
    ['PROPFIND', '/'],
    ['BREW', '/'],
  ] as const) {
    cases.push({ category: methods, name: `${method} ${path}`, method, path, headers: [['Content-Type', plain]], body: SENTENCE });
  }

  // Every case carries the token unless it is about tokens (those choose their own).
  return cases.map((c) => (c.category === tokens || c.headers?.some(([name]) => name === 'Authorization') ? c : auth(c)));
}
