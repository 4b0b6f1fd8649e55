// Lambda entry: the HTTP API authorizer, wired to the editor items of the meetings table from the environment.
// Logger only (request id, cold start, errors): no metrics to emit, and no Tracer, whose X-Ray SDK would weigh on
// the cold start of the function every API request waits for (docs/decisions.md, "Observability").

import { readConfig } from '../aws/config.ts';
import { createDocumentClient } from '../aws/dynamodb/document-client.ts';
import { EditorItems } from '../aws/dynamodb/editor-items.ts';
import { createLogger, lambdaHandler } from '../aws/telemetry.ts';
import { createAuthorizer } from '../handlers/authorize.ts';

const config = readConfig();
const powertools = { logger: createLogger() };
export const handler = lambdaHandler(
  powertools,
  createAuthorizer({
    editors: new EditorItems(createDocumentClient(config.dynamodbEndpoint), config.tableName),
  }),
);
