// The one way this app defines a Lambda function: NodejsFunction bundled locally with esbuild (ESM, Node 24,
// ARM64), an explicit log group with retention, its own role with inline least-privilege statements, and
// environment variables that are only ever set together with the permission they imply.

import { join } from 'node:path';
import { type Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { CfnBucket, IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV, MEETINGS_TABLE } from '../functions/aws/resources.ts';

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
type Access = 'read' | 'readWrite';

// Exactly what the adapters in functions/aws/ call from a Lambda (meeting-store.ts, article-store.ts, site-store.ts):
// widen these when an adapter starts using another operation, or it will fail with AccessDenied on AWS only.
// Not granted, because no function calls them: BatchWriteItem (importMeetings, bulk loads and the benchmark)
// and ListObjectsV2 on the raw bucket (the local runtime's recovery on start).
const TABLE_ACTIONS: Record<Access, string[]> = {
  read: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'],
  // DeleteItem: a meeting that leaves an organisation or country loses that group's membership item.
  readWrite: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
};

// No DeleteObject anywhere: raw articles are written once, site objects are overwritten in place.
const OBJECT_ACTIONS: Record<Access, string[]> = {
  read: ['s3:GetObject'],
  readWrite: ['s3:GetObject', 's3:PutObject'],
};

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
      // Stack traces in the logs point at functions/…/*.ts through the bundled source map.
      environment: { NODE_OPTIONS: '--enable-source-maps' },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node24',
        mainFields: ['module', 'main'],
        banner: REQUIRE_BANNER,
        minify: true,
        sourceMap: true,
        sourceMapMode: SourceMapMode.DEFAULT,
        // Bundle the AWS SDK rather than rely on the runtime's copy: the code tested on Node 20 is the code deployed.
        bundleAwsSDK: true,
        externalModules: [],
        forceDockerBundling: false,
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir, outputDir) => (props.withDictionaries ? dictionaryCommands(inputDir, outputDir) : []),
        },
      },
    });
  }

  /** Plain configuration that implies no permission (for example SITE_URL). */
  setEnv(name: EnvName, value: string): this {
    this.function.addEnvironment(name, value);
    return this;
  }

  /** TABLE_NAME, with item access to the table and its byMonth index (no scans, no table management). */
  useTable(table: ITable, access: Access): this {
    this.function.addEnvironment(ENV.tableName, table.tableName);
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: TABLE_ACTIONS[access],
        resources: [table.tableArn, `${table.tableArn}/index/${MEETINGS_TABLE.byMonthIndex.name}`],
      }),
    );
    return this;
  }

  /**
   * A bucket name variable, with object access under `prefix` (the whole bucket when absent) and ListBucket,
   * so that a missing key reads as 404 rather than 403.
   */
  useBucket(name: typeof ENV.rawBucket | typeof ENV.siteBucket, bucket: IBucket, access: Access, prefix = ''): this {
    this.function.addEnvironment(name, bucket.bucketName);
    this.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: OBJECT_ACTIONS[access], resources: [bucket.arnForObjects(`${prefix}*`)] }),
    );
    this.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));
    const logicalId = Stack.of(this).resolve((bucket.node.defaultChild as CfnBucket).logicalId) as string;
    Validations.of(this).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/${prefix}*]`,
      reason: prefix
        ? `Object keys under ${prefix} are content hashes chosen at run time; the grant is limited to that prefix.`
        : 'The publisher owns every object of the site bucket (feeds/, meetings/, index.html); keys are chosen at run time.',
    });
    return this;
  }

  /** PUBLISH_QUEUE_URL, with permission to send to that queue only. */
  useQueue(name: typeof ENV.publishQueueUrl, queue: IQueue): this {
    this.function.addEnvironment(name, queue.queueUrl);
    queue.grantSendMessages(this.role);
    return this;
  }
}
