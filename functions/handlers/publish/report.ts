// What publish tells operators: one JSON line per event, with metrics in CloudWatch's embedded metric
// format (EMF), so that each becomes a metric of the `MeetingFeeds` namespace without an API call.

import type { HubNotifier } from '../../aws/websub-hub.ts';

export function log(level: 'info' | 'warn' | 'error', message: string, fields: Record<string, unknown> & { metrics?: Record<string, number> }): void {
  const { metrics, ...rest } = fields;
  const emf = metrics
    ? {
        _aws: {
          Timestamp: Date.now(),
          CloudWatchMetrics: [
            {
              Namespace: 'MeetingFeeds',
              Dimensions: [['Service']],
              Metrics: Object.keys(metrics).map((Name) => ({ Name, Unit: Name.endsWith('Duration') ? 'Milliseconds' : 'Count' })),
            },
          ],
        },
        Service: 'publish',
        ...metrics,
      }
    : {};
  console.log(JSON.stringify({ level, message, ...rest, ...emf }));
}

/** A hub that is down must not fail the publish (the feeds are written): log it and go on. */
export async function notifyHub(hub: HubNotifier, urls: string[]): Promise<void> {
  try {
    await hub.notify(urls);
  } catch (error) {
    log('warn', 'WebSub hub notification failed', { error: String(error) });
  }
}
