// Editor tokens. A token is `mf_<id>_<secret>`: the id (16 hex digits) names the editor's item, so the
// authorizer reads exactly one item and an operator can list and revoke tokens by id; the secret is 32 random
// bytes (base64url). Only the SHA-256 of the whole token is stored, so a leaked table does not leak tokens.
// A token of any other shape (one issued before ids existed, or EDITOR_TOKEN locally) has the id derived from
// its hash instead (`idOfOpaqueToken`), so it is found the same way.

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const TOKEN_PREFIX = 'mf_';
const TOKEN = /^mf_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new token and its id: 8 random bytes of id, 32 of secret. */
export function newToken(): { id: string; token: string } {
  const id = randomBytes(8).toString('hex');
  return { id, token: `${TOKEN_PREFIX}${id}_${randomBytes(32).toString('base64url')}` };
}

/** The id a token is stored under (always 16 hex digits): the one it carries, or the first 16 of its hash. */
export function tokenId(token: string): string {
  return TOKEN.exec(token)?.[1] ?? idOfOpaqueToken(hashToken(token));
}

/** The id of a token without one of its own, from its SHA-256 (hex): how pre-id tokens are migrated. */
export function idOfOpaqueToken(tokenHash: string): string {
  return tokenHash.slice(0, 16);
}

/** Compares two hex hashes in constant time (no early exit on the first differing digit). */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The token from an `Authorization: Bearer <token>` header, or null when absent or malformed. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}
