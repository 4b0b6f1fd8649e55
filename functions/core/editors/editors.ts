// Editors, their roles and what a token is worth: the rules the authorizer, the handlers and the
// `meetings editors` command share. Storage is behind `EditorStore` (DynamoDB: functions/aws/dynamodb/editor-items.ts).

import { ClientError } from '../errors.ts';
import { hashToken, newToken, sameHash, tokenId } from './editor-token.ts';

/** `editor` submits and corrects articles; `admin` also retracts meetings and runs rebuilds and redrives. */
export const ROLES = ['editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export type Action = 'submit' | 'read-status' | 'correct' | 'retract' | 'operate';

const PERMISSIONS: Record<Role, readonly Action[]> = {
  // `correct` is PATCH /meetings/{id}: an editor fixes a field without resending the article.
  editor: ['submit', 'read-status', 'correct'],
  // `operate` is the /admin routes: rebuild, redrive, the queues (functions/handlers/operations.ts).
  admin: ['submit', 'read-status', 'correct', 'retract', 'operate'],
};

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

export function mayDo(role: unknown, action: Action): boolean {
  return isRole(role) && PERMISSIONS[role].includes(action);
}

/** An editor as stored: the token's hash, never the token. */
export interface EditorEntry {
  id: string;
  name: string;
  role: Role;
  tokenHash: string;
  createdAt: string;
  expiresAt: string;
  revokedAt?: string;
  /** Migrated from a token issued before ids existed (`meetings editors migrate`). */
  legacy?: boolean;
}

/** What listing shows: everything but the hash. */
export type EditorSummary = Omit<EditorEntry, 'tokenHash'>;

export interface EditorStore {
  getEditor(id: string): Promise<EditorEntry | null>;
  /** Adds an editor; refuses (returns false) when the id is taken, unless `replace`. */
  putEditor(entry: EditorEntry, options?: { replace?: boolean }): Promise<boolean>;
  listEditors(): Promise<EditorSummary[]>;
  /** Marks an editor revoked (kept, for the record); null when there is no such id. */
  revokeEditor(id: string, at: string): Promise<EditorSummary | null>;
}

/** What the authorizer passes to the handlers (HTTP API simple responses carry flat string values). */
export interface EditorContext {
  editor: string;
  editorId: string;
  role: Role | '';
}

export type TokenDecision = { allowed: true; context: EditorContext } | { allowed: false; reason: 'unknown' | 'revoked' | 'expired' };

/** Whether `token` opens the API, given the entry stored under its id (null: none). */
export function decideToken(token: string, entry: EditorEntry | null, now: Date): TokenDecision {
  // The hash is compared even for an unknown id, so the time taken says nothing about which ids exist.
  const matches = sameHash(hashToken(token), entry?.tokenHash ?? '0'.repeat(64));
  if (!entry || !matches || entry.id !== tokenId(token) || !isRole(entry.role)) return { allowed: false, reason: 'unknown' };
  if (entry.revokedAt) return { allowed: false, reason: 'revoked' };
  if (!(Date.parse(entry.expiresAt) > now.getTime())) return { allowed: false, reason: 'expired' };
  return { allowed: true, context: { editor: entry.name, editorId: entry.id, role: entry.role } };
}

/** Throws 403 unless the authorizer's context allows `action`. */
export function requirePermission(context: Partial<EditorContext> | undefined, action: Action): void {
  if (mayDo(context?.role, action)) return;
  const needs = ROLES.filter((role) => mayDo(role, action)).join(' or ');
  throw new ClientError('forbidden', `This token's role (${context?.role || 'none'}) may not ${action.replace('-', ' ')}; it needs ${needs}. Ask an admin.`);
}

export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 366;
export const DAY_MS = 86_400_000;

/** A new editor and their token (to be shown once): the entry holds only the token's hash. */
export function issueEditor(options: { name: string; role: Role; days?: number; now: Date }): { token: string; entry: EditorEntry } {
  const name = options.name.trim();
  if (!name || name.length > 100) throw new Error('An editor name is 1 to 100 characters.');
  const days = options.days ?? DEFAULT_TOKEN_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS) throw new Error(`A token lasts 1 to ${MAX_TOKEN_DAYS} whole days.`);
  const { id, token } = newToken();
  const expiresAt = new Date(options.now.getTime() + days * DAY_MS).toISOString();
  return { token, entry: editorEntry({ id, tokenHash: hashToken(token), name, role: options.role, now: options.now, expiresAt }) };
}

/** The entry for a token chosen elsewhere (EDITOR_TOKEN locally). */
export function entryForToken(token: string, options: { name: string; role: Role; expiresAt: string; now: Date }): EditorEntry {
  return editorEntry({ id: tokenId(token), tokenHash: hashToken(token), ...options });
}

/** The one way an entry is made, whether its token was issued here, chosen locally, or registered from before ids. */
export function editorEntry(fields: { id: string; tokenHash: string; name: string; role: Role; now: Date; expiresAt: string; legacy?: boolean }): EditorEntry {
  const { now, legacy, ...entry } = fields;
  return { ...entry, createdAt: now.toISOString(), ...(legacy ? { legacy: true } : {}) };
}
