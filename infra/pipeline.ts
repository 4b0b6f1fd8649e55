// The asynchronous half of the flow: a stored raw article ─(S3 notification)─▶ normalise queue ─▶ normalise
// ─▶ FIFO publish queue (one message group: one publisher at a time) ─▶ publish ─▶ site bucket.

import { CfnResource, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { EventType, type IBucket } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV, MAX_RECEIVE_COUNT, RAW_ARTICLE_PREFIX } from '../functions/aws/resources.ts';
import { PipelineFunction } from './pipeline-function.ts';

export interface PipelineProps {
  table: ITable;
  rawBucket: IBucket;
  siteBucket: IBucket;
  siteUrl: string;
}

const NORMALISE_TIMEOUT = Duration.minutes(1);
const PUBLISH_TIMEOUT = Duration.minutes(2);

/** AWS's advice for an SQS event source: visibility timeout at least six times the function timeout. */
const sixTimes = (timeout: Duration) => Duration.seconds(timeout.toSeconds() * 6);

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
      retentionPeriod: Duration.days(14),
    });
    // Content-based deduplication stays off: normalise sets MessageDeduplicationId so that two changes with
    // the same body (say, two "meetings changed" notices) are never mistaken for one.
    this.publishQueue = new Queue(this, 'PublishQueue', {
      fifo: true,
      contentBasedDeduplication: false,
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: sixTimes(PUBLISH_TIMEOUT),
      deadLetterQueue: { queue: this.publishDeadLetterQueue, maxReceiveCount: MAX_RECEIVE_COUNT },
    });

    this.normaliseDeadLetterQueue = new Queue(this, 'NormaliseDeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.normaliseQueue = new Queue(this, 'NormaliseQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: sixTimes(NORMALISE_TIMEOUT),
      deadLetterQueue: { queue: this.normaliseDeadLetterQueue, maxReceiveCount: MAX_RECEIVE_COUNT },
    });

    props.rawBucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.normaliseQueue), {
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
      .useBucket(ENV.rawBucket, props.rawBucket, 'read', RAW_ARTICLE_PREFIX)
      .useTable(props.table, 'readWrite')
      .useQueue(ENV.publishQueueUrl, this.publishQueue);
    this.normalise.function.addEventSource(
      new SqsEventSource(this.normaliseQueue, { batchSize: 10, reportBatchItemFailures: true }),
    );

    this.publish = new PipelineFunction(this, 'Publish', {
      entry: 'functions/lambda/publish.ts',
      description: 'meeting-feeds publish: renders the feeds and records into the site bucket',
      timeout: PUBLISH_TIMEOUT,
      memorySize: 512,
    })
      .useTable(props.table, 'readWrite')
      .useBucket(ENV.siteBucket, props.siteBucket, 'readWrite')
      .setEnv(ENV.siteUrl, props.siteUrl);
    // Optional WebSub hub (`npx cdk deploy -c websubHubUrl=https://hub.example/`): feeds carry rel="hub"
    // and the publisher notifies the hub after each change.
    const hubUrl: unknown = this.node.tryGetContext('websubHubUrl');
    if (typeof hubUrl === 'string' && hubUrl) this.publish.setEnv(ENV.websubHubUrl, hubUrl);
    // Up to 10 "meetings changed" messages become one regeneration, which succeeds or fails as a whole:
    // no partial batch responses, a failure returns the whole batch to the queue.
    this.publish.function.addEventSource(new SqsEventSource(this.publishQueue, { batchSize: 10 }));
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
