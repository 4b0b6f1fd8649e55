// The Atom validation helper itself: it must accept valid documents (tombstones included) and
// catch each class of error it claims to check, or the feed-validity suite proves nothing.

import { describe, expect, it } from 'vitest';
import { validateAtom } from '../support/atom-validator.ts';

interface SampleOptions {
  feedAuthor?: string;
  selfLinks?: number;
  entries?: string[];
  beforeEntries?: string;
  afterEntries?: string;
  updated?: string;
}

function entry(id: string, { author = true, link = true, content = true } = {}): string {
  return [
    '  <entry>',
    `    <id>${id}</id>`,
    '    <title type="html">A &lt;b&gt;meeting&lt;/b&gt; &amp; more</title>',
    '    <updated>2026-11-25T12:00:00.000Z</updated>',
    link ? `    <link href="https://example.org/meetings/${encodeURIComponent(id)}.json"/>` : '',
    author ? '    <author><name>DKNews.kz</name></author>' : '',
    content ? '    <content type="html">&lt;p&gt;Text&lt;/p&gt;</content>' : '',
    '  </entry>',
  ]
    .filter(Boolean)
    .join('\n');
}

function sample(options: SampleOptions = {}): string {
  const { feedAuthor = '<author><name>meeting-feeds</name></author>', selfLinks = 1, updated = '2026-11-25T12:00:00.000Z' } = options;
  const entries = options.entries ?? [entry('tag:example.org,2026:meeting:a'), entry('tag:example.org,2026:meeting:b')];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:at="http://purl.org/atompub/tombstones/1.0">',
    '  <id>tag:example.org,2026:feed:meetings</id>',
    '  <title>Meetings</title>',
    `  <updated>${updated}</updated>`,
    '  <link rel="alternate" href="https://example.org/"/>',
    ...Array.from({ length: selfLinks }, () => '  <link rel="self" href="https://example.org/feeds/meetings.atom"/>'),
    `  ${feedAuthor}`,
    options.beforeEntries ?? '',
    ...entries,
    options.afterEntries ?? '',
    '</feed>',
  ].join('\n');
}

const tombstone = (ref: string, when = '2026-11-26T09:30:00Z') =>
  `  <at:deleted-entry ref="${ref}" when="${when}"><at:comment>Retracted by the editor.</at:comment></at:deleted-entry>`;

describe('validateAtom', () => {
  it('accepts a valid hand-written feed', async () => {
    const result = await validateAtom(sample());
    expect(result).toEqual({ valid: true, errors: [] });
  });

  it('accepts an RFC 6721 tombstone (at:deleted-entry) among the feed metadata', async () => {
    const result = await validateAtom(sample({ beforeEntries: tombstone('tag:example.org,2026:meeting:gone') }));
    expect(result).toEqual({ valid: true, errors: [] });
  });

  it('reports a tombstone placed after the entries: the RFC 4287 grammar wants feed-level extensions first', async () => {
    const result = await validateAtom(sample({ afterEntries: tombstone('tag:example.org,2026:meeting:gone') }));
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/RELAX NG: .*deleted-entry/);
  });

  it('accepts a feed whose only content is a tombstone', async () => {
    const result = await validateAtom(sample({ entries: [], beforeEntries: tombstone('tag:example.org,2026:meeting:gone') }));
    expect(result).toEqual({ valid: true, errors: [] });
  });

  it('accepts entries that carry their own authors when the feed has none', async () => {
    expect((await validateAtom(sample({ feedAuthor: '' }))).valid).toBe(true);
  });

  it('rejects, through the RELAX NG schema, a feed without atom:id', async () => {
    const result = await validateAtom(sample().replace('<id>tag:example.org,2026:feed:meetings</id>', ''));
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/RELAX NG/);
  });

  it('rejects an updated that is not an RFC 3339 date-time (xsd:dateTime in the schema)', async () => {
    const result = await validateAtom(sample({ updated: 'Wed, 25 Nov 2026 12:00:00 GMT' }));
    expect(result.valid).toBe(false);
    expect(result.errors.some((error) => error.startsWith('RELAX NG'))).toBe(true);
  });

  it('rejects an element from the Atom namespace that RFC 4287 does not define', async () => {
    const result = await validateAtom(sample({ beforeEntries: '  <deleted-entry ref="x" when="2026-11-26T09:30:00Z"/>' }));
    expect(result.valid).toBe(false);
  });

  it('rejects a document that is not well-formed XML', async () => {
    const result = await validateAtom(sample().replace('<title>Meetings</title>', '<title>Meetings & more</title>'));
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });

  it('rejects an entry without an author when the feed has none (Schematron rule xmllint skips)', async () => {
    const result = await validateAtom(sample({ feedAuthor: '', entries: [entry('tag:example.org,2026:meeting:a', { author: false })] }));
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([expect.stringContaining('no atom:author')]);
  });

  it('rejects an entry with neither content nor an alternate link (Schematron rule xmllint skips)', async () => {
    const result = await validateAtom(sample({ entries: [entry('tag:example.org,2026:meeting:a', { link: false, content: false })] }));
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([expect.stringContaining('neither an alternate link nor atom:content')]);
  });

  it.each([0, 2])('rejects a feed with %i rel="self" links', async (selfLinks) => {
    const result = await validateAtom(sample({ selfLinks }));
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([`feed: expected exactly one link rel="self", found ${selfLinks}`]);
  });

  it('rejects two entries with the same atom:id', async () => {
    const id = 'tag:example.org,2026:meeting:a';
    const result = await validateAtom(sample({ entries: [entry(id), entry(id)] }));
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([expect.stringContaining('atom:id also used by entry 1')]);
  });

  it('rejects two alternate links of the same type in one entry', async () => {
    const doubled = entry('tag:example.org,2026:meeting:a').replace('</entry>', '<link rel="alternate" href="https://example.org/x"/></entry>');
    const result = await validateAtom(sample({ entries: [doubled] }));
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([expect.stringContaining('two alternate links')]);
  });

  it('rejects a tombstone without `when` or with a date that is not RFC 3339', async () => {
    const missing = await validateAtom(sample({ beforeEntries: '  <at:deleted-entry ref="tag:example.org,2026:meeting:gone"/>' }));
    expect(missing.errors).toEqual([expect.stringContaining('no when attribute')]);
    const bad = await validateAtom(sample({ beforeEntries: tombstone('tag:example.org,2026:meeting:gone', '26 Nov 2026') }));
    expect(bad.errors).toEqual([expect.stringContaining('not an RFC 3339 date-time')]);
  });
});
