// Table and bucket definitions shared by the CDK stack (infra/) and the local runtime (functions/local/),
// so the deployed and the emulated storage cannot drift apart. Plain data: no SDK, no CDK imports.

/** One DynamoDB table holds meetings, articles and the publisher's state (single-table design). */
export const MEETINGS_TABLE = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Time-ordered index: partition per month of first appearance, sorted by creation time. */
  byMonthIndex: {
    name: 'byMonth',
    partitionKey: 'month',
    sortKey: 'createdKey',
  },
} as const;

/**
 * Deliveries of a queue message before it goes to the dead-letter queue. Normalise records an
 * article as failed on the last one, so a crash never leaves it "stored" without a reason.
 */
export const MAX_RECEIVE_COUNT = 5;

/** Raw submissions, stored once under their content hash. S3 notifications fire for this prefix only. */
export const RAW_ARTICLE_PREFIX = 'articles/';

/** Environment variables the Lambda functions read (see config.ts); the stack sets exactly these. */
export const ENV = {
  tableName: 'TABLE_NAME',
  rawBucket: 'RAW_BUCKET',
  siteBucket: 'SITE_BUCKET',
  publishQueueUrl: 'PUBLISH_QUEUE_URL',
  siteUrl: 'SITE_URL',
  /** Optional: a WebSub hub to notify after feeds change. */
  websubHubUrl: 'WEBSUB_HUB_URL',
} as const;

/** Names used by the local runtime and the tests (the CDK stack lets CloudFormation name things). */
export const LOCAL_NAMES = {
  table: 'meetings',
  rawBucket: 'meeting-feeds-raw',
  siteBucket: 'meeting-feeds-site',
} as const;
