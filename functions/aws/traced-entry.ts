// What the entries of the busy functions (ingest, normalise, publish) start with: their configuration, Powertools
// (Logger, Metrics, Tracer), the tracer's capture of SDK clients, and a DynamoDB document client through it. The
// rare, small calls (authorize, retract, operations) use the Logger alone, to keep their cold start lean.

import { readConfig } from './config.ts';
import { createDocumentClient } from './dynamodb/document-client.ts';
import { createMetrics } from './metrics.ts';
import { createLogger } from './telemetry.ts';
import { captureWith, createTracer } from './tracing.ts';

export function tracedEntry() {
  const config = readConfig();
  const powertools = { logger: createLogger(), metrics: createMetrics(), tracer: createTracer() };
  const capture = captureWith(powertools.tracer);
  return { config, powertools, capture, db: createDocumentClient(config.dynamodbEndpoint, capture) };
}
