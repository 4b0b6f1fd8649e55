import { describe, expect, it } from 'vitest';
import { renderDirectoryBrowsePage } from '../../functions/core/publish/pages/render-directory-page.ts';
import type { FeedSite } from '../../functions/core/publish/render-feeds.ts';

const site: FeedSite = { siteUrl: 'https://feeds.example.org', title: 'Meetings' };

describe('Function: renderDirectoryBrowsePage', () => {
  it('lists every group of the page by name, linked to its browse page, with links to the pages around it', () => {
    const html = renderDirectoryBrowsePage('person', 2, 3, [
      { key: 'person:zoe-adams', title: 'Zoe Adams' },
      { key: 'person:anna-berg', title: 'Anna Berg' },
    ], site);

    expect(html.indexOf('Anna Berg')).toBeLessThan(html.indexOf('Zoe Adams'));
    expect(html).toContain('<a href="https://feeds.example.org/browse/person/anna-berg.html">Anna Berg</a>');
    expect(html).toContain('<h1>People, page 2</h1>');
    expect(html).toContain('href="https://feeds.example.org/browse/all/person-1.html"');
    expect(html).toContain('href="https://feeds.example.org/browse/all/person-3.html"');
  });

  it('escapes a group name as text and writes no pager for a single page', () => {
    const html = renderDirectoryBrowsePage('org', 1, 1, [{ key: 'org:x', title: '<script>alert(1)</script> & Co' }], site);

    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(html).not.toContain('rel="next"');
    expect(html).toContain('<h1>Organisations</h1>');
  });
});
