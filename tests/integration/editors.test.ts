// Editor tokens against the DynamoDB-compatible emulator: the store, the `meetings editors` command an operator
// runs, the authorizer reading what it wrote, and the role check on retraction.

import { Writable } from 'node:stream';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../functions/aws/dynamodb/document-client.ts';
import { main } from '../../functions/cli/main.ts';
import { hashToken } from '../../functions/core/editors/editor-token.ts';
import { type EditorSummary, issueEditor } from '../../functions/core/editors/editors.ts';
import { createAuthorizer } from '../../functions/handlers/authorize.ts';
import { createRetractHandler } from '../../functions/handlers/retract.ts';
import { deleteMeetingEvent } from '../support/events.ts';
import { createTestResources, type TestResources } from '../support/resources.ts';

let resources: TestResources;
beforeEach(async () => {
  resources = await createTestResources();
});

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const chunks = { out: '', err: '' };
  const sink = (which: 'out' | 'err') =>
    new Writable({
      write(chunk, _encoding, done) {
        chunks[which] += String(chunk);
        done();
      },
    });
  const code = await main(['editors', ...args, '--table', resources.names.table, '--endpoint', resources.dynamodbEndpoint], {
    stdin: process.stdin,
    stdout: sink('out'),
    stderr: sink('err'),
  });
  return { code, ...chunks };
}

const request = (token: string) => ({ headers: { authorization: `Bearer ${token}` }, identitySource: [] }) as never;

describe('EditorItems on the emulator', () => {
  it('keeps an editor under its id with the hash only, lists every one without the hash, and revokes by id', async () => {
    const { editors } = resources.adapters;
    const alice = issueEditor({ name: 'alice', role: 'admin', now: new Date() });
    const bob = issueEditor({ name: 'bob', role: 'editor', days: 1, now: new Date() });
    expect(await editors.putEditor(alice.entry)).toBe(true);
    expect(await editors.putEditor(bob.entry)).toBe(true);

    expect(await editors.getEditor(alice.entry.id)).toEqual(alice.entry);
    expect(await editors.getEditor('ffffffffffffffff')).toBeNull();
    const listed = await editors.listEditors();
    expect(listed.map((e) => e.name).sort()).toEqual(['alice', 'bob']);
    expect(JSON.stringify(listed)).not.toContain(alice.entry.tokenHash);

    const revoked = await editors.revokeEditor(bob.entry.id, '2026-11-29T10:00:00.000Z');
    expect(revoked).toMatchObject({ id: bob.entry.id, name: 'bob', revokedAt: '2026-11-29T10:00:00.000Z' });
    expect(revoked).not.toHaveProperty('tokenHash');
    // A second revocation keeps the first date; an unknown id is null, and creates nothing.
    expect((await editors.revokeEditor(bob.entry.id, '2027-01-01T00:00:00.000Z'))?.revokedAt).toBe('2026-11-29T10:00:00.000Z');
    expect(await editors.revokeEditor('0000000000000000', '2026-11-29T10:00:00.000Z')).toBeNull();
    expect(await editors.listEditors()).toHaveLength(2);
  });

  it('does not let an add overwrite an existing id (only an explicit replace does)', async () => {
    const { editors } = resources.adapters;
    const { entry } = issueEditor({ name: 'alice', role: 'editor', now: new Date() });
    await editors.putEditor(entry);

    expect(await editors.putEditor({ ...entry, role: 'admin', tokenHash: hashToken('other') })).toBe(false);
    expect((await editors.getEditor(entry.id))?.role).toBe('editor');
    expect(await editors.putEditor({ ...entry, role: 'admin' }, { replace: true })).toBe(true);
    expect((await editors.getEditor(entry.id))?.role).toBe('admin');
  });

  it('lists past one page of results (the Query is followed to its end)', async () => {
    const { editors } = resources.adapters;
    // ~1.5 KB names: 800 items exceed the 1 MB a Query page returns.
    const name = 'n'.repeat(1400);
    const ids = new Set<string>();
    for (let batch = 0; batch < 8; batch += 1) {
      const issued = Array.from({ length: 100 }, () => issueEditor({ name: name.slice(0, 100), role: 'editor', now: new Date() }).entry);
      await Promise.all(issued.map((entry) => editors.putEditor({ ...entry, name })));
      for (const entry of issued) ids.add(entry.id);
    }

    const listed = await editors.listEditors();

    expect(new Set(listed.map((e: EditorSummary) => e.id))).toEqual(ids);
  }, 60_000);
});

describe('meetings editors, the authorizer and the roles', () => {
  it('adds an editor whose printed token the authorizer accepts with its role, lists it, and after revoke refuses it', async () => {
    const authorize = createAuthorizer({ editors: resources.adapters.editors });

    const added = await cli('add', '--name', 'Alice', '--role', 'admin', '--days', '30');
    expect(added.code).toBe(0);
    const token = /^ {2}(mf_\S+)$/m.exec(added.out)?.[1] as string;
    expect(token).toMatch(/^mf_[0-9a-f]{16}_/);
    const id = token.slice(3, 19);
    expect(await authorize(request(token))).toEqual({ isAuthorized: true, context: { editor: 'Alice', editorId: id, role: 'admin' } });

    const listed = await cli('list', '--json');
    const [entry] = JSON.parse(listed.out) as EditorSummary[];
    expect(entry).toMatchObject({ id, name: 'Alice', role: 'admin' });
    expect(Date.parse(entry?.expiresAt ?? '') - Date.parse(entry?.createdAt ?? '')).toBe(30 * 86_400_000);
    expect(listed.out).not.toContain(token.slice(20));
    expect((await cli('list')).out).toMatch(new RegExp(`${id}\\s+Alice\\s+admin\\s+\\S+\\s+active`));

    const revoked = await cli('revoke', '--id', id);
    expect(revoked.code).toBe(0);
    expect(await authorize(request(token))).toMatchObject({ isAuthorized: false });
    expect((await cli('list')).out).toMatch(new RegExp(`${id}\\s+Alice\\s+admin\\s+\\S+\\s+revoked 20`));
  });

  it('refuses bad usage with exit status 2 and an unknown id with 1, writing nothing', async () => {
    expect((await cli('add')).code).toBe(2);
    expect((await cli('add', '--name', 'x', '--role', 'root')).code).toBe(2);
    expect((await cli('add', '--name', 'x', '--days', '0')).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
    const unknown = await cli('revoke', '--id', '0123456789abcdef');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('no token with id');
    expect(await resources.adapters.editors.listEditors()).toEqual([]);
  });

  it('refuses an expired token at the authorizer', async () => {
    const { token, entry } = issueEditor({ name: 'alice', role: 'editor', days: 1, now: new Date('2026-01-01T00:00:00Z') });
    await resources.adapters.editors.putEditor(entry);

    const before = createAuthorizer({ editors: resources.adapters.editors, now: () => new Date('2026-01-01T23:59:59Z') });
    const after = createAuthorizer({ editors: resources.adapters.editors, now: () => new Date('2026-01-02T00:00:00Z') });

    expect((await before(request(token))).isAuthorized).toBe(true);
    expect((await after(request(token))).isAuthorized).toBe(false);
  });

  it('migrates a token issued before ids: it keeps working as an editor until --until, is listed and revocable', async () => {
    const old = 'pre-id-token-kept-by-an-editor';
    const db = createDocumentClient(resources.dynamodbEndpoint);
    await db.send(new PutCommand({ TableName: resources.names.table, Item: { pk: `EDITOR#${hashToken(old)}`, sk: 'EDITOR', name: 'carol' } }));
    const authorize = createAuthorizer({ editors: resources.adapters.editors });
    // The new authorizer does not read the old item: the token waits for the migration.
    expect((await authorize(request(old))).isAuthorized).toBe(false);

    const migrated = await cli('migrate', '--until', '2099-01-01');
    expect(migrated.code).toBe(0);
    expect(migrated.out).toContain('1 token(s) from before ids');

    const id = hashToken(old).slice(0, 16);
    expect(await authorize(request(old))).toEqual({ isAuthorized: true, context: { editor: 'carol', editorId: id, role: 'editor' } });
    expect(await resources.adapters.editors.listEditors()).toEqual([
      expect.objectContaining({ id, name: 'carol', role: 'editor', expiresAt: '2099-01-01T00:00:00.000Z', legacy: true }),
    ]);
    const expired = createAuthorizer({ editors: resources.adapters.editors, now: () => new Date('2099-01-01T00:00:00Z') });
    expect((await expired(request(old))).isAuthorized).toBe(false);

    // Running it again changes nothing; --prune removes the old item.
    expect((await cli('migrate', '--until', '2099-01-01', '--prune')).out).toContain('Already registered');
    expect(await resources.adapters.editors.scanLegacyEditors()).toEqual([]);
    expect((await cli('revoke', '--id', id)).code).toBe(0);
    expect((await authorize(request(old))).isAuthorized).toBe(false);
  });

  it('lets an admin retract and answers an editor 403 without touching the meeting', async () => {
    const retract = createRetractHandler({ ...resources.adapters, publish: { signal: async () => {} } });

    const asEditor = await retract(deleteMeetingEvent('no-such-meeting', undefined, 'alice', 'editor'));
    const asAdmin = await retract(deleteMeetingEvent('no-such-meeting', undefined, 'alice', 'admin'));

    expect(asEditor.statusCode).toBe(403);
    expect(JSON.parse(asEditor.body ?? '{}').error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('needs admin') });
    // The admin gets past the role check to the lookup.
    expect(asAdmin.statusCode).toBe(404);
  });
});
