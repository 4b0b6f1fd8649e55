// Powertools Tracer for the functions that carry it (ingest, normalise, publish): active tracing gives each
// invocation a segment; this adds a subsegment per handler call (functions/aws/telemetry.ts) and one per AWS SDK
// call, by capturing the clients as the entry builds them. Outside Lambda (tests, the local runtime, the bundle
// test) Powertools turns tracing off and captureAWSv3Client returns the client unchanged.

import { Tracer } from '@aws-lambda-powertools/tracer';
import { SERVICE_NAME } from './telemetry.ts';

/** Hands an SDK client to the tracer before it is used; the store factories take it as an optional argument. */
export type CaptureClient = <C>(client: C) => C;

export function createTracer(): Tracer {
  return new Tracer({ serviceName: SERVICE_NAME });
}

export function captureWith(tracer: Tracer): CaptureClient {
  return (client) => tracer.captureAWSv3Client(client);
}
