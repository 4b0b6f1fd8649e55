// The JSON Feed validation helper itself: valid 1.1 passes; what the published schema lets through
// (1.0's version and author, duplicate ids) and what it catches are both reported.

import { describe, expect, it } from 'vitest';
import { validateJsonFeed } from '../support/json-feed-validator.ts';

function makeFeed(overrides: Record<string, unknown> = {}, item: Record<string, unknown> = {}) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Meetings',
    home_page_url: 'https://example.org/',
    feed_url: 'https://example.org/feeds/meetings.json',
    authors: [{ name: 'meeting-feeds' }],
    items: [
      {
        id: 'tag:example.org,2026:meeting:a',
        url: 'https://example.org/meetings/a.json',
        title: 'Ministers meet',
        content_html: '<p>Text</p>',
        date_published: '2026-11-25T12:00:00.000Z',
        authors: [{ name: 'Example News' }],
        _meeting: { id: 'a' },
        ...item,
      },
    ],
    ...overrides,
  };
}

describe('validateJsonFeed', () => {
  it('accepts a JSON Feed 1.1 document, as text or parsed', () => {
    expect(validateJsonFeed(makeFeed())).toEqual({ valid: true, errors: [] });
    expect(validateJsonFeed(JSON.stringify(makeFeed()))).toEqual({ valid: true, errors: [] });
  });

  it('rejects text that is not JSON', () => {
    expect(validateJsonFeed('{"version": ').errors).toEqual([expect.stringMatching(/^not JSON/)]);
  });

  it('rejects a JSON Feed 1.0 version, which the published schema accepts', () => {
    const result = validateJsonFeed(makeFeed({ version: 'https://jsonfeed.org/version/1' }));
    expect(result.errors).toEqual(['version: expected "https://jsonfeed.org/version/1.1", found "https://jsonfeed.org/version/1"']);
  });

  it('rejects the 1.0 `author` object on the feed or an item', () => {
    const result = validateJsonFeed(makeFeed({ author: { name: 'x' } }, { author: { name: 'y' } }));
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual(expect.arrayContaining([expect.stringContaining('/author:'), expect.stringContaining('/items/0/author:')]));
  });

  it('rejects what the schema rejects: no items, a relative url, an unknown key, a date without a zone', () => {
    const { items: _items, ...noItems } = makeFeed();
    expect(validateJsonFeed(noItems).errors).toEqual(["/: must have required property 'items'"]);
    expect(validateJsonFeed(makeFeed({}, { url: '/meetings/a.json' })).errors.join('\n')).toContain('/items/0/url: must match format "uri"');
    expect(validateJsonFeed(makeFeed({}, { meeting: {} })).valid).toBe(false);
    expect(validateJsonFeed(makeFeed({}, { date_published: '2026-11-25 12:00' })).errors.join('\n')).toContain('date_published');
  });

  it('rejects an item without content', () => {
    const result = validateJsonFeed(makeFeed({}, { content_html: undefined }));
    expect(result.valid).toBe(false);
  });

  it('rejects two items with the same id', () => {
    const feed = makeFeed();
    feed.items.push({ ...feed.items[0]! });
    expect(validateJsonFeed(feed).errors).toEqual(['/items/1/id: "tag:example.org,2026:meeting:a" is also the id of /items/0']);
  });
});
