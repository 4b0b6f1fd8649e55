// The whole deployed app in one environment-agnostic stack (no lookups: `cdk synth` works offline).

import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { HttpRoute } from 'aws-cdk-lib/aws-apigatewayv2';
import type { Construct } from 'constructs';
import { Alarms } from './alarms.ts';
import { throttleRoutes } from './api-throttling.ts';
import { OperationsDashboard } from './dashboard.ts';
import { Delivery } from './delivery.ts';
import { edgeSettings } from './edge.ts';
import { FirstPublish } from './first-publish.ts';
import { Ingest } from './ingest.ts';
import { Pipeline } from './pipeline.ts';
import type { PipelineFunction } from './pipeline-function.ts';
import { Storage } from './storage.ts';

export class MeetingFeedsStack extends Stack {
  readonly storage: Storage;
  readonly delivery: Delivery;
  readonly pipeline: Pipeline;
  readonly ingest: Ingest;
  readonly alarms: Alarms;
  readonly dashboard: OperationsDashboard;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    this.storage = new Storage(this, 'Storage');
    this.delivery = new Delivery(this, 'Delivery', {
      siteBucket: this.storage.siteBucket,
      accessLogsBucket: this.storage.accessLogsBucket,
      edge: edgeSettings(this),
    });
    this.pipeline = new Pipeline(this, 'Pipeline', {
      table: this.storage.table,
      rawBucket: this.storage.rawBucket,
      siteBucket: this.storage.siteBucket,
      siteUrl: this.delivery.siteUrl,
    });
    // The site exists before the first article: one publish signal when the stack is created.
    new FirstPublish(this, 'FirstPublish', { publishQueue: this.pipeline.publishQueue });
    this.ingest = new Ingest(this, 'Ingest', {
      table: this.storage.table,
      rawBucket: this.storage.rawBucket,
      publishQueue: this.pipeline.publishQueue,
      normaliseQueue: this.pipeline.normaliseQueue,
      normaliseDeadLetterQueue: this.pipeline.normaliseDeadLetterQueue,
      publishDeadLetterQueue: this.pipeline.publishDeadLetterQueue,
      siteUrl: this.delivery.siteUrl,
    });
    this.delivery.deployEditorPage(this.ingest.stage.url);
    throttleRoutes(
      this.ingest.stage,
      this.ingest.api.node.children.filter((child): child is HttpRoute => child instanceof HttpRoute),
    );

    const { pipeline, ingest } = this;
    // Named once for the alarms and the dashboard; queue consumers retry on their own (one error is no alarm yet).
    const functions = {
      authorize: { fn: ingest.authorize, queueConsumer: false },
      ingest: { fn: ingest.ingest, queueConsumer: false },
      retract: { fn: ingest.retract, queueConsumer: false },
      operations: { fn: ingest.operations, queueConsumer: false },
      normalise: { fn: pipeline.normalise, queueConsumer: true },
      publish: { fn: pipeline.publish, queueConsumer: true },
    };
    this.alarms = new Alarms(this, 'Alarms', {
      queues: {
        // A poison message is dead-lettered after MAX_RECEIVE_COUNT receives of twice the function's timeout
        // (normalise: 6 minutes, publish: 12); older than these, the queue is stuck or far behind.
        normalise: { queue: pipeline.normaliseQueue, deadLetterQueue: pipeline.normaliseDeadLetterQueue, maxAge: Duration.minutes(15) },
        publish: { queue: pipeline.publishQueue, deadLetterQueue: pipeline.publishDeadLetterQueue, maxAge: Duration.minutes(30) },
      },
      functions: Object.fromEntries(
        Object.entries(functions).map(([name, { fn, queueConsumer }]) => [name, { function: fn.function, timeout: timeoutOf(fn), queueConsumer }]),
      ),
      api: ingest.api,
      timed: 'publish',
    });
    this.dashboard = new OperationsDashboard(this, 'Dashboard', {
      queues: {
        normalise: pipeline.normaliseQueue,
        'normalise DLQ': pipeline.normaliseDeadLetterQueue,
        publish: pipeline.publishQueue,
        'publish DLQ': pipeline.publishDeadLetterQueue,
      },
      functions: Object.fromEntries(Object.entries(functions).map(([name, { fn }]) => [name, fn.function])),
      api: ingest.api,
      alarms: this.alarms.alarms,
      period: Duration.minutes(5),
    });

    new CfnOutput(this, 'ApiUrl', { description: 'Editor API (POST /articles)', value: this.ingest.stage.url });
    new CfnOutput(this, 'SiteUrl', { description: 'Published feeds and records', value: this.delivery.siteUrl });
    new CfnOutput(this, 'TableName', { value: this.storage.table.tableName });
    new CfnOutput(this, 'RawBucketName', { value: this.storage.rawBucket.bucketName });
  }
}

function timeoutOf(fn: PipelineFunction): Duration {
  const { timeout } = fn.function;
  if (!timeout) throw new Error(`${fn.node.path} has no timeout.`);
  return timeout;
}
