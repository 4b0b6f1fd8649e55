import { describe, expect, it } from 'vitest';
import { articleIdFor, canonicalUrl, meetingIdFor } from '../../functions/core/record/ids.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('Function: articleIdFor', () => {
  it('gives the same id for the same bytes and media type', () => {
    // Prepare
    const first = bytes('Встреча в Астане.');
    const second = bytes('Встреча в Астане.');

    // Act
    const [a, b] = [articleIdFor('text/plain', first), articleIdFor('text/plain', second)];

    // Assess
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{24}$/);
  });

  it('gives different ids when one byte differs', () => {
    // Act
    const a = articleIdFor('text/plain', bytes('Встреча в Астане.'));
    const b = articleIdFor('text/plain', bytes('Встреча в Астане!'));

    // Assess
    expect(a).not.toBe(b);
  });

  it('gives different ids for the same bytes sent as different media types', () => {
    // Prepare
    const body = bytes('# Встреча');

    // Act
    const [asText, asMarkdown] = [articleIdFor('text/plain', body), articleIdFor('text/markdown', body)];

    // Assess
    expect(asText).not.toBe(asMarkdown);
  });
});

describe('Function: meetingIdFor', () => {
  const articleId = articleIdFor('text/plain', bytes('Встреча в Астане.'));

  it.each([
    'https://Example.ORG/news/talks',
    'https://example.org/news/talks/',
    'https://example.org/news/talks#comments',
    'HTTPS://EXAMPLE.org/news/talks//#top',
  ])('maps %s to the same meeting as the plain spelling of the URL', (spelling) => {
    // Prepare
    const plain = meetingIdFor({ url: 'https://example.org/news/talks' }, articleId);

    // Act
    const id = meetingIdFor({ url: spelling }, articleId);

    // Assess
    expect(id).toBe(plain);
  });

  it('maps one URL to one meeting whichever article was submitted', () => {
    // Prepare
    const otherArticleId = articleIdFor('text/plain', bytes('Другая версия статьи.'));

    // Act
    const a = meetingIdFor({ url: 'https://example.org/news/talks' }, articleId);
    const b = meetingIdFor({ url: 'https://example.org/news/talks' }, otherArticleId);

    // Assess
    expect(a).toBe(b);
  });

  it('maps different articles (other path or query) to different meetings', () => {
    // Act
    const ids = [
      meetingIdFor({ url: 'https://example.org/news/talks' }, articleId),
      meetingIdFor({ url: 'https://example.org/news/other' }, articleId),
      meetingIdFor({ url: 'https://example.org/news/talks?id=2' }, articleId),
    ];

    // Assess
    expect(new Set(ids).size).toBe(3);
  });

  it('uses the editor-chosen meeting id when one is given, even with a URL', () => {
    // Act
    const id = meetingIdFor({ meetingId: 'astana-2026-icrc', url: 'https://example.org/news/talks' }, articleId);

    // Assess
    expect(id).toBe('astana-2026-icrc');
  });

  it('derives the meeting id from the article id when there is neither a meeting id nor a URL', () => {
    // Act
    const id = meetingIdFor({}, articleId);
    const again = meetingIdFor({}, articleId);
    const other = meetingIdFor({}, articleIdFor('text/plain', bytes('Другая статья.')));

    // Assess
    expect(id).toBe(again);
    expect(id).not.toBe(other);
  });

  it('makes derived ids that satisfy the rule for editor-chosen meeting ids', () => {
    // Act
    const ids = [meetingIdFor({ url: 'https://example.org/a' }, articleId), meetingIdFor({}, articleId)];

    // Assess
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
  });
});

describe('Function: canonicalUrl', () => {
  it('drops the fragment and trailing slashes and lower-cases the host, keeping path case and query', () => {
    // Act
    const url = canonicalUrl('https://News.Example.ORG/Articles/Talks/?page=2#top');

    // Assess
    expect(url).toBe('https://news.example.org/Articles/Talks?page=2');
  });

  it('keeps the root path as a single slash', () => {
    // Act
    const url = canonicalUrl('https://Example.org/#x');

    // Assess
    expect(url).toBe('https://example.org/');
  });
});
