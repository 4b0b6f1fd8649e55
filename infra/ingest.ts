// The editors' entry point: an HTTP API whose every route goes through the token authorizer, in front of the
// ingest function that stores the raw article (and answers dry runs and status queries).

import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { CorsHttpMethod, HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaAuthorizer, HttpLambdaResponseType } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { AUTHORIZER_CACHE_SECONDS, ENV, KEY_PREFIX, leadingKeysWith, RAW_ARTICLE_PREFIX } from '../functions/aws/resources.ts';
import { MEETING_SAVER_KEYS } from './pipeline.ts';
import { PipelineFunction, type QueueAction } from './pipeline-function.ts';

export interface IngestProps {
  table: ITable;
  rawBucket: IBucket;
  /** Retractions signal publish directly. */
  publishQueue: IQueue;
  /** The operators' routes: rebuilds send articles to normalise; redrives empty the dead-letter queues. */
  normaliseQueue: IQueue;
  normaliseDeadLetterQueue: IQueue;
  publishDeadLetterQueue: IQueue;
  /** The site's URL (`https://` and its domain): the editors' page there calls the API from the browser. */
  siteUrl: string;
}

export class Ingest extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly authorize: PipelineFunction;
  readonly ingest: PipelineFunction;
  readonly retract: PipelineFunction;
  readonly operations: PipelineFunction;

  constructor(scope: Construct, id: string, props: IngestProps) {
    super(scope, id);

    // Each function's rights are the SDK commands its code sends, listed here and checked against the code by
    // tests/infra/least-privilege.test.ts. Editor tokens are stored hashed in the table: the authorizer reads
    // editor items and nothing else (LeadingKeys), and no other function may read them. Nothing deployed writes
    // them: `meetings editors` does, with an operator's credentials.
    this.authorize = new PipelineFunction(this, 'Authorize', {
      entry: 'functions/lambda/authorize.ts',
      description: 'meeting-feeds authorize: checks the editor bearer token',
      timeout: Duration.seconds(5),
      memorySize: 256,
    }).useTable(props.table, { actions: ['dynamodb:GetItem'], leadingKeys: [leadingKeysWith(KEY_PREFIX.editor)] });

    // Below API Gateway's 30 s integration limit; a cold start loads the dictionaries for dry runs.
    this.ingest = new PipelineFunction(this, 'Ingest', {
      entry: 'functions/lambda/ingest.ts',
      description: 'meeting-feeds ingest: stores submitted articles, answers dry runs and status',
      timeout: Duration.seconds(25),
      memorySize: 1024,
      withDictionaries: true,
    })
      // HeadObject (is it stored?) and a conditional PutObject; GetItem for article states and meetings; the editor's
      // list: PutItem of its entry when an article is stored, Query of it and BatchGetItem of states and meetings.
      .useBucket(ENV.rawBucket, props.rawBucket, ['s3:GetObject', 's3:PutObject'], RAW_ARTICLE_PREFIX)
      .useTable(props.table, {
        actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'],
        leadingKeys: [leadingKeysWith(KEY_PREFIX.article), leadingKeysWith(KEY_PREFIX.meeting), leadingKeysWith(KEY_PREFIX.editorArticles)],
      })
      // Its one write, in a statement of its own: it may put list entries and no meeting or article state.
      .useTable(props.table, { actions: ['dynamodb:PutItem'], leadingKeys: [leadingKeysWith(KEY_PREFIX.editorArticles)] });

    // Retractions and corrections are the only API writes to meetings, so they get their own function (the
    // meetings API: DELETE, PATCH and GET /meetings/{id}); ingest writes only the editors' lists of their articles.
    this.retract = new PipelineFunction(this, 'Retract', {
      entry: 'functions/lambda/retract.ts',
      description: 'meeting-feeds meetings API: retracts, corrects and shows a meeting, and signals publish',
      timeout: Duration.seconds(10),
      memorySize: 256,
    })
      // getMeeting, then saveMeeting: the months registry (UpdateItem), membership items and the record
      // (PutItem), memberships the meeting left (DeleteItem).
      .useTable(props.table, {
        actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
        leadingKeys: MEETING_SAVER_KEYS,
      })
      .useQueue(ENV.publishQueueUrl, props.publishQueue);

    // The operators' routes (admin tokens): a rebuild lists the stored articles and sends them to normalise; a redrive
    // moves dead letters back to their queues; both report the queues' depths. No table, no object reads.
    const queueDepth: QueueAction = 'sqs:GetQueueAttributes';
    this.operations = new PipelineFunction(this, 'Operations', {
      entry: 'functions/lambda/operations.ts',
      description: 'meeting-feeds operations: rebuild (re-normalise stored articles), redrive dead letters, queue depths',
      timeout: Duration.seconds(25),
      memorySize: 256,
    })
      .listBucket(ENV.rawBucket, props.rawBucket, RAW_ARTICLE_PREFIX)
      .useQueue(ENV.normaliseQueueUrl, props.normaliseQueue, ['sqs:SendMessage', queueDepth])
      .useQueue(ENV.publishQueueUrl, props.publishQueue, ['sqs:SendMessage', queueDepth])
      .useQueue(ENV.normaliseDeadLetterQueueUrl, props.normaliseDeadLetterQueue, ['sqs:ReceiveMessage', 'sqs:DeleteMessage', queueDepth])
      .useQueue(ENV.publishDeadLetterQueueUrl, props.publishDeadLetterQueue, ['sqs:ReceiveMessage', 'sqs:DeleteMessage', queueDepth]);

    const authorizer = new HttpLambdaAuthorizer('EditorToken', this.authorize.function, {
      responseTypes: [HttpLambdaResponseType.SIMPLE],
      identitySource: ['$request.header.Authorization'],
      // A revoked token is refused once its cached answer expires (docs/deploy.md, "Editors and tokens").
      resultsCacheTtl: Duration.seconds(AUTHORIZER_CACHE_SECONDS),
    });

    this.api = new HttpApi(this, 'Api', {
      description: 'meeting-feeds editor API',
      // Every route needs a valid editor token: there are no anonymous writes (or reads) on this API.
      defaultAuthorizer: authorizer,
      createDefaultStage: false,
      // The editors' page (/editor/ on the site) calls the API from the browser, so the site's origin, and only it,
      // may read the answers. API Gateway answers the preflight itself, before the authorizer.
      corsPreflight: {
        allowOrigins: [props.siteUrl],
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.PATCH, CorsHttpMethod.DELETE],
        allowHeaders: ['authorization', 'content-type', 'if-match'],
        exposeHeaders: ['etag'],
        maxAge: Duration.hours(1),
      },
    });

    const accessLogs = new LogGroup(this, 'ApiAccessLogs', {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs) },
      // A handful of editors: generous for them, a ceiling for a leaked token.
      throttle: { rateLimit: 20, burstLimit: 40 },
    });

    const integration = new HttpLambdaIntegration('IngestIntegration', this.ingest.function);
    this.api.addRoutes({ path: '/articles', methods: [HttpMethod.POST], integration });
    this.api.addRoutes({ path: '/articles', methods: [HttpMethod.GET], integration });
    this.api.addRoutes({ path: '/articles/{articleId}', methods: [HttpMethod.GET], integration });
    this.api.addRoutes({
      path: '/meetings/{meetingId}',
      methods: [HttpMethod.GET, HttpMethod.PATCH, HttpMethod.DELETE],
      integration: new HttpLambdaIntegration('RetractIntegration', this.retract.function),
    });
    const operations = new HttpLambdaIntegration('OperationsIntegration', this.operations.function);
    this.api.addRoutes({ path: '/admin/rebuild', methods: [HttpMethod.POST], integration: operations });
    this.api.addRoutes({ path: '/admin/redrive', methods: [HttpMethod.POST], integration: operations });
    this.api.addRoutes({ path: '/admin/queues', methods: [HttpMethod.GET], integration: operations });
  }
}
