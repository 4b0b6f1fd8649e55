// Lambda entry: the HTTP API authorizer, wired to the meetings table from the environment.

import { readConfig } from '../aws/config.ts';
import { createDocumentClient, MeetingStore } from '../aws/meeting-store.ts';
import { createAuthorizer } from '../handlers/authorize.ts';

const config = readConfig();
export const handler = createAuthorizer({
  meetings: new MeetingStore(createDocumentClient(config.dynamodbEndpoint), config.tableName),
});
