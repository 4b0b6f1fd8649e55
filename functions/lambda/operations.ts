// Lambda entry: the operators' routes (/admin/rebuild, /admin/redrive, /admin/queues), wired to the raw bucket's
// listing, the normalise and publish queues and their dead-letter queues. No table: it touches no item.

import { ArticleStore } from '../aws/article-store.ts';
import { readConfig, required } from '../aws/config.ts';
import { SqsPublishSignal } from '../aws/publish-signal.ts';
import { SqsDeadLetterQueue, SqsNormaliseQueue, SqsQueueGauge } from '../aws/queues.ts';
import { ENV } from '../aws/resources.ts';
import { createS3Client } from '../aws/s3-client.ts';
import { createLogger, lambdaHandler, powertoolsTelemetry } from '../aws/telemetry.ts';
import { createOperationsHandler } from '../handlers/operations.ts';

const config = readConfig(process.env, { needsTable: false });
const powertools = { logger: createLogger() };
export const handler = lambdaHandler(
  powertools,
  createOperationsHandler({
    articles: new ArticleStore(createS3Client(config.s3Endpoint), required(config.rawBucket, ENV.rawBucket)),
    normaliseQueue: new SqsNormaliseQueue(required(config.normaliseQueueUrl, ENV.normaliseQueueUrl)),
    publishQueue: new SqsQueueGauge(required(config.publishQueueUrl, ENV.publishQueueUrl)),
    publish: new SqsPublishSignal(required(config.publishQueueUrl, ENV.publishQueueUrl)),
    normaliseDeadLetters: new SqsDeadLetterQueue(required(config.normaliseDeadLetterQueueUrl, ENV.normaliseDeadLetterQueueUrl)),
    publishDeadLetters: new SqsDeadLetterQueue(required(config.publishDeadLetterQueueUrl, ENV.publishDeadLetterQueueUrl)),
    telemetry: powertoolsTelemetry(powertools),
  }),
);
