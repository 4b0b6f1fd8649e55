// The Telemetry port (functions/handlers/telemetry.ts) over Powertools for AWS Lambda: Logger (JSON lines with
// the request id and cold start from the Lambda context; level from LOG_LEVEL), Metrics (EMF, namespace
// MeetingFeeds, published once at the end of each invocation) and, where a function has it, Tracer (a subsegment
// per invocation; the SDK clients are captured by the entry: functions/aws/tracing.ts).
// Metrics and Tracer are passed in, never imported here, so the lean bundles (authorize, retract) can carry the
// Logger alone: esbuild bundles what an entry imports.

import { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import type { Context } from 'aws-lambda';
import type { LogLevel as PowertoolsLogLevel } from '@aws-lambda-powertools/logger/types';
import type { Telemetry } from '../handlers/telemetry.ts';
import { APP_METRICS } from './metric-names.ts';
import { ENV } from './resources.ts';

/** Powertools' `service` key and the metrics' `service` dimension. */
export const SERVICE_NAME = 'meeting-feeds';

export interface Powertools {
  logger: Logger;
  /** Absent: metrics are not emitted (the authorizer has none; the local runtime by default). */
  metrics?: Metrics;
  /** Absent: no subsegment per invocation (the function's segment still comes from active tracing). */
  tracer?: Tracer;
}

/**
 * The log level is `LOG_LEVEL` (debug, info, warn, error; any case), else Powertools' own `POWERTOOLS_LOG_LEVEL`,
 * else INFO. Lambda's advanced logging controls (`AWS_LAMBDA_LOG_LEVEL`) win over both, as Powertools decides.
 */
export function createLogger(env: NodeJS.ProcessEnv = process.env): Logger {
  const level = (env[ENV.logLevel] || env.POWERTOOLS_LOG_LEVEL || 'INFO').toUpperCase() as PowertoolsLogLevel;
  return new Logger({ serviceName: SERVICE_NAME, logLevel: level });
}

export function powertoolsTelemetry(parts: Powertools): Telemetry {
  return {
    log: (level, message, fields) => parts.logger[level](message, fields ?? {}),
    metric: (name, value) => {
      const { name: metricName, unit } = APP_METRICS[name];
      parts.metrics?.addMetric(metricName, unit, value);
    },
  };
}

/**
 * The Lambda handler around a handler of events: adds the invocation's context to the log lines (request id,
 * cold start), opens a trace subsegment, logs an uncaught error with them, and publishes the invocation's
 * metrics (one EMF line) however it ends.
 */
export function lambdaHandler<E, R>(parts: Powertools, handle: (event: E) => Promise<R>): (event: E, context: Context) => Promise<R> {
  return async (event, context) => {
    parts.logger.addContext(context);
    const tracer = parts.tracer?.isTracingEnabled() ? parts.tracer : undefined;
    const segment = tracer?.getSegment();
    const subsegment = segment?.addNewSubsegment(`## ${process.env._HANDLER ?? 'handler'}`);
    if (tracer && subsegment) {
      tracer.setSegment(subsegment);
      tracer.annotateColdStart();
      tracer.addServiceNameAnnotation();
    }
    try {
      return await handle(event);
    } catch (error) {
      parts.logger.error('Invocation failed', error as Error);
      if (tracer && subsegment) tracer.addErrorAsMetadata(error as Error);
      throw error;
    } finally {
      if (tracer && segment && subsegment) {
        subsegment.close();
        tracer.setSegment(segment);
      }
      // Only when there is something: Powertools warns on every empty publish.
      if (parts.metrics?.hasStoredMetrics()) parts.metrics.publishStoredMetrics();
    }
  };
}
