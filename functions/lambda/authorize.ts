// Lambda entry: the HTTP API authorizer, wired to the editor items of the meetings table from the environment.

import { readConfig } from '../aws/config.ts';
import { EditorStore } from '../aws/editor-store.ts';
import { createDocumentClient } from '../aws/meeting-store.ts';
import { createAuthorizer } from '../handlers/authorize.ts';

const config = readConfig();
export const handler = createAuthorizer({
  editors: new EditorStore(createDocumentClient(config.dynamodbEndpoint), config.tableName),
});
