// What handlers tell operators: structured log lines and the application's metrics (functions/aws/metric-names.ts).
// A port: the Lambda entries and the local runtime pass the Powertools adapter (functions/aws/telemetry.ts); a
// handler given none prints the same JSON fields with console.log and emits no metrics. No SDK, no Powertools here.
// Correlation: every line about an article or a meeting carries `articleId` / `meetingId` in its fields. They are
// passed per line, not set on the logger, because the local runtime runs many invocations at once in one process.

import type { APP_METRICS } from '../aws/metric-names.ts';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type AppMetric = keyof typeof APP_METRICS;

export interface Telemetry {
  log(level: LogLevel, message: string, fields?: Record<string, unknown>): void;
  /** Adds `value` (in the metric's unit: APP_METRICS) to the invocation's metrics, published when it ends. */
  metric(name: AppMetric, value: number): void;
}

/** Without an adapter: one JSON line per call on stdout, as before Powertools; no metrics. */
export const consoleTelemetry: Telemetry = {
  log: (level, message, fields) => console.log(JSON.stringify({ level, message, ...fields })),
  metric: () => {},
};
