// Alarms that reach someone, and the dashboard: checked on the synthesised template.

import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { APP_METRICS, METRICS_NAMESPACE } from '../../functions/aws/metric-names.ts';
import { QUEUE_RETENTION_DAYS } from '../../functions/aws/resources.ts';
import { ALARM_EMAIL_PARAMETER, NEAR_TIMEOUT } from '../../infra/alarms.ts';
import { synthesise } from './synthesise.ts';

const synth = synthesise();
const { stack, json, logicalId, resourcesOf } = synth;
const alarms = resourcesOf('AWS::CloudWatch::Alarm').map(([, alarm]) => alarm.Properties);
const topicRef = { Ref: logicalId(stack.alarms.topic) };

const functions = {
  authorize: stack.ingest.authorize,
  ingest: stack.ingest.ingest,
  retract: stack.ingest.retract,
  normalise: stack.pipeline.normalise,
  publish: stack.pipeline.publish,
};
const queues = {
  normalise: stack.pipeline.normaliseQueue,
  normaliseDeadLetters: stack.pipeline.normaliseDeadLetterQueue,
  publish: stack.pipeline.publishQueue,
  publishDeadLetters: stack.pipeline.publishDeadLetterQueue,
};
const deadLetterQueues = [queues.normaliseDeadLetters, queues.publishDeadLetters];

const onQueue = (metric: string, queue: (typeof queues)[keyof typeof queues]) =>
  alarms.filter(
    (alarm) =>
      alarm.MetricName === metric &&
      JSON.stringify(alarm.Dimensions) === JSON.stringify([{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId(queue), 'QueueName'] } }]),
  );
const onFunction = (metric: string, fn: (typeof functions)[keyof typeof functions]) =>
  alarms.filter(
    (alarm) =>
      alarm.Namespace === 'AWS/Lambda' &&
      alarm.MetricName === metric &&
      JSON.stringify(alarm.Dimensions) === JSON.stringify([{ Name: 'FunctionName', Value: { Ref: logicalId(fn.function) } }]),
  );

describe('alarms', () => {
  it('sends every alarm to the alarm topic, on ALARM and on OK, with a runbook description', () => {
    expect(alarms.length).toBeGreaterThan(0);
    for (const alarm of alarms) {
      expect(alarm.AlarmActions).toEqual([topicRef]);
      expect(alarm.OKActions).toEqual([topicRef]);
      expect(alarm.AlarmDescription.length).toBeGreaterThan(80);
      // No data is no traffic, never a reason to page someone.
      expect(alarm.TreatMissingData).toBe('notBreaching');
      expect(alarm.Period).toBeGreaterThanOrEqual(300);
      expect(alarm.DatapointsToAlarm).toBeLessThanOrEqual(alarm.EvaluationPeriods);
    }
    expect(stack.alarms.alarms).toHaveLength(alarms.length);
  });

  it('alarms on the first message in each dead-letter queue, and before SQS deletes one', () => {
    for (const dlq of deadLetterQueues) {
      expect(onQueue('ApproximateNumberOfMessagesVisible', dlq)).toEqual([
        expect.objectContaining({ Threshold: 1, Statistic: 'Maximum', ComparisonOperator: 'GreaterThanOrEqualToThreshold' }),
      ]);
      const [expiring] = onQueue('ApproximateAgeOfOldestMessage', dlq);
      expect(expiring?.Threshold).toBeLessThan(QUEUE_RETENTION_DAYS * 24 * 3600);
      expect(expiring?.AlarmDescription).toMatch(/redrive/i);
    }
  });

  it('alarms on the age of the oldest message in every queue, longer than the retries a poison message takes', () => {
    for (const [name, queue] of Object.entries(queues)) {
      const [age] = onQueue('ApproximateAgeOfOldestMessage', queue);
      expect(age, name).toBeDefined();
    }
    for (const [queue, fn] of [
      [queues.normalise, functions.normalise],
      [queues.publish, functions.publish],
    ] as const) {
      const visibility = json.Resources[logicalId(queue)]?.Properties.VisibilityTimeout as number;
      const [age] = onQueue('ApproximateAgeOfOldestMessage', queue);
      // Three receives of the visibility timeout: how long a failing message may legitimately sit at the head.
      expect(age?.Threshold).toBeGreaterThan(3 * visibility);
      expect(age?.EvaluationPeriods).toBeGreaterThanOrEqual(2);
      expect(fn).toBeDefined();
    }
  });

  it('alarms on the errors and throttles of every project function', () => {
    for (const [name, fn] of Object.entries(functions)) {
      expect(onFunction('Errors', fn), name).toHaveLength(1);
      expect(onFunction('Throttles', fn), name).toHaveLength(1);
      expect(onFunction('Throttles', fn)[0]).toMatchObject({ Threshold: 1, Statistic: 'Sum' });
    }
    // Queue consumers retry on their own: one failed try is not yet an alarm, a second within 15 minutes is.
    for (const fn of [functions.normalise, functions.publish]) {
      expect(onFunction('Errors', fn)[0]).toMatchObject({ Threshold: 1, EvaluationPeriods: 3, DatapointsToAlarm: 2 });
    }
    // Behind the API an error is an editor's failed request.
    for (const fn of [functions.authorize, functions.ingest, functions.retract]) {
      expect(onFunction('Errors', fn)[0]).toMatchObject({ Threshold: 1, EvaluationPeriods: 1 });
    }
  });

  it('alarms on any 5xx from the editor API', () => {
    expect(
      alarms.filter(
        (alarm) =>
          alarm.Namespace === 'AWS/ApiGateway' &&
          alarm.MetricName === '5xx' &&
          JSON.stringify(alarm.Dimensions) === JSON.stringify([{ Name: 'ApiId', Value: { Ref: logicalId(stack.ingest.api) } }]),
      ),
    ).toEqual([expect.objectContaining({ Threshold: 1, Statistic: 'Sum' })]);
  });

  it('alarms when a publish run gets near its timeout', () => {
    const timeout = json.Resources[logicalId(functions.publish.function)]?.Properties.Timeout as number;
    expect(onFunction('Duration', functions.publish)).toEqual([
      expect.objectContaining({ Statistic: 'Maximum', Threshold: timeout * 1000 * NEAR_TIMEOUT }),
    ]);
    expect(NEAR_TIMEOUT).toBeLessThan(1);
  });

  it('lets only this account\'s CloudWatch publish to the topic, over TLS', () => {
    const [[, policy] = []] = resourcesOf('AWS::SNS::TopicPolicy');
    const statements = policy?.Properties.PolicyDocument.Statement as Record<string, unknown>[];
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: 'Allow',
        Principal: { Service: 'cloudwatch.amazonaws.com' },
        Action: 'sns:Publish',
        Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
      }),
    );
    expect(statements).toContainEqual(expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
  });
});

describe('the alarm email', () => {
  const subscriptions = (s: typeof synth) => s.resourcesOf('AWS::SNS::Subscription').map(([, resource]) => resource);

  it('is a stack parameter, empty by default, and subscribes only when given', () => {
    expect(json.Parameters?.[ALARM_EMAIL_PARAMETER]).toMatchObject({ Type: 'String', Default: '' });
    const [subscription] = subscriptions(synth);
    expect(subscriptions(synth)).toHaveLength(1);
    expect(subscription?.Properties).toEqual({ Protocol: 'email', Endpoint: { Ref: ALARM_EMAIL_PARAMETER }, TopicArn: topicRef });
    const condition = subscription?.Condition as string;
    expect(json.Conditions?.[condition]).toEqual({ 'Fn::Not': [{ 'Fn::Equals': [{ Ref: ALARM_EMAIL_PARAMETER }, ''] }] });
  });

  it('takes its default from -c alarmEmail', () => {
    const withEmail = synthesise({ alarmEmail: 'ops@example.org' });
    expect(withEmail.json.Parameters?.[ALARM_EMAIL_PARAMETER]).toMatchObject({ Default: 'ops@example.org' });
  });

  it('refuses what is not an email address at deploy time', () => {
    const pattern = new RegExp(json.Parameters?.[ALARM_EMAIL_PARAMETER].AllowedPattern);
    for (const ok of ['', 'ops@example.org', 'a.b+alarms@sub.example.co.uk']) expect(pattern.test(ok), ok).toBe(true);
    for (const bad of ['ops', 'ops@', '@example.org', 'ops@example', 'a b@example.org']) expect(pattern.test(bad), bad).toBe(false);
  });
});

describe('dashboard', () => {
  const dashboards = resourcesOf('AWS::CloudWatch::Dashboard');
  const body = JSON.stringify(dashboards[0]?.[1].Properties.DashboardBody);

  it('is one dashboard named after the stack', () => {
    expect(dashboards).toHaveLength(1);
    expect(dashboards[0]?.[1].Properties.DashboardName).toBe('MeetingFeeds');
  });

  it('shows every queue, every function, and the API', () => {
    for (const metric of ['ApproximateNumberOfMessagesVisible', 'ApproximateAgeOfOldestMessage']) expect(body).toContain(metric);
    for (const queue of Object.values(queues)) expect(body).toContain(logicalId(queue));
    for (const metric of ['Invocations', 'Errors', 'Throttles', 'Duration']) expect(body).toContain(`\\"${metric}\\"`);
    for (const fn of Object.values(functions)) expect(body).toContain(logicalId(fn.function));
    for (const metric of ['Count', '4xx', '5xx', 'Latency']) expect(body).toContain(`\\"${metric}\\"`);
    expect(body).toContain(logicalId(stack.ingest.api));
  });

  it('shows every application metric of the MeetingFeeds namespace, whatever its dimensions', () => {
    expect(METRICS_NAMESPACE).toBe('MeetingFeeds');
    for (const { name } of Object.values(APP_METRICS)) {
      expect(body).toContain(`SEARCH('Namespace=\\\\\\"MeetingFeeds\\\\\\" MetricName=\\\\\\"${name}\\\\\\"'`);
    }
  });

  it('shows the state of every alarm', () => {
    for (const alarm of stack.alarms.alarms) expect(body).toContain(logicalId(alarm));
  });
});

it('leaves no cdk-nag finding with the alarm email set', () => {
  const withEmail = synthesise({ alarmEmail: 'ops@example.org' });
  expect(new AwsSolutionsChecks().validateScope(withEmail.stack).violations.map((violation) => violation.ruleName)).toEqual([]);
});
