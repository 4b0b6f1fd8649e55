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
 * Partition-key prefixes of the single-table items. The stack confines each function to the partitions its code
 * touches (a `dynamodb:LeadingKeys` condition), so only the authorizer can read EDITOR# items.
 */
export const KEY_PREFIX = {
  meeting: 'MEETING#',
  article: 'ARTICLE#',
  editor: 'EDITOR#',
  /** An editor's own articles, newest first (`EDITOR_ARTICLES#{editorId}`): ingest writes and lists them. */
  editorArticles: 'EDITOR_ARTICLES#',
  /** The persons directory, by surname key (`PERSONS#{surnameKey}`, sort key the person's id): normalise only. */
  persons: 'PERSONS#',
  /** Topic memberships, sharded: `GROUP#{key}`, `GROUP#{key}#1`, … (functions/aws/dynamodb/keys.ts). */
  group: 'GROUP#',
  /** Archive page boundaries of a month (publish only). */
  archive: 'ARCHIVE#',
  /** Topic groups the feed directory lists, and the directory's pages (publish only). */
  listed: 'LISTED#',
  directory: 'DIRECTORY#',
} as const;

/**
 * Partitions that are one fixed key: `STATE` (the months that hold meetings, the publisher's own state) and
 * `GROUPS`, where releases before the feed directory registered topic groups (read once by publish, then never).
 */
export const PARTITION = {
  state: 'STATE',
  groups: 'GROUPS',
} as const;

/**
 * How long API Gateway keeps the authorizer's answer for one Authorization header: the longest a revoked or
 * expired token (or a changed role) keeps working. A minute: a revocation bites quickly, and an editor's burst of
 * requests still costs one authorizer call a minute.
 */
export const AUTHORIZER_CACHE_SECONDS = 60;

/** A `dynamodb:LeadingKeys` pattern for every partition key that starts with `prefix`. */
export const leadingKeysWith = (prefix: string) => `${prefix}*`;

/**
 * Deliveries of a queue message before it goes to the dead-letter queue, on every queue of the stack and in
 * the local runtime's stand-ins (their one redelivery loop, functions/local/redelivery.ts, imports it; never copy it).
 * Normalise records an article as failed on the last one, so a crash never leaves it "stored" without a reason.
 * Three: a transient fault (a throttle, a cold dependency) gets two more chances; a message that fails three
 * times in a row is a bug or a poison input, and each further try would only hold up the FIFO group.
 */
export const MAX_RECEIVE_COUNT = 3;

/**
 * How long every queue and dead-letter queue keeps a message: SQS's maximum (the default is 4 days), so a
 * backlog or a dead letter survives a long weekend and an investigation.
 */
export const QUEUE_RETENTION_DAYS = 14;

/**
 * Visibility timeout of a queue as a multiple of its consumer's timeout (see docs/decisions.md, "Queues"):
 * one invocation handles one batch, so a received message is either answered or its invocation has been
 * killed within one function timeout; twice that leaves room for the poller's own latency.
 */
export const VISIBILITY_TIMEOUT_FACTOR = 2;

/** Raw submissions, stored once under their content hash. S3 notifications fire for this prefix only. */
export const RAW_ARTICLE_PREFIX = 'articles/';

/** Environment variables the Lambda functions read (see config.ts); the stack sets these, the optional ones when configured. */
export const ENV = {
  tableName: 'TABLE_NAME',
  rawBucket: 'RAW_BUCKET',
  siteBucket: 'SITE_BUCKET',
  publishQueueUrl: 'PUBLISH_QUEUE_URL',
  /** The operators' function: rebuilds send to the normalise queue; redrives empty the dead-letter queues. */
  normaliseQueueUrl: 'NORMALISE_QUEUE_URL',
  normaliseDeadLetterQueueUrl: 'NORMALISE_DLQ_URL',
  publishDeadLetterQueueUrl: 'PUBLISH_DLQ_URL',
  siteUrl: 'SITE_URL',
  /** Optional: a WebSub hub to notify after feeds change. */
  websubHubUrl: 'WEBSUB_HUB_URL',
  /** Optional: the language of the home and browse pages (`ru`, …); English when unset (pages/page-words.ts). */
  siteLanguage: 'SITE_LANGUAGE',
  /** Powertools Logger's level (debug, info, warn, error); the stack sets it from the `logLevel` context value. */
  logLevel: 'LOG_LEVEL',
  /** Optional: normalise's time budget per article in milliseconds; unset, the worker's default applies (extractor-worker.ts). */
  extractionBudgetMs: 'EXTRACTION_BUDGET_MS',
} as const;

/** Names used by the local runtime and the tests (the CDK stack lets CloudFormation name things). */
export const LOCAL_NAMES = {
  table: 'meetings',
  rawBucket: 'meeting-feeds-raw',
  siteBucket: 'meeting-feeds-site',
} as const;
