// Adds an editor to a deployed stack and prints the token once: `meetings editors add` under its old name.
// Usage: npx tsx scripts/add-editor.ts --table <TableName output of cdk deploy> --name <editor name> [--role admin] [--days 90]
// List and revoke with `npx meetings editors list|revoke --table <TableName>`.

import { main } from '../functions/cli/main.ts';

process.exitCode = await main(['editors', 'add', ...process.argv.slice(2)]);
