// Lambda entry: publish, fed by the FIFO queue (one message group, so one publisher at a time).

import { readConfig, required } from '../aws/config.ts';
import { createDocumentClient, MeetingStore } from '../aws/meeting-store.ts';
import { createMetrics } from '../aws/metrics.ts';
import { ENV } from '../aws/resources.ts';
import { createS3Client } from '../aws/s3-client.ts';
import { SiteStore } from '../aws/site-store.ts';
import { createLogger, lambdaHandler, powertoolsTelemetry } from '../aws/telemetry.ts';
import { captureWith, createTracer } from '../aws/tracing.ts';
import { WebSubHub } from '../aws/websub-hub.ts';
import { createPublishHandler } from '../handlers/publish.ts';

const config = readConfig();
const powertools = { logger: createLogger(), metrics: createMetrics(), tracer: createTracer() };
const capture = captureWith(powertools.tracer);
export const handler = lambdaHandler(
  powertools,
  createPublishHandler({
    meetings: new MeetingStore(createDocumentClient(config.dynamodbEndpoint, capture), config.tableName),
    site: new SiteStore(createS3Client(config.s3Endpoint, capture), required(config.siteBucket, ENV.siteBucket)),
    feedSite: { siteUrl: required(config.siteUrl, ENV.siteUrl), hubUrl: config.websubHubUrl },
    hub: config.websubHubUrl ? new WebSubHub(config.websubHubUrl) : undefined,
    telemetry: powertoolsTelemetry(powertools),
  }),
);
