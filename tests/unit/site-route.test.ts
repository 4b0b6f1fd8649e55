import { describe, expect, it } from 'vitest';
import { MAX_SITE_KEY_BYTES, siteKeyForPath } from '../../functions/local/site-route.ts';

describe('Function: siteKeyForPath', () => {
  it('maps feed and record paths to their keys', () => {
    // Act / Assess
    expect(siteKeyForPath('/feeds/meetings.atom')).toEqual({ kind: 'key', key: 'feeds/meetings.atom' });
    expect(siteKeyForPath('/meetings/abc.json')).toEqual({ kind: 'key', key: 'meetings/abc.json' });
  });

  it.each([
    ['/feeds/', 8_000],
    ['/feeds/org/', 2_000],
    ['/meetings/', 1_100],
  ])('answers "nothing published" for %s + %i letters without asking the bucket (S3 keys are at most 1,024 bytes)', (prefix, letters) => {
    // Act
    const result = siteKeyForPath(`${prefix}${'a'.repeat(letters)}.json`);

    // Assess
    expect(result).toMatchObject({ kind: 'absent' });
    expect((result as { reason: string }).reason).toMatch(/at most 1024 bytes/);
  });

  it('counts bytes, not characters, and percent-decoded', () => {
    // Prepare: "feeds/" and 509 Cyrillic letters are 1,024 bytes as a key (3,060 characters percent-encoded).
    const name = encodeURIComponent('ж'.repeat(509));

    // Act / Assess
    expect(siteKeyForPath(`/feeds/${name}`)).toMatchObject({ kind: 'key' });
    expect(siteKeyForPath(`/feeds/${name}${encodeURIComponent('ж')}`)).toMatchObject({ kind: 'absent' });
    expect(MAX_SITE_KEY_BYTES).toBe(1024);
  });
});
