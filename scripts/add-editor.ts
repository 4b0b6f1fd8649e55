// Adds an editor to a deployed stack: makes a token, stores its SHA-256 hash in the meetings table
// and prints the token once. Uses your AWS credentials (the usual AWS_PROFILE / AWS_REGION).
// Usage: npx tsx scripts/add-editor.ts --table <TableName output of cdk deploy> --name <editor name>

import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createDocumentClient, MeetingStore } from '../functions/aws/meeting-store.ts';
import { hashToken } from '../functions/core/editor-token.ts';

const { values } = parseArgs({ options: { table: { type: 'string' }, name: { type: 'string' }, endpoint: { type: 'string' } } });
if (!values.table || !values.name) {
  console.error('Usage: npx tsx scripts/add-editor.ts --table <table name> --name <editor name> [--endpoint <DynamoDB URL>]');
  console.error('The table name is the "TableName" output that `npx cdk deploy` printed.');
  process.exit(2);
}
const token = randomBytes(24).toString('base64url');
await new MeetingStore(createDocumentClient(values.endpoint), values.table).putEditor(hashToken(token), { name: values.name });
console.log(`Editor "${values.name}" added. Their token (shown only now; only its hash is stored):\n\n  ${token}\n`);
console.log('Submit with: curl -X POST "$API_URL/articles" -H "Authorization: Bearer <token>" -H "Content-Type: text/plain" --data-binary @article.txt');
