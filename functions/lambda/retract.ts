// Lambda entry: DELETE /meetings/{meetingId} (retractions), wired to the table and the publish queue.
// Logger only, like the authorizer: a rare, small call whose cold start should stay lean (docs/decisions.md).

import { readConfig, required } from '../aws/config.ts';
import { createDocumentClient } from '../aws/dynamodb/document-client.ts';
import { MeetingItems } from '../aws/dynamodb/meeting-items.ts';
import { SqsPublishSignal } from '../aws/publish-signal.ts';
import { ENV } from '../aws/resources.ts';
import { createLogger, lambdaHandler, powertoolsTelemetry } from '../aws/telemetry.ts';
import { createRetractHandler } from '../handlers/retract.ts';

const config = readConfig();
const powertools = { logger: createLogger() };
export const handler = lambdaHandler(
  powertools,
  createRetractHandler({
    meetings: new MeetingItems(createDocumentClient(config.dynamodbEndpoint), config.tableName),
    publish: new SqsPublishSignal(required(config.publishQueueUrl, ENV.publishQueueUrl)),
    telemetry: powertoolsTelemetry(powertools),
  }),
);
