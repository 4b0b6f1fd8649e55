// What publish tells operators: one JSON line per event, with metrics in CloudWatch's embedded metric
// format (EMF) under the names the stack's dashboard reads (functions/aws/metric-names.ts), so each
// becomes a metric of the `MeetingFeeds` namespace without an API call. Given a Telemetry (the Lambda entry and
// the local runtime pass Powertools: functions/aws/telemetry.ts), the lines and metrics go through it instead.

import { APP_METRICS, METRICS_NAMESPACE } from '../../aws/metric-names.ts';
import type { HubNotifier } from '../../core/publish/ports.ts';
import type { Telemetry } from '../telemetry.ts';

export type PublishMetrics = Partial<Record<keyof typeof APP_METRICS, number>>;

export function log(level: 'info' | 'warn' | 'error', message: string, fields: Record<string, unknown>, metrics: PublishMetrics = {}): void {
  const entries = Object.entries(metrics) as [keyof typeof APP_METRICS, number][];
  const emf =
    entries.length > 0
      ? {
          _aws: {
            Timestamp: Date.now(),
            CloudWatchMetrics: [
              {
                Namespace: METRICS_NAMESPACE,
                Dimensions: [['service']],
                Metrics: entries.map(([metric]) => ({ Name: APP_METRICS[metric].name, Unit: APP_METRICS[metric].unit })),
              },
            ],
          },
          service: 'publish',
          ...Object.fromEntries(entries.map(([metric, value]) => [APP_METRICS[metric].name, value])),
        }
      : {};
  console.log(JSON.stringify({ level, message, ...fields, ...emf }));
}

export type PublishLog = typeof log;

/** A hub that is down must not fail the publish (the feeds are written): log it and go on. */
export async function notifyHub(hub: HubNotifier, urls: string[], report: PublishLog = log): Promise<void> {
  try {
    await hub.notify(urls);
  } catch (error) {
    report('warn', 'WebSub hub notification failed', { error: String(error) });
  }
}

/** `log` and `notifyHub` through `telemetry` (its log line, its metrics); without one, the JSON and EMF lines above. */
export function publishReport(telemetry?: Telemetry): { log: PublishLog; notifyHub: typeof notifyHub } {
  if (!telemetry) return { log, notifyHub };
  const report: PublishLog = (level, message, fields, metrics = {}) => {
    for (const [name, value] of Object.entries(metrics) as [keyof typeof APP_METRICS, number][]) telemetry.metric(name, value);
    telemetry.log(level, message, fields);
  };
  return { log: report, notifyHub: (hub, urls) => notifyHub(hub, urls, report) };
}
