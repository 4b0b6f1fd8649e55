// The one way this app defines a Lambda function: NodejsFunction bundled locally with esbuild (ESM, Node 24,
// ARM64), an explicit log group with retention, its own role with inline least-privilege statements, and
// environment variables that are only ever set together with the permission they imply. Every function has
// X-Ray active tracing and LOG_LEVEL for Powertools Logger (docs/deploy.md, "Logs, metrics and traces").

import { join } from 'node:path';
import { type Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { CfnBucket, IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV, MEETINGS_TABLE } from '../functions/aws/resources.ts';
import { WORKER_BUNDLE } from '../functions/dictionaries/extractor-worker.ts';

/** The repository root: entries, the lock file and the dictionaries are resolved from here. */
export const PROJECT_ROOT = join(import.meta.dirname, '..');

export const RUNTIME = Runtime.NODEJS_24_X;

/** Makes `require` exist inside the ESM bundle, so bundled CommonJS dependencies can load built-ins. */
const REQUIRE_BANNER =
  "import { createRequire as __meetingFeedsCreateRequire } from 'node:module'; const require = __meetingFeedsCreateRequire(import.meta.url);";

/** Where the extraction dictionaries are found, relative to the project root (see DICTIONARY_COMMANDS). */
const AZ_DICTS = 'node_modules/az/dicts';
const EXTRACT_DATA = 'functions/dictionaries/data';

/**
 * The dictionary contract the extractor relies on: `<bundle>/dicts/az/` holds az's OpenCorpora dictionaries and
 * `<bundle>/dicts/extract/` holds the project's gazetteers (the latter directory may be missing or empty).
 */
function dictionaryCommands(inputDir: string, outputDir: string): string[] {
  return [
    `mkdir -p "${outputDir}/dicts/az" "${outputDir}/dicts/extract"`,
    `cp -R "${inputDir}/${AZ_DICTS}/." "${outputDir}/dicts/az/"`,
    `[ ! -d "${inputDir}/${EXTRACT_DATA}" ] || cp -R "${inputDir}/${EXTRACT_DATA}/." "${outputDir}/dicts/extract/"`,
  ];
}

export interface PipelineFunctionProps {
  /** Entry file relative to the project root, exporting `handler`. */
  entry: string;
  description: string;
  timeout: Duration;
  memorySize: number;
  /** Copy the extraction dictionaries next to the bundle (ingest and normalise run the extractor). */
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

/** Where the deployed bundle's source map goes: beside cdk.out's assets, never inside the zip. */
export const SOURCE_MAP_DIR = 'source-maps';

export class PipelineFunction extends Construct {
  readonly function: NodejsFunction;
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

    this.function = new NodejsFunction(this, 'Function', {
      entry: join(PROJECT_ROOT, props.entry),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: join(PROJECT_ROOT, 'package-lock.json'),
      description: props.description,
      runtime: RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      role: this.role,
      logGroup: this.logGroup,
      // A segment per invocation; the entries capture their SDK clients with Powertools Tracer (subsegments).
      tracing: Tracing.ACTIVE,
      environment: { [ENV.logLevel]: logLevelFrom(this) },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node24',
        mainFields: ['module', 'main'],
        banner: REQUIRE_BANNER,
        minify: true,
        // The map is written without a sourceMappingURL comment and moved out of the asset (afterBundling):
        // it costs the zip 3-4 MiB and, with --enable-source-maps, every cold start its parsing. Stack traces
        // from the logs are mapped back offline: `npx tsx scripts/map-stack.ts` (docs/deploy.md).
        sourceMap: true,
        sourceMapMode: SourceMapMode.EXTERNAL,
        // Bundle the AWS SDK rather than rely on the runtime's copy: the SDK version the tests ran is the one deployed.
        bundleAwsSDK: true,
        externalModules: [],
        // The SDK's default credential chain, replaced by the environment's credentials alone: the only source
        // Lambda uses (functions/aws/lambda-credentials.ts says why).
        esbuildArgs: { '--alias:@aws-sdk/credential-provider-node': './functions/aws/lambda-credentials.ts' },
        forceDockerBundling: false,
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir, outputDir) => [
            ...moveSourceMapOut(outputDir, id),
            ...(props.withDictionaries ? [...dictionaryCommands(inputDir, outputDir), ...extractorWorkerCommands(inputDir, outputDir, id)] : []),
          ],
        },
      },
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

  /** PUBLISH_QUEUE_URL, with sqs:SendMessage on that queue and nothing else (the code never asks for its URL or attributes). */
  useQueue(name: typeof ENV.publishQueueUrl, queue: IQueue): this {
    this.function.addEnvironment(name, queue.queueUrl);
    this.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queue.queueArn] }));
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

/**
 * The extraction worker's own bundle beside index.mjs (functions/dictionaries/extractor-thread.ts →
 * extractor-worker.mjs), built with the handler's esbuild options: the handler's bundle then carries no
 * extractor, and its cold start does not pay for one. Its map goes where the handler's does.
 */
function extractorWorkerCommands(inputDir: string, outputDir: string, id: string): string[] {
  const target = `${outputDir}/../${SOURCE_MAP_DIR}`;
  const esbuild = [
    `"${inputDir}/node_modules/.bin/esbuild"`,
    `"${inputDir}/functions/dictionaries/extractor-thread.ts"`,
    '--bundle --platform=node --format=esm --target=node24 --main-fields=module,main --minify --sourcemap=external',
    `--banner:js="${REQUIRE_BANNER}"`,
    `--outfile="${outputDir}/${WORKER_BUNDLE}"`,
    '--log-level=warning',
  ].join(' ');
  return [esbuild, `mkdir -p "${target}"`, `mv -f "${outputDir}/${WORKER_BUNDLE}.map" "${target}/${id}-worker.mjs.map"`];
}

/** Moves esbuild's external source map out of the asset directory into cdk.out/source-maps/<id>.mjs.map. */
function moveSourceMapOut(outputDir: string, id: string): string[] {
  const target = `${outputDir}/../${SOURCE_MAP_DIR}`;
  return [`mkdir -p "${target}"`, `mv -f "${outputDir}/index.mjs.map" "${target}/${id}.mjs.map"`];
}
