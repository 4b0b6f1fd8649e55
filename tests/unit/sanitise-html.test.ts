import { describe, expect, it } from 'vitest';
import { renderContentHtml } from '../../functions/core/record/render-content-html.ts';
import { sanitiseHtml } from '../../functions/core/record/sanitise-html.ts';

describe('sanitiseHtml', () => {
  it('keeps the markup an article needs', () => {
    const html = [
      '<h2>Talks</h2><h3>Agenda</h3><h4>Detail</h4>',
      '<p>The <strong>ministers</strong> <em>met</em>, <b>twice</b> <i>briefly</i>.<br />Then left.</p>',
      '<ul><li>one</li></ul><ol><li>two</li></ol>',
      '<blockquote>Quoted</blockquote><pre><code>x &lt; y</code></pre>',
    ].join('');
    expect(sanitiseHtml(html)).toBe(html);
  });

  it('keeps http, https and mailto links and marks them nofollow noopener', () => {
    expect(sanitiseHtml('<a href="https://example.org/a?b=1&amp;c=2">x</a>')).toBe('<a href="https://example.org/a?b=1&amp;c=2" rel="nofollow noopener">x</a>');
    expect(sanitiseHtml('<a href="http://example.org/">x</a>')).toBe('<a href="http://example.org/" rel="nofollow noopener">x</a>');
    expect(sanitiseHtml('<a href="mailto:press@example.org">x</a>')).toBe('<a href="mailto:press@example.org" rel="nofollow noopener">x</a>');
  });

  it('replaces a rel the submission set, and drops other link attributes', () => {
    expect(sanitiseHtml('<a href="https://example.org/" rel="opener" target="_blank" title="t">x</a>')).toBe('<a href="https://example.org/" rel="nofollow noopener">x</a>');
  });

  it.each(['script', 'style', 'iframe', 'object', 'noscript', 'template', 'svg'])('removes <%s> with its content', (tag) => {
    const out = sanitiseHtml(`<p>before</p><${tag}>alert(1); evil</${tag}><p>after</p>`);
    expect(out).toBe('<p>before</p><p>after</p>');
  });

  it('removes embeds, images, forms and unknown tags but keeps their text', () => {
    expect(sanitiseHtml('<img src=x onerror=alert(1)>text<embed src="x.swf"><form action="/x"><input name=a>in form</form><h1>big</h1><h5>small</h5><div>div</div>')).toBe(
      'textin formbigsmalldiv',
    );
  });

  it('removes event handler attributes and style', () => {
    const out = sanitiseHtml('<p onclick="alert(1)" style="color:red" class="x" id="y">a</p><b onmouseover=alert(1)>b</b><a href="https://example.org/" onclick="alert(1)">c</a>');
    expect(out).toBe('<p>a</p><b>b</b><a href="https://example.org/" rel="nofollow noopener">c</a>');
    expect(out).not.toMatch(/on\w+=|style=/i);
  });

  it.each([
    ['plain', 'javascript:alert(1)'],
    ['upper case', 'JAVASCRIPT:alert(1)'],
    ['mixed case', 'JaVaScRiPt:alert(1)'],
    ['leading spaces', '   javascript:alert(1)'],
    ['a leading newline and tab', '\n\tjavascript:alert(1)'],
    ['an escaped tab inside', 'jav&#x09;ascript:alert(1)'],
    ['an escaped newline inside', 'java&#10;script:alert(1)'],
    ['escaped letters', '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)'],
    ['a NUL inside', 'java\u0000script:alert(1)'],
    ['an escaped colon', 'javascript&colon;alert(1)'],
    ['data: text/html', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['data: upper case', 'DATA:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['protocol-relative', '//evil.example/x'],
    ['relative', '/local/path'],
  ])('removes a %s href', (_what, href) => {
    const out = sanitiseHtml(`<a href="${href}">x</a>`);
    expect(out).toBe('<a rel="nofollow noopener">x</a>');
  });

  it('removes control characters, written raw or as character references', () => {
    const out = sanitiseHtml('<p>a\u0000b\u0007c\u001Bd&#7;e&#x1F;f\u0085g\uFFFEh</p>');
    expect(out).toBe('<p>abcdefgh</p>');
  });

  it('removes lone surrogates and keeps pairs (emoji)', () => {
    expect(sanitiseHtml('<p>x\uD800y\uDC00z 🤝</p>')).toBe('<p>xyz 🤝</p>');
  });

  it('keeps `]]>` as text, escaped so it cannot close a CDATA section', () => {
    const out = sanitiseHtml('<p>end ]]> of text</p>');
    expect(out).toBe('<p>end ]]&gt; of text</p>');
    expect(out).not.toContain(']]>');
  });

  it('keeps text that looks like markup escaped', () => {
    expect(sanitiseHtml('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>');
  });

  it('drops comments and conditional comments', () => {
    expect(sanitiseHtml('<p>a<!-- <script>alert(1)</script> -->b<!--[if IE]><script>x</script><![endif]--></p>')).toBe('<p>ab</p>');
  });

  it('closes what a submission left open, so the result nests correctly', () => {
    expect(sanitiseHtml('<p><strong>bold <em>both')).toBe('<p><strong>bold <em>both</em></strong></p>');
  });

  it('keeps right-to-left text and emoji unchanged', () => {
    const html = '<p>التقى الوزيران في الرياض 🇸🇦 — שלום</p>';
    expect(sanitiseHtml(html)).toBe(html);
  });

  it('keeps the markup and text our content renderer makes (only quote escapes change)', () => {
    const rendered = renderContentHtml([
      { kind: 'heading', level: 2, text: 'Talks "in" Astana' },
      { kind: 'paragraph', text: "It's <b> & ]]> text" },
      { kind: 'list', ordered: true, items: ['one', 'two'] },
    ]);
    expect(sanitiseHtml(rendered)).toBe('<h2>Talks "in" Astana</h2>\n<p>It\'s &lt;b&gt; &amp; ]]&gt; text</p>\n<ol><li>one</li><li>two</li></ol>');
  });

  it('gives the same bytes when applied twice, so re-publishing does not change feeds', () => {
    const once = sanitiseHtml('<p onclick=x>a "b" \'c\' <a href=" https://example.org/ ">d</a><script>e</script>]]></p><br>');
    expect(sanitiseHtml(once)).toBe(once);
  });
});
