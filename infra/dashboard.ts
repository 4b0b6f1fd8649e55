// One CloudWatch dashboard for the whole stack, named after it: alarms, queues, functions, the editor API, and
// the application's own metrics (namespace MeetingFeeds, names in functions/aws/metric-names.ts). What each row
// shows and how to read it: docs/deploy.md, "Dashboard".

import { type Duration, Stack } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  type Alarm,
  AlarmStatusWidget,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  type MetricOptions,
  TextWidget,
} from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { APP_METRICS, METRICS_NAMESPACE } from '../functions/aws/metric-names.ts';

export interface DashboardProps {
  /** Work queues and dead-letter queues, by a label shown in the legend. */
  queues: Record<string, IQueue>;
  functions: Record<string, IFunction>;
  api: IHttpApi;
  alarms: Alarm[];
  period: Duration;
}

/**
 * Every series of one application metric, whatever dimensions the emitting code adds (Powertools adds
 * `service`): a SEARCH by namespace and name. Nothing is drawn until the code emits the metric.
 */
export function appMetric(metric: keyof typeof APP_METRICS, statistic: string, period: Duration): MathExpression {
  const { name } = APP_METRICS[metric];
  return new MathExpression({
    expression: `SEARCH('Namespace="${METRICS_NAMESPACE}" MetricName="${name}"', '${statistic}', ${period.toSeconds()})`,
    usingMetrics: {},
    label: `${name} (${statistic})`,
    period,
  });
}

export class OperationsDashboard extends Construct {
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: DashboardProps) {
    super(scope, id);
    const { period } = props;
    const queues = Object.entries(props.queues);
    const functions = Object.entries(props.functions);
    const perQueue = (make: (queue: IQueue, options: MetricOptions) => IMetric, statistic: string) =>
      queues.map(([label, queue]) => make(queue, { statistic, period, label }));
    const perFunction = (make: (fn: IFunction, options: MetricOptions) => IMetric, statistic: string) =>
      functions.map(([label, fn]) => make(fn, { statistic, period, label }));
    const graph = (title: string, left: IMetric[], width = 8) => new GraphWidget({ title, left, width, height: 6, period });

    this.dashboard = new Dashboard(this, 'Dashboard', { dashboardName: Stack.of(this).stackName });
    this.dashboard.addWidgets(
      new TextWidget({
        markdown:
          '# meeting-feeds\nAlarms, queues, functions, the editor API, then the application\'s own metrics (namespace `MeetingFeeds`). Runbook: each alarm\'s description; docs/deploy.md, "Alarms".',
        width: 24,
        height: 2,
      }),
    );
    this.dashboard.addWidgets(new AlarmStatusWidget({ title: 'Alarms', alarms: props.alarms, width: 24, height: 4 }));

    this.dashboard.addWidgets(
      graph('Queues: messages waiting', perQueue((queue, options) => queue.metricApproximateNumberOfMessagesVisible(options), 'Maximum')),
      graph('Queues: age of oldest message (s)', perQueue((queue, options) => queue.metricApproximateAgeOfOldestMessage(options), 'Maximum')),
      graph('Queues: in flight', perQueue((queue, options) => queue.metricApproximateNumberOfMessagesNotVisible(options), 'Maximum')),
    );

    this.dashboard.addWidgets(
      graph('Functions: invocations', perFunction((fn, options) => fn.metricInvocations(options), 'Sum'), 6),
      graph('Functions: errors', perFunction((fn, options) => fn.metricErrors(options), 'Sum'), 6),
      graph('Functions: throttles', perFunction((fn, options) => fn.metricThrottles(options), 'Sum'), 6),
      graph('Functions: duration, maximum (ms)', perFunction((fn, options) => fn.metricDuration(options), 'Maximum'), 6),
    );

    this.dashboard.addWidgets(
      graph('API: requests', [props.api.metricCount({ statistic: 'Sum', period, label: 'requests' })]),
      graph('API: 4xx and 5xx', [
        props.api.metricClientError({ statistic: 'Sum', period, label: '4xx' }),
        props.api.metricServerError({ statistic: 'Sum', period, label: '5xx' }),
      ]),
      graph('API: latency (ms)', [
        props.api.metricLatency({ statistic: 'p50', period, label: 'p50' }),
        props.api.metricLatency({ statistic: 'p99', period, label: 'p99' }),
        props.api.metricLatency({ statistic: 'Maximum', period, label: 'maximum' }),
      ]),
    );

    this.dashboard.addWidgets(
      graph('Articles', [
        appMetric('articlesAccepted', 'Sum', period),
        appMetric('articlesNormalised', 'Sum', period),
        appMetric('articlesNotMeeting', 'Sum', period),
        appMetric('articlesFailed', 'Sum', period),
      ]),
      graph('Publish: duration (ms)', [appMetric('publishDuration', 'Average', period), appMetric('publishDuration', 'Maximum', period)]),
      graph('Publish: output', [appMetric('bytesWritten', 'Sum', period), appMetric('feedsRewritten', 'Sum', period)]),
    );
  }
}
