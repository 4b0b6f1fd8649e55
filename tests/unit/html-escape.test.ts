import { describe, expect, it } from 'vitest';
import { escapeHtml, stripControlCharacters } from '../../functions/core/html-escape.ts';

describe('Function: escapeHtml', () => {
  it('escapes each of the five HTML-significant characters', () => {
    // Prepare
    const cases: [string, string][] = [
      ['&', '&amp;'],
      ['<', '&lt;'],
      ['>', '&gt;'],
      ['"', '&quot;'],
      ["'", '&#39;'],
    ];

    // Act
    const escaped = cases.map(([raw]) => escapeHtml(raw));

    // Assess
    expect(escaped).toEqual(cases.map(([, entity]) => entity));
  });

  it('escapes markup inside running text and leaves everything else as it was', () => {
    // Prepare
    const text = `<a href="x" title='y'>Tom & Jerry</a> — Встреча`;

    // Act
    const escaped = escapeHtml(text);

    // Assess
    expect(escaped).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt; — Встреча');
    expect(escaped).not.toMatch(/[<>"']/);
  });

  it('escapes an ampersand that already starts an entity, so text is never taken for markup', () => {
    // Act
    const escaped = escapeHtml('&amp; &lt;');

    // Assess
    expect(escaped).toBe('&amp;amp; &amp;lt;');
  });
});

describe('Function: stripControlCharacters', () => {
  it('removes every C0 control character except tab, newline and carriage return', () => {
    // Prepare
    const c0 = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).join('');

    // Act
    const stripped = stripControlCharacters(`a${c0}b`);

    // Assess
    expect(stripped).toBe('a\t\n\rb');
  });

  it('removes DEL and the C1 control characters', () => {
    // Prepare
    const c1 = Array.from({ length: 0xa0 - 0x7f }, (_, i) => String.fromCharCode(0x7f + i)).join('');

    // Act
    const stripped = stripControlCharacters(`x${c1}y`);

    // Assess
    expect(stripped).toBe('xy');
  });

  it('keeps newlines and tabs inside text', () => {
    // Act
    const stripped = stripControlCharacters('line one\n\tline two\u0007');

    // Assess
    expect(stripped).toBe('line one\n\tline two');
  });

  it('removes the noncharacters U+FFFE and U+FFFF that XML forbids', () => {
    // Act
    const stripped = stripControlCharacters('a\uFFFEb\uFFFFc');

    // Assess
    expect(stripped).toBe('abc');
  });

  it('removes lone high and low surrogates but keeps valid pairs such as emoji', () => {
    // Prepare
    const emoji = '\u{1F600}';
    const text = `a\uD83Db\uDE00c${emoji}\uDE00\uD83D\uD83D${emoji}`;

    // Act
    const stripped = stripControlCharacters(text);

    // Assess
    expect(stripped).toBe(`abc${emoji}${emoji}`);
    expect(stripped).not.toMatch(/\p{Cs}/u);
  });

  it('leaves ordinary text, including Cyrillic and non-breaking spaces, unchanged', () => {
    // Prepare
    const text = 'Встреча\u00A0в Астане — «МККК» №1';

    // Act
    const stripped = stripControlCharacters(text);

    // Assess
    expect(stripped).toBe(text);
  });
});
