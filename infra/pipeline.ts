// The asynchronous half of the flow: a stored raw article ─(S3 notification)─▶ normalise queue ─▶ normalise
// ─▶ FIFO publish queue (one message group: one publisher at a time) ─▶ publish ─▶ site bucket.

import { CfnResource, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BucketNotificationDestinationType, EventType, type IBucket, type IBucketNotificationDestination } from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import {
  ENV,
  KEY_PREFIX,
  leadingKeysWith,
  MAX_RECEIVE_COUNT,
  PARTITION,
  QUEUE_RETENTION_DAYS,
  RAW_ARTICLE_PREFIX,
  VISIBILITY_TIMEOUT_FACTOR,
} from '../functions/aws/resources.ts';
import { PipelineFunction } from './pipeline-function.ts';

export interface PipelineProps {
  table: ITable;
  rawBucket: IBucket;
  siteBucket: IBucket;
  siteUrl: string;
}

/** The partitions saving a meeting touches: the record, its (sharded) group memberships, the months. */
export const MEETING_SAVER_KEYS = [leadingKeysWith(KEY_PREFIX.meeting), leadingKeysWith(KEY_PREFIX.group), PARTITION.state];

const NORMALISE_TIMEOUT = Duration.minutes(1);
const PUBLISH_TIMEOUT = Duration.minutes(2);
/** Concurrent normalise batches: 20 of 10 articles at about a second each is some 200 articles/s, ten times the API throttle (20/s). */
export const NORMALISE_MAX_CONCURRENCY = 20;

/**
 * Visibility timeout for a queue whose consumer has `timeout`: twice it, not AWS's general six times (why that is
 * safe here, with batch item failures and one invocation per batch: docs/decisions.md, "Queues").
 */
const visibilityFor = (timeout: Duration) => Duration.seconds(timeout.toSeconds() * VISIBILITY_TIMEOUT_FACTOR);
const retentionPeriod = Duration.days(QUEUE_RETENTION_DAYS);

export class Pipeline extends Construct {
  readonly normaliseQueue: Queue;
  readonly normaliseDeadLetterQueue: Queue;
  readonly publishQueue: Queue;
  readonly publishDeadLetterQueue: Queue;
  readonly normalise: PipelineFunction;
  readonly publish: PipelineFunction;

  constructor(scope: Construct, id: string, props: PipelineProps) {
    super(scope, id);

    this.publishDeadLetterQueue = new Queue(this, 'PublishDeadLetterQueue', {
      fifo: true,
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod,
    });
    // Content-based deduplication stays off: normalise sets MessageDeduplicationId so that two changes with
    // the same body (say, two "meetings changed" notices) are never mistaken for one.
    this.publishQueue = new Queue(this, 'PublishQueue', {
      fifo: true,
      contentBasedDeduplication: false,
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: visibilityFor(PUBLISH_TIMEOUT),
      retentionPeriod,
      deadLetterQueue: { queue: this.publishDeadLetterQueue, maxReceiveCount: MAX_RECEIVE_COUNT },
    });

    this.normaliseDeadLetterQueue = new Queue(this, 'NormaliseDeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod,
    });
    this.normaliseQueue = new Queue(this, 'NormaliseQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: visibilityFor(NORMALISE_TIMEOUT),
      retentionPeriod,
      deadLetterQueue: { queue: this.normaliseDeadLetterQueue, maxReceiveCount: MAX_RECEIVE_COUNT },
    });

    props.rawBucket.addEventNotification(EventType.OBJECT_CREATED, this.notifyNormaliseQueue(props.rawBucket), {
      prefix: RAW_ARTICLE_PREFIX,
    });
    this.configureBucketNotificationsHandler();

    this.normalise = new PipelineFunction(this, 'Normalise', {
      entry: 'functions/lambda/normalise.ts',
      description: 'meeting-feeds normalise: raw article -> meeting record, then asks for a publish',
      timeout: NORMALISE_TIMEOUT,
      memorySize: 1024,
      withDictionaries: true,
    })
      // GetObject for the article; getMeeting, saveMeeting (UpdateItem, PutItem, DeleteItem) and putArticle; the
      // persons directory: Query of the participants' surnames, PutItem of new and changed persons.
      .useBucket(ENV.rawBucket, props.rawBucket, ['s3:GetObject'], RAW_ARTICLE_PREFIX)
      .useTable(props.table, {
        actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:Query'],
        leadingKeys: [...MEETING_SAVER_KEYS, leadingKeysWith(KEY_PREFIX.article), leadingKeysWith(KEY_PREFIX.persons)],
      })
      .useQueue(ENV.publishQueueUrl, this.publishQueue)
      // At most NORMALISE_MAX_CONCURRENCY batches at once: the poller then never invokes into a throttle, which is
      // what would hold received messages past a visibility timeout of only twice the function's (decisions.md).
      .consumeQueue(this.normaliseQueue, { batchSize: 10, reportBatchItemFailures: true, maxConcurrency: NORMALISE_MAX_CONCURRENCY });

    this.publish = new PipelineFunction(this, 'Publish', {
      entry: 'functions/lambda/publish.ts',
      description: 'meeting-feeds publish: renders the feeds and records into the site bucket',
      timeout: PUBLISH_TIMEOUT,
      memorySize: 512,
    })
      // Reads meetings, months, memberships and its own state; writes its state, archive pages and the topic-group
      // directory (PutItem), publishedVersion and publishFailure (UpdateItem); reads the legacy GROUPS registry once.
      // It never deletes an item. HeadObject (unchanged bytes are not rewritten) and PutObject.
      .useTable(props.table, {
        actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
        queryByMonthIndex: true,
        leadingKeys: [
          leadingKeysWith(KEY_PREFIX.archive),
          leadingKeysWith(KEY_PREFIX.directory),
          leadingKeysWith(KEY_PREFIX.group),
          leadingKeysWith(KEY_PREFIX.listed),
          leadingKeysWith(KEY_PREFIX.meeting),
          PARTITION.groups,
          PARTITION.state,
        ],
      })
      .useBucket(ENV.siteBucket, props.siteBucket, ['s3:GetObject', 's3:PutObject'])
      .setEnv(ENV.siteUrl, props.siteUrl);
    // Optional WebSub hub (`npx cdk deploy -c websubHubUrl=https://hub.example/`): feeds carry rel="hub"
    // and the publisher notifies the hub after each change.
    const hubUrl: unknown = this.node.tryGetContext('websubHubUrl');
    if (typeof hubUrl === 'string' && hubUrl) this.publish.setEnv(ENV.websubHubUrl, hubUrl);
    // Optional language of the home and browse pages (`-c siteLanguage=ru`); English when not given.
    const siteLanguage: unknown = this.node.tryGetContext('siteLanguage');
    if (typeof siteLanguage === 'string' && siteLanguage) this.publish.setEnv(ENV.siteLanguage, siteLanguage);
    // Up to 10 "meetings changed" messages become one regeneration, which succeeds or fails as a whole:
    // no partial batch responses, a failure returns the whole batch to the queue.
    this.publish.consumeQueue(this.publishQueue, { batchSize: 10 });
  }

  /**
   * S3 → normalise queue. CDK's SqsDestination lets S3 send (and read the queue's URL and attributes) on
   * behalf of the bucket ARN alone; bucket names are global, so the statement is also conditioned on this
   * account (`aws:SourceAccount`), as AWS advises against the confused deputy, and S3 gets SendMessage only.
   */
  private notifyNormaliseQueue(bucket: IBucket): IBucketNotificationDestination {
    const queue = this.normaliseQueue;
    return {
      bind: () => {
        const { policyDependable } = queue.addToResourcePolicy(
          new PolicyStatement({
            principals: [new ServicePrincipal('s3.amazonaws.com')],
            actions: ['sqs:SendMessage'],
            resources: [queue.queueArn],
            conditions: {
              ArnLike: { 'aws:SourceArn': bucket.bucketArn },
              StringEquals: { 'aws:SourceAccount': Stack.of(this).account },
            },
          }),
        );
        // S3 checks that it may send when the notification is set: the policy must exist first.
        return { arn: queue.queueArn, type: BucketNotificationDestinationType.QUEUE, dependencies: policyDependable ? [policyDependable] : [] };
      },
    };
  }

  /**
   * CDK's singleton custom resource that sets the raw bucket's notification (S3 → SQS) at deploy time: give it a
   * log group with retention like every other function, and acknowledge the managed policy we cannot replace.
   */
  private configureBucketNotificationsHandler(): void {
    const stack = Stack.of(this);
    const handler = stack.node.children.find((child) => child.node.id.startsWith('BucketNotificationsHandler'));
    const handlerFunction = handler?.node
      .findAll()
      .find((child): child is CfnResource => CfnResource.isCfnResource(child) && child.cfnResourceType === 'AWS::Lambda::Function');
    if (!handler || !handlerFunction) {
      throw new Error('Expected the BucketNotificationsHandler custom resource after addEventNotification.');
    }
    const logGroup = new LogGroup(this, 'BucketNotificationsHandlerLogs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    handlerFunction.addPropertyOverride('LoggingConfig.LogGroup', logGroup.logGroupName);
    Validations.of(handler).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason:
        'CDK-managed custom resource (BucketNotificationsHandler) that only sets the raw bucket notification at deploy time; aws-cdk-lib does not let us replace its role.',
    });
  }
}
