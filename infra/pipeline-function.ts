// The one way this app defines a Lambda function: bundled locally with esbuild (infra/lambda-bundle.ts: ESM,
// Node 24, code-split; ARM64), an explicit log group with retention, its own role with inline least-privilege statements, and
// environment variables that are only ever set together with the permission they imply. Every function has
// X-Ray active tracing and LOG_LEVEL for Powertools Logger (docs/deploy.md, "Logs, metrics and traces").

import { join } from 'node:path';
import { AssetHashType, DockerImage, type Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Function as LambdaFunction, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { CfnBucket, IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV, MEETINGS_TABLE } from '../functions/aws/resources.ts';
import { bundleFunction } from './lambda-bundle.ts';

/** The repository root: entries, the lock file and the dictionaries are resolved from here. */
export const PROJECT_ROOT = join(import.meta.dirname, '..');

export const RUNTIME = Runtime.NODEJS_24_X;

export interface PipelineFunctionProps {
  /** Entry file relative to the project root, exporting `handler`. */
  entry: string;
  description: string;
  timeout: Duration;
  memorySize: number;
  /** Build the extraction worker and copy the dictionaries beside the handler (ingest and normalise extract). */
  withDictionaries?: boolean;
}

type EnvName = (typeof ENV)[keyof typeof ENV];

/**
 * IAM actions, one per SDK command the adapters send (see SDK_COMMAND_ACTIONS in tests/infra/sdk-usage.ts,
 * which derives each function's list from its code and checks the template against it). Each function names
 * its own list: there is no "read" or "readWrite" level that would hand one function another's rights.
 */
export type TableAction =
  | 'dynamodb:GetItem'
  | 'dynamodb:BatchGetItem'
  | 'dynamodb:Query'
  | 'dynamodb:PutItem'
  | 'dynamodb:UpdateItem'
  | 'dynamodb:DeleteItem'
  | 'dynamodb:BatchWriteItem';
/** HeadObject is authorised as s3:GetObject. No s3:ListBucket: see isAbsentOnHead in functions/aws/s3-client.ts. */
export type ObjectAction = 's3:GetObject' | 's3:PutObject';
export type QueueAction = 'sqs:SendMessage' | 'sqs:ReceiveMessage' | 'sqs:DeleteMessage' | 'sqs:GetQueueAttributes';
type QueueEnvName = typeof ENV.publishQueueUrl | typeof ENV.normaliseQueueUrl | typeof ENV.normaliseDeadLetterQueueUrl | typeof ENV.publishDeadLetterQueueUrl;

export interface TableGrant {
  /** Actions on the table's items. */
  actions: TableAction[];
  /** Also Query the byMonth index (publish only). */
  queryByMonthIndex?: boolean;
  /**
   * The partition keys the function may touch, as `dynamodb:LeadingKeys` patterns (`EDITOR#*`, `STATE`): a
   * `ForAllValues:StringLike` condition on the table statement. The byMonth index needs none: only meeting items
   * carry its key (`month`), so it holds nothing else.
   */
  leadingKeys?: string[];
}

/**
 * What a function's execution role needs for an SQS event source mapping: Lambda's poller receives and deletes
 * with the function's role (AWS's AWSLambdaSQSQueueExecutionRole holds exactly these three).
 */
export const EVENT_SOURCE_QUEUE_ACTIONS = ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'];

/** Powertools Logger's level unless `-c logLevel=DEBUG` (or WARN, ERROR) says otherwise. */
export const DEFAULT_LOG_LEVEL = 'INFO';
const LOG_LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR'];

/** What active tracing adds to each role: sending segments to X-Ray (these actions take no resource but `*`). */
export const XRAY_ACTIONS = ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'];

export class PipelineFunction extends Construct {
  readonly function: LambdaFunction;
  readonly logGroup: LogGroup;
  private readonly role: Role;

  constructor(scope: Construct, id: string, props: PipelineFunctionProps) {
    super(scope, id);

    this.logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // Own role instead of AWSLambdaBasicExecutionRole: it may write to its own log group and nothing else.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.description} (execution role)`,
    });
    this.logGroup.grantWrite(this.role);

    const bundle = { projectRoot: PROJECT_ROOT, entry: props.entry, name: id, withExtractor: props.withDictionaries ?? false };
    this.function = new LambdaFunction(this, 'Function', {
      description: props.description,
      runtime: RUNTIME,
      architecture: Architecture.ARM_64,
      handler: 'index.handler',
      // Built locally by infra/lambda-bundle.ts (esbuild, code-split); hashed by what it builds.
      code: Code.fromAsset(PROJECT_ROOT, {
        assetHashType: AssetHashType.OUTPUT,
        bundling: {
          image: DockerImage.fromRegistry('scratch'),
          // Never run (local bundling always succeeds), but part of the key CDK caches bundles by within a
          // synth: without it every function would get the first one's bundle.
          command: ['bundle', bundle.entry, bundle.withExtractor ? 'with-extractor' : 'plain'],
          local: {
            tryBundle(outputDir: string) {
              bundleFunction(outputDir, bundle);
              return true;
            },
          },
        },
      }),
      memorySize: props.memorySize,
      timeout: props.timeout,
      role: this.role,
      logGroup: this.logGroup,
      // A segment per invocation; the entries capture their SDK clients with Powertools Tracer (subsegments).
      tracing: Tracing.ACTIVE,
      environment: { [ENV.logLevel]: logLevelFrom(this) },
    });
    // Tracing.ACTIVE adds XRAY_ACTIONS on `*` to the role: X-Ray's PutTraceSegments and PutTelemetryRecords have
    // no resource type, so no narrower grant exists (AWS's own AWSXRayDaemonWriteAccess is the same).
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'Active X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource but *.',
    });
  }

  /** Plain configuration that implies no permission (for example SITE_URL). */
  setEnv(name: EnvName, value: string): this {
    this.function.addEnvironment(name, value);
    return this;
  }

  /** TABLE_NAME, with exactly `grant.actions` on the table's items (and Query on the byMonth index if asked). */
  useTable(table: ITable, grant: TableGrant): this {
    this.function.addEnvironment(ENV.tableName, table.tableName);
    const conditions = grant.leadingKeys ? { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': grant.leadingKeys } } : undefined;
    this.role.addToPrincipalPolicy(new PolicyStatement({ actions: grant.actions, resources: [table.tableArn], conditions }));
    if (grant.queryByMonthIndex) {
      this.role.addToPrincipalPolicy(
        new PolicyStatement({
          actions: ['dynamodb:Query'],
          resources: [`${table.tableArn}/index/${MEETINGS_TABLE.byMonthIndex.name}`],
        }),
      );
    }
    return this;
  }

  /**
   * A bucket name variable, with exactly `actions` on the objects under `prefix` (the whole bucket when absent).
   * No s3:ListBucket: it would let the function list every key, and the stores read S3's 403 for a missing key
   * as "absent" (isAbsentOnHead).
   */
  useBucket(name: typeof ENV.rawBucket | typeof ENV.siteBucket, bucket: IBucket, actions: ObjectAction[], prefix = ''): this {
    this.function.addEnvironment(name, bucket.bucketName);
    this.role.addToPrincipalPolicy(new PolicyStatement({ actions, resources: [bucket.arnForObjects(`${prefix}*`)] }));
    const logicalId = Stack.of(this).resolve((bucket.node.defaultChild as CfnBucket).logicalId) as string;
    Validations.of(this).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/${prefix}*]`,
      reason: prefix
        ? `Object keys under ${prefix} are content hashes chosen at run time; the grant is limited to that prefix.`
        : 'The publisher owns every object of the site bucket (feeds/, meetings/, index.html); keys are chosen at run time.',
    });
    return this;
  }

  /**
   * A queue URL variable, with exactly `actions` on that queue (default sqs:SendMessage: the code never asks for its
   * URL or attributes).
   */
  useQueue(name: QueueEnvName, queue: IQueue, actions: QueueAction[] = ['sqs:SendMessage']): this {
    this.function.addEnvironment(name, queue.queueUrl);
    this.role.addToPrincipalPolicy(new PolicyStatement({ actions, resources: [queue.queueArn] }));
    return this;
  }

  /**
   * A bucket name variable, with s3:ListBucket on the keys under `prefix` and no object action: for the operators'
   * function, which walks the stored articles and reads none (so a missing key's 403 never matters to it).
   */
  listBucket(name: typeof ENV.rawBucket, bucket: IBucket, prefix: string): this {
    this.function.addEnvironment(name, bucket.bucketName);
    this.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn], conditions: { StringLike: { 's3:prefix': [`${prefix}*`] } } }),
    );
    return this;
  }

  /**
   * Invokes the function with batches from `queue`. Unlike SqsEventSource, which grants CDK's whole "consume"
   * set (ChangeMessageVisibility and GetQueueUrl included), the role gets only what the poller uses.
   */
  consumeQueue(queue: IQueue, options: { batchSize: number; reportBatchItemFailures?: boolean; maxConcurrency?: number }): this {
    this.role.addToPrincipalPolicy(new PolicyStatement({ actions: EVENT_SOURCE_QUEUE_ACTIONS, resources: [queue.queueArn] }));
    const mapping = this.function.addEventSourceMapping('Queue', {
      eventSourceArn: queue.queueArn,
      batchSize: options.batchSize,
      reportBatchItemFailures: options.reportBatchItemFailures,
      maxConcurrency: options.maxConcurrency,
    });
    // The mapping checks the queue at creation: the role must hold the grant by then.
    mapping.node.addDependency(this.role);
    return this;
  }
}

/** The `logLevel` context value, checked: a typo would otherwise silently log at INFO. */
function logLevelFrom(scope: Construct): string {
  const value: unknown = scope.node.tryGetContext('logLevel');
  if (value === undefined) return DEFAULT_LOG_LEVEL;
  const level = String(value).toUpperCase();
  if (!LOG_LEVELS.includes(level)) throw new Error(`-c logLevel=${String(value)}: use one of ${LOG_LEVELS.join(', ')}.`);
  return level;
}
