// Lambda entry: DELETE /meetings/{meetingId} (retractions), wired to the table and the publish queue.

import { readConfig, required } from '../aws/config.ts';
import { createDocumentClient, MeetingStore } from '../aws/meeting-store.ts';
import { SqsPublishSignal } from '../aws/publish-signal.ts';
import { ENV } from '../aws/resources.ts';
import { createRetractHandler } from '../handlers/retract.ts';

const config = readConfig();
export const handler = createRetractHandler({
  meetings: new MeetingStore(createDocumentClient(config.dynamodbEndpoint), config.tableName),
  publish: new SqsPublishSignal(required(config.publishQueueUrl, ENV.publishQueueUrl)),
});
