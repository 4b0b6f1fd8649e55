// `meetings editors add|list|revoke|migrate`: manages the editor tokens of a deployed stack (or of any
// table, with --endpoint) with the operator's AWS credentials. No Lambda function can write editor items.

import { parseArgs } from 'node:util';
import { EditorStore } from '../aws/editor-store.ts';
import { createDocumentClient } from '../aws/meeting-store.ts';
import { idOfOpaqueToken } from '../core/editors/editor-token.ts';
import { DEFAULT_TOKEN_DAYS, type EditorSummary, isRole, issueEditor, ROLES } from '../core/editors/editors.ts';
import type { Command, CommandIO } from './main.ts';

const USAGE = `Usage: meetings editors <add|list|revoke|migrate> --table <TableName> [options]

  add      --name <name> [--role editor|admin] [--days <1-366>]
           Adds an editor and prints their token once (only its hash is stored).
           Role editor (default): submit and correct articles. admin: also retract meetings.
           The token expires after --days (default ${DEFAULT_TOKEN_DAYS}).
  list     [--json]   Every token: id, name, role, expiry, revocation.
  revoke   --id <id>  Revokes a token; the API refuses it within the authorizer's cache time.
  migrate  [--until <date>] [--role editor|admin] [--prune]
           Registers tokens issued before tokens had ids (so they can be listed and revoked) with an
           expiry (--until, default 30 days from now). --prune then deletes the old items.

  --table     the "TableName" output of \`npx cdk deploy\`
  --endpoint  a DynamoDB-compatible endpoint instead of AWS (an emulator)
Uses your AWS credentials (AWS_PROFILE / AWS_REGION). Exit status 0 on success, 1 on failure, 2 for bad usage.
`;

const DAY_MS = 86_400_000;

export function createEditorsCommand(now: () => Date = () => new Date()): Command {
  return {
    summary: 'add, list, revoke or migrate editor tokens',
    usage: USAGE,
    run: (args, io) => run(args, io, now),
  };
}

export const editorsCommand = createEditorsCommand();

async function run(args: string[], io: CommandIO, now: () => Date): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    io.stderr.write(`meetings editors: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [action] = positionals;
  const usage = (message: string) => {
    io.stderr.write(`meetings editors: ${message}\n\n${USAGE}`);
    return 2;
  };
  if (!values.table) return usage('--table is required.');
  const store = new EditorStore(createDocumentClient(values.endpoint), values.table);

  switch (action) {
    case 'add': {
      if (!values.name) return usage('add needs --name.');
      const role = values.role ?? 'editor';
      if (!isRole(role)) return usage(`--role is one of ${ROLES.join(', ')}.`);
      const days = values.days === undefined ? undefined : Number(values.days);
      let issued: ReturnType<typeof issueEditor>;
      try {
        issued = issueEditor({ name: values.name, role, days, now: now() });
      } catch (error) {
        return usage((error as Error).message);
      }
      if (!(await store.putEditor(issued.entry))) {
        io.stderr.write('meetings editors: that id is taken (a one in 2^64 chance); run add again.\n');
        return 1;
      }
      const { entry, token } = issued;
      io.stdout.write(
        `Editor "${entry.name}" added: id ${entry.id}, role ${entry.role}, expires ${entry.expiresAt}.\n` +
          `Their token (shown only now; only its hash is stored):\n\n  ${token}\n\n` +
          'Submit with: curl -X POST "$API_URL/articles" -H "Authorization: Bearer <token>" -H "Content-Type: text/plain" --data-binary @article.txt\n',
      );
      return 0;
    }
    case 'list': {
      const editors = (await store.listEditors()).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
      io.stdout.write(values.json ? `${JSON.stringify(editors)}\n` : table(editors, now()));
      return 0;
    }
    case 'revoke': {
      if (!values.id) return usage('revoke needs --id (see "meetings editors list").');
      const revoked = await store.revokeEditor(values.id, now().toISOString());
      if (!revoked) {
        io.stderr.write(`meetings editors: no token with id "${values.id}" (see "meetings editors list").\n`);
        return 1;
      }
      io.stdout.write(`Revoked ${revoked.id} (${revoked.name}) at ${revoked.revokedAt}.\n`);
      return 0;
    }
    case 'migrate': {
      const role = values.role ?? 'editor';
      if (!isRole(role)) return usage(`--role is one of ${ROLES.join(', ')}.`);
      const until = values.until ? new Date(values.until) : new Date(now().getTime() + 30 * DAY_MS);
      if (Number.isNaN(until.getTime()) || until.getTime() <= now().getTime()) return usage('--until is a date in the future, such as 2027-03-01.');
      const legacy = await store.scanLegacyEditors();
      for (const { tokenHash, name } of legacy) {
        const id = idOfOpaqueToken(tokenHash);
        const entry = { id, name: name || 'editor', role, tokenHash, createdAt: now().toISOString(), expiresAt: until.toISOString(), legacy: true };
        const added = await store.putEditor(entry);
        io.stdout.write(`${added ? 'Registered' : 'Already registered'} ${id} (${entry.name}), role ${role}, expires ${entry.expiresAt}.\n`);
        if (values.prune) await store.deleteLegacyEditor(tokenHash);
      }
      io.stdout.write(`${legacy.length} token(s) from before ids${values.prune ? ', old items deleted' : ''}.\n`);
      return 0;
    }
    default:
      return usage(action ? `unknown action "${action}".` : 'say add, list, revoke or migrate.');
  }
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      table: { type: 'string' },
      endpoint: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      days: { type: 'string' },
      id: { type: 'string' },
      until: { type: 'string' },
      prune: { type: 'boolean' },
      json: { type: 'boolean' },
    },
  });
}

function table(editors: EditorSummary[], now: Date): string {
  if (editors.length === 0) return 'No editors. Add one with "meetings editors add --table <TableName> --name <name>".\n';
  const rows = editors.map((e) => [
    e.id,
    e.name,
    e.role,
    e.expiresAt,
    e.revokedAt ? `revoked ${e.revokedAt}` : Date.parse(e.expiresAt) <= now.getTime() ? 'expired' : 'active',
  ]);
  const header = ['id', 'name', 'role', 'expires', 'state'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  return `${[header, ...rows].map((row) => row.map((cell, i) => cell.padEnd(widths[i] as number)).join('  ').trimEnd()).join('\n')}\n`;
}
