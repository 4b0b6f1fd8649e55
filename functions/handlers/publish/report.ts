// What publish tells operators: one JSON line per event, with metrics in CloudWatch's embedded metric
// format (EMF) under the names the stack's dashboard reads (functions/aws/metric-names.ts), so each
// becomes a metric of the `MeetingFeeds` namespace without an API call.

import { APP_METRICS, METRICS_NAMESPACE } from '../../aws/metric-names.ts';
import type { HubNotifier } from '../../aws/websub-hub.ts';

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

/** A hub that is down must not fail the publish (the feeds are written): log it and go on. */
export async function notifyHub(hub: HubNotifier, urls: string[]): Promise<void> {
  try {
    await hub.notify(urls);
  } catch (error) {
    log('warn', 'WebSub hub notification failed', { error: String(error) });
  }
}
