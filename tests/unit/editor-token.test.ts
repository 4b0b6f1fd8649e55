import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bearerToken, hashToken } from '../../functions/core/editor-token.ts';

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
