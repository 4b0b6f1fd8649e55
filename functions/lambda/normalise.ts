// Lambda entry: normalise, fed by the SQS queue that receives the raw bucket's notifications.

import { ArticleStore } from '../aws/article-store.ts';
import { required } from '../aws/config.ts';
import { ArticleStateItems } from '../aws/dynamodb/article-states.ts';
import { MeetingItems } from '../aws/dynamodb/meeting-items.ts';
import { PersonItems } from '../aws/dynamodb/person-items.ts';
import { SqsPublishSignal } from '../aws/publish-signal.ts';
import { ENV } from '../aws/resources.ts';
import { createS3Client } from '../aws/s3-client.ts';
import { lambdaHandler, powertoolsTelemetry } from '../aws/telemetry.ts';
import { tracedEntry } from '../aws/traced-entry.ts';
import { WORKER_BUNDLE, WorkerExtractor } from '../dictionaries/extractor-worker.ts';
import { budgetedExtraction } from '../handlers/extraction.ts';
import { createNormaliseHandler } from '../handlers/normalise.ts';

const { config, powertools, capture, db } = tracedEntry();
export const handler = lambdaHandler(
  powertools,
  createNormaliseHandler({
    meetings: new MeetingItems(db, config.tableName),
    articleStates: new ArticleStateItems(db, config.tableName),
    persons: new PersonItems(db, config.tableName),
    articles: new ArticleStore(createS3Client(config.s3Endpoint, capture), required(config.rawBucket, ENV.rawBucket)),
    publish: new SqsPublishSignal(required(config.publishQueueUrl, ENV.publishQueueUrl), capture),
    // Extraction in a worker thread (this bundle, run again as the worker), with a time budget per article.
    runExtraction: budgetedExtraction(new WorkerExtractor({ budgetMs: config.extractionBudgetMs, workerFile: new URL(`./${WORKER_BUNDLE}`, import.meta.url) }), {
      telemetry: powertoolsTelemetry(powertools),
    }),
    telemetry: powertoolsTelemetry(powertools),
  }),
);
