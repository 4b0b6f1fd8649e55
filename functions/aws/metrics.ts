// Powertools Metrics for the functions that emit the application's metrics (ingest, normalise, publish): EMF lines
// on stdout, which CloudWatch Logs turns into metrics in the MeetingFeeds namespace (names: metric-names.ts).

import { Metrics } from '@aws-lambda-powertools/metrics';
import { METRICS_NAMESPACE } from './metric-names.ts';
import { SERVICE_NAME } from './telemetry.ts';

export function createMetrics(): Metrics {
  return new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME });
}
