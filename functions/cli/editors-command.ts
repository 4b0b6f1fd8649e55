// `meetings editors add|list|revoke|migrate`: manages the editor tokens of a deployed stack (or of any
// table, with --endpoint) with the operator's AWS credentials. No Lambda function can write editor items.

import { type Command, Option } from 'commander';
import { idOfOpaqueToken } from '../core/editors/editor-token.ts';
import { DAY_MS, DEFAULT_TOKEN_DAYS, type EditorSummary, editorEntry, issueEditor, MAX_TOKEN_DAYS, ROLES, type Role } from '../core/editors/editors.ts';
import type { CliContext } from './cli-context.ts';
import { CommandFailure, UsageError } from './cli-errors.ts';
import { write } from './cli-io.ts';
import { formatTable } from './text-table.ts';


interface TableFlags {
  table: string;
  endpoint?: string;
}

export function addEditorsCommand(program: Command, context: CliContext): void {
  const now = () => context.options.now?.() ?? new Date();
  const editors = program
    .command('editors')
    .summary('add, list, revoke or migrate editor tokens (operators, with AWS credentials)')
    .description(
      'Manages the editor tokens in the meetings table with your AWS credentials (AWS_PROFILE / AWS_REGION); no API route ' +
        'can, so no token can mint another. Every action needs --table: the "TableName" output of `npx cdk deploy`.',
    );
  const withTable = (command: Command) =>
    command
      .requiredOption('--table <TableName>', 'the "TableName" output of `npx cdk deploy`')
      .option('--endpoint <url>', 'a DynamoDB-compatible endpoint instead of AWS (an emulator)');
  // The AWS SDK is loaded by these commands only: the editors' commands start without it.
  const storeFor = async (flags: TableFlags) => {
    const [{ EditorItems }, { createDocumentClient }] = await Promise.all([import('../aws/dynamodb/editor-items.ts'), import('../aws/dynamodb/document-client.ts')]);
    return new EditorItems(createDocumentClient(flags.endpoint), flags.table);
  };
  const out = (text: string) => write(context.io.stdout, text);

  withTable(editors.command('add'))
    .summary('add an editor and print their token once')
    .description(
      `Adds an editor and prints their token once (only its hash is stored). Role editor: submit and correct articles; ` +
        `admin: also retract meetings. The token expires after --days (default ${DEFAULT_TOKEN_DAYS}).`,
    )
    .requiredOption('--name <name>', "the editor's name (becomes submittedBy)")
    .addOption(new Option('--role <role>', 'what the token may do').choices(ROLES).default('editor'))
    .option('--days <days>', `days until the token expires (1-${MAX_TOKEN_DAYS}, default ${DEFAULT_TOKEN_DAYS})`)
    .action(async (flags: TableFlags & { name: string; role: Role; days?: string }) => {
      let issued: ReturnType<typeof issueEditor>;
      try {
        issued = issueEditor({ name: flags.name, role: flags.role, days: flags.days === undefined ? undefined : Number(flags.days), now: now() });
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
      if (!(await (await storeFor(flags)).putEditor(issued.entry))) throw new CommandFailure('That id is taken (a one in 2^64 chance); run add again.');
      const { entry, token } = issued;
      await out(
        `Editor "${entry.name}" added: id ${entry.id}, role ${entry.role}, expires ${entry.expiresAt}.\n` +
          `Their token (shown only now; only its hash is stored):\n\n  ${token}\n\n` +
          'They save it with: meetings config set --api-url <API URL> --token-stdin   (and paste it)\n',
      );
    });

  withTable(editors.command('list'))
    .summary('list every token')
    .description('Lists every token: id, name, role, expiry and state (active, expired, revoked); never the token or its hash.')
    .option('--json', 'print JSON')
    .action(async (flags: TableFlags & { json?: boolean }) => {
      const all = (await (await storeFor(flags)).listEditors()).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
      await out(flags.json ? `${JSON.stringify(all)}\n` : editorTable(all, now()));
    });

  withTable(editors.command('revoke'))
    .summary('revoke a token')
    .description("Revokes a token: the local runtime refuses it at once; the API on AWS within the authorizer's cache time (60 s).")
    .requiredOption('--id <id>', 'the token id ("meetings editors list" shows it)')
    .action(async (flags: TableFlags & { id: string }) => {
      const revoked = await (await storeFor(flags)).revokeEditor(flags.id, now().toISOString());
      if (!revoked) throw new CommandFailure(`There is no token with id "${flags.id}" (see "meetings editors list").`);
      await out(`Revoked ${revoked.id} (${revoked.name}) at ${revoked.revokedAt}.\n`);
    });

  withTable(editors.command('migrate'))
    .summary('register tokens issued before tokens had ids (once, when upgrading)')
    .description(
      'Registers tokens issued before tokens had ids (so they can be listed and revoked) with an expiry; --prune then ' +
        'deletes the old items. Run once, when upgrading.',
    )
    .option('--until <date>', 'when the old tokens expire (default: 30 days from now)')
    .addOption(new Option('--role <role>', 'the role they get').choices(ROLES).default('editor'))
    .option('--prune', 'delete the old items afterwards')
    .action(async (flags: TableFlags & { until?: string; role: Role; prune?: boolean }) => {
      const until = flags.until ? new Date(flags.until) : new Date(now().getTime() + 30 * DAY_MS);
      if (Number.isNaN(until.getTime()) || until.getTime() <= now().getTime()) throw new UsageError('--until is a date in the future, such as 2027-03-01.');
      const store = await storeFor(flags);
      const legacy = await store.scanLegacyEditors();
      for (const { tokenHash, name } of legacy) {
        const id = idOfOpaqueToken(tokenHash);
        const entry = editorEntry({ id, tokenHash, name: name || 'editor', role: flags.role, now: now(), expiresAt: until.toISOString(), legacy: true });
        const added = await store.putEditor(entry);
        await out(`${added ? 'Registered' : 'Already registered'} ${id} (${entry.name}), role ${flags.role}, expires ${entry.expiresAt}.\n`);
        if (flags.prune) await store.deleteLegacyEditor(tokenHash);
      }
      await out(`${legacy.length} token(s) from before ids${flags.prune ? ', old items deleted' : ''}.\n`);
    });
}

function editorTable(editors: EditorSummary[], now: Date): string {
  if (editors.length === 0) return 'No editors. Add one with "meetings editors add --table <TableName> --name <name>".\n';
  return formatTable(
    ['id', 'name', 'role', 'expires', 'state'],
    editors.map((e) => [
      e.id,
      e.name,
      e.role,
      e.expiresAt,
      e.revokedAt ? `revoked ${e.revokedAt}` : Date.parse(e.expiresAt) <= now.getTime() ? 'expired' : 'active',
    ]),
  );
}
