import { describe, expect, it } from 'vitest';
import { hashToken } from '../../functions/core/editors/editor-token.ts';
import {
  decideToken,
  type EditorEntry,
  type EditorStore,
  entryForToken,
  issueEditor,
  mayDo,
  requirePermission,
} from '../../functions/core/editors/editors.ts';
import { ClientError } from '../../functions/core/errors.ts';
import { createAuthorizer } from '../../functions/handlers/authorize.ts';

const NOW = new Date('2026-11-29T12:00:00Z');
const DAY = 86_400_000;

describe('Function: mayDo (roles)', () => {
  it('lets an editor submit and read statuses but not retract', () => {
    // Act
    const rights = [mayDo('editor', 'submit'), mayDo('editor', 'read-status'), mayDo('editor', 'retract')];

    // Assess
    expect(rights).toEqual([true, true, false]);
  });

  it('lets an admin do everything an editor does, and retract', () => {
    // Act
    const rights = [mayDo('admin', 'submit'), mayDo('admin', 'read-status'), mayDo('admin', 'retract')];

    // Assess
    expect(rights).toEqual([true, true, true]);
  });

  it.each([undefined, '', 'Admin', 'root', 42])('gives no right to an unknown role: %j', (role) => {
    // Act
    const rights = [mayDo(role, 'submit'), mayDo(role, 'retract')];

    // Assess
    expect(rights).toEqual([false, false]);
  });
});

describe('Function: requirePermission', () => {
  it('throws a 403 forbidden that names the role needed', () => {
    // Act
    const attempt = () => requirePermission({ editor: 'alice', editorId: '0123456789abcdef', role: 'editor' }, 'retract');

    // Assess
    expect(attempt).toThrow(ClientError);
    expect(attempt).toThrow(/needs admin/);
    try {
      attempt();
    } catch (error) {
      expect((error as ClientError).status).toBe(403);
      expect((error as ClientError).code).toBe('forbidden');
    }
  });

  it('refuses a context without a role (an answer cached before roles existed) and passes an allowed one', () => {
    // Act & Assess
    expect(() => requirePermission({ editor: 'alice' }, 'submit')).toThrow(/role \(none\)/);
    expect(() => requirePermission(undefined, 'submit')).toThrow(ClientError);
    expect(() => requirePermission({ role: 'admin' }, 'retract')).not.toThrow();
  });
});

describe('Function: issueEditor', () => {
  it('stores only the hash of the token it returns, with the role and an expiry 90 days out by default', () => {
    // Act
    const { token, entry } = issueEditor({ name: ' Alice ', role: 'admin', now: NOW });

    // Assess
    expect(entry).toEqual({
      id: token.slice(3, 19),
      name: 'Alice',
      role: 'admin',
      tokenHash: hashToken(token),
      createdAt: NOW.toISOString(),
      expiresAt: new Date(NOW.getTime() + 90 * DAY).toISOString(),
    });
    expect(JSON.stringify(entry)).not.toContain(token.slice(20));
  });

  it('takes a lifetime in days and refuses none, fractions or more than a year', () => {
    // Act
    const { entry } = issueEditor({ name: 'a', role: 'editor', days: 7, now: NOW });

    // Assess
    expect(entry.expiresAt).toBe('2026-12-06T12:00:00.000Z');
    for (const days of [0, -1, 1.5, 367, Number.NaN]) {
      expect(() => issueEditor({ name: 'a', role: 'editor', days, now: NOW }), String(days)).toThrow(/1 to 366/);
    }
    expect(() => issueEditor({ name: '  ', role: 'editor', now: NOW })).toThrow(/name/);
  });
});

describe('Function: decideToken', () => {
  const { token, entry } = issueEditor({ name: 'alice', role: 'editor', now: NOW });

  it('allows a known, live token and passes its name, id and role', () => {
    // Act
    const decision = decideToken(token, entry, NOW);

    // Assess
    expect(decision).toEqual({ allowed: true, context: { editor: 'alice', editorId: entry.id, role: 'editor' } });
  });

  it('refuses a token whose secret differs from the stored hash, even under the right id', () => {
    // Prepare
    const forged = `${token.slice(0, 20)}${token.at(20) === 'A' ? 'B' : 'A'}${token.slice(21)}`;

    // Act
    const decision = decideToken(forged, entry, NOW);

    // Assess
    expect(decision).toEqual({ allowed: false, reason: 'unknown' });
  });

  it('refuses an unknown id, a revoked token and an expired one, each for its reason', () => {
    // Act
    const unknown = decideToken(token, null, NOW);
    const revoked = decideToken(token, { ...entry, revokedAt: NOW.toISOString() }, NOW);
    const expired = decideToken(token, entry, new Date(entry.expiresAt));
    const lastMoment = decideToken(token, entry, new Date(Date.parse(entry.expiresAt) - 1));

    // Assess
    expect([unknown, revoked, expired].map((d) => (d.allowed ? 'allowed' : d.reason))).toEqual(['unknown', 'revoked', 'expired']);
    expect(lastMoment.allowed).toBe(true);
  });

  it('refuses an entry with an unknown role or an unreadable expiry', () => {
    // Act
    const badRole = decideToken(token, { ...entry, role: 'root' as never }, NOW);
    const badExpiry = decideToken(token, { ...entry, expiresAt: 'never' }, NOW);

    // Assess
    expect(badRole.allowed).toBe(false);
    expect(badExpiry).toEqual({ allowed: false, reason: 'expired' });
  });

  it('allows a token without an id of its own (EDITOR_TOKEN, pre-id tokens) through the entry made for it', () => {
    // Prepare
    const opaque = 'a-local-token-of-any-shape';
    const local = entryForToken(opaque, { name: 'local', role: 'admin', expiresAt: new Date(NOW.getTime() + DAY).toISOString(), now: NOW });

    // Act
    const decision = decideToken(opaque, local, NOW);

    // Assess
    expect(local.id).toBe(hashToken(opaque).slice(0, 16));
    expect(decision).toEqual({ allowed: true, context: { editor: 'local', editorId: local.id, role: 'admin' } });
  });
});

describe('Function: createAuthorizer', () => {
  function storeWith(...entries: EditorEntry[]): Pick<EditorStore, 'getEditor'> & { reads: string[] } {
    const reads: string[] = [];
    return {
      reads,
      getEditor: async (id) => {
        reads.push(id);
        return entries.find((e) => e.id === id) ?? null;
      },
    };
  }
  const event = (authorization?: string) => ({ headers: authorization ? { authorization } : {}, identitySource: [] }) as never;

  it('reads the one item named by the token id and answers with the context', async () => {
    // Prepare
    const { token, entry } = issueEditor({ name: 'alice', role: 'admin', now: NOW });
    const editors = storeWith(entry);
    const authorize = createAuthorizer({ editors, now: () => NOW });

    // Act
    const result = await authorize(event(`Bearer ${token}`));

    // Assess
    expect(result).toEqual({ isAuthorized: true, context: { editor: 'alice', editorId: entry.id, role: 'admin' } });
    expect(editors.reads).toEqual([entry.id]);
  });

  it('denies with an empty context, and reads nothing for a missing or over-long token', async () => {
    // Prepare
    const { token, entry } = issueEditor({ name: 'alice', role: 'admin', now: NOW });
    const editors = storeWith(entry);
    const authorize = createAuthorizer({ editors, now: () => new Date(Date.parse(entry.expiresAt) + 1) });

    // Act
    const expired = await authorize(event(`Bearer ${token}`));
    const missing = await authorize(event());
    const huge = await authorize(event(`Bearer ${'x'.repeat(5000)}`));

    // Assess
    expect(expired).toEqual({ isAuthorized: false, context: { editor: '', editorId: '', role: '' } });
    expect([missing.isAuthorized, huge.isAuthorized]).toEqual([false, false]);
    expect(editors.reads).toEqual([entry.id]);
  });
});
