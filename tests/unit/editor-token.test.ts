import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bearerToken, hashToken, idOfOpaqueToken, newToken, sameHash, tokenId } from '../../functions/core/editors/editor-token.ts';

describe('Function: bearerToken', () => {
  it('returns the token from a well-formed Bearer header', () => {
    // Act
    const token = bearerToken('Bearer s3cr3t-Token_42');

    // Assess
    expect(token).toBe('s3cr3t-Token_42');
  });

  it.each(['bearer abc123', 'BEARER abc123', 'bEaReR abc123'])('accepts the scheme in any letter case: %j', (header) => {
    // Act
    const token = bearerToken(header);

    // Assess
    expect(token).toBe('abc123');
  });

  it('accepts several spaces between the scheme and the token and trailing spaces after it', () => {
    // Act
    const token = bearerToken('Bearer    abc123   ');

    // Assess
    expect(token).toBe('abc123');
  });

  it('returns null when the header is missing or empty', () => {
    // Act
    const results = [bearerToken(undefined), bearerToken(''), bearerToken('   ')];

    // Assess
    expect(results).toEqual([null, null, null]);
  });

  it.each([
    ['scheme without a token', 'Bearer'],
    ['scheme followed by spaces only', 'Bearer   '],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
    ['no space after the scheme', 'Bearerabc123'],
    ['two words after the scheme', 'Bearer abc 123'],
    ['a bare token', 'abc123'],
  ])('returns null for a malformed header: %s', (_, header) => {
    // Act
    const token = bearerToken(header);

    // Assess
    expect(token).toBeNull();
  });
});

describe('Function: hashToken', () => {
  it('returns the lower-case hex SHA-256 of the token, not the token itself', () => {
    // Prepare
    const token = 'editor-token-123';

    // Act
    const hash = hashToken(token);

    // Assess
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(hash).toBe(createHash('sha256').update(token).digest('hex'));
  });

  it('matches the published SHA-256 test vector for "abc"', () => {
    // Act
    const hash = hashToken('abc');

    // Assess
    expect(hash).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes the token as UTF-8, so non-ASCII tokens hash consistently', () => {
    // Act
    const hash = hashToken('токен');

    // Assess
    expect(hash).toBe(createHash('sha256').update(Buffer.from('токен', 'utf8')).digest('hex'));
  });

  it('gives different hashes for tokens that differ in one character', () => {
    // Act
    const [a, b] = [hashToken('token-a'), hashToken('token-b')];

    // Assess
    expect(a).not.toBe(b);
  });
});

describe('Function: newToken', () => {
  it('makes mf_<16 hex id>_<43 base64url secret> tokens that carry their id', () => {
    // Act
    const { id, token } = newToken();

    // Assess
    expect(token).toMatch(/^mf_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(`mf_${id}_`)).toBe(true);
    expect(tokenId(token)).toBe(id);
  });

  it('never makes the same token or id twice in a thousand draws', () => {
    // Act
    const drawn = Array.from({ length: 1000 }, () => newToken());

    // Assess
    expect(new Set(drawn.map((t) => t.token)).size).toBe(1000);
    expect(new Set(drawn.map((t) => t.id)).size).toBe(1000);
  });
});

describe('Function: tokenId', () => {
  it('takes the id out of an mf_ token, whatever its secret', () => {
    // Act
    const id = tokenId(`mf_0123456789abcdef_${'A'.repeat(43)}`);

    // Assess
    expect(id).toBe('0123456789abcdef');
  });

  it.each([
    ['a token issued before ids existed', 'Zm9vYmFyYmF6cXV4'],
    ['an mf_ token with a short id', `mf_0123_${'A'.repeat(43)}`],
    ['an mf_ token with upper-case hex', `mf_0123456789ABCDEF_${'A'.repeat(43)}`],
    ['an mf_ token with a short secret', 'mf_0123456789abcdef_short'],
  ])('derives the id of %s from its hash', (_, token) => {
    // Act
    const id = tokenId(token);

    // Assess
    expect(id).toBe(hashToken(token).slice(0, 16));
    expect(id).toBe(idOfOpaqueToken(hashToken(token)));
  });
});

describe('Function: sameHash', () => {
  it('is true for equal hashes and false for different or differently long ones', () => {
    // Prepare
    const hash = hashToken('a');

    // Act
    const results = [sameHash(hash, hashToken('a')), sameHash(hash, hashToken('b')), sameHash(hash, hash.slice(0, 63)), sameHash('', hash)];

    // Assess
    expect(results).toEqual([true, false, false, false]);
  });
});
