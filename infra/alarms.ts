// Things a person must look at, sent to one SNS topic (and on to an email address when one is given): dead
// letters, queues that stop moving, function errors and throttles, API 5xx, a publish close to its timeout.
// Every alarm notifies on ALARM and on OK, and its description is the runbook line: what it means, what to do.

import { CfnCondition, CfnParameter, Duration, Fn, Stack, Validations } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, type IMetric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { CfnSubscription, Topic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { MAX_RECEIVE_COUNT, QUEUE_RETENTION_DAYS } from '../functions/aws/resources.ts';

/** A work queue, its dead-letter queue, and how old its oldest message may get before someone should look. */
export interface WatchedQueue {
  queue: IQueue;
  deadLetterQueue: IQueue;
  /** Age of the oldest message that means the queue is stuck or far behind (the consumer's own retries fit in it). */
  maxAge: Duration;
}

export interface AlarmsProps {
  /** By a short name used in the alarms' names and descriptions (normalise, publish). */
  queues: Record<string, WatchedQueue>;
  /** Every project function, by name; `queueConsumer` ones retry on their own, so one error is not yet an alarm. */
  functions: Record<string, { function: IFunction; timeout: Duration; queueConsumer?: boolean }>;
  api: IHttpApi;
  /** The function (a key of `functions`) whose duration is watched against its timeout (publish: one regeneration at a time). */
  timed: string;
}

/** The stack parameter for the address that receives the alarms (also settable as `-c alarmEmail=…`). */
export const ALARM_EMAIL_PARAMETER = 'AlarmEmail';
/** A dead letter this old will be deleted by SQS in QUEUE_RETENTION_DAYS - this: redrive it before then. */
export const DEAD_LETTER_MAX_AGE = Duration.days(QUEUE_RETENTION_DAYS - 4);
/** "Near its timeout": the watched function's slowest run over this share of its timeout. */
export const NEAR_TIMEOUT = 0.8;

const FIVE_MINUTES = Duration.minutes(5);

export class Alarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);

    const email = new CfnParameter(Stack.of(this), ALARM_EMAIL_PARAMETER, {
      type: 'String',
      description: 'Email address that receives the alarms (confirm the subscription mail AWS sends). Empty: no subscription.',
      default: contextEmail(this),
      allowedPattern: '^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
      constraintDescription: 'an email address, or empty for no subscription',
    });
    const hasEmail = new CfnCondition(this, 'HasAlarmEmail', { expression: Fn.conditionNot(Fn.conditionEquals(email.valueAsString, '')) });

    this.topic = new Topic(this, 'Topic', { displayName: 'meeting-feeds alarms', enforceSSL: true });
    // CloudWatch alarms of this account only may publish (the enforceSSL policy replaces the default one).
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );
    const subscription = new CfnSubscription(this, 'Email', { topicArn: this.topic.topicArn, protocol: 'email', endpoint: email.valueAsString });
    subscription.cfnOptions.condition = hasEmail;
    Validations.of(this.topic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'Alarm notifications carry alarm names and metric values, nothing confidential; CloudWatch cannot publish to a topic under the AWS managed SNS key, and a customer key for this alone is not worth its cost.',
    });

    const action = new SnsAction(this.topic);
    const add = (alarmId: string, options: AlarmOptions) => {
      const alarm = new Alarm(this, alarmId, {
        alarmDescription: options.description,
        metric: options.metric,
        threshold: options.threshold,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: options.evaluationPeriods ?? 1,
        datapointsToAlarm: options.datapointsToAlarm ?? options.evaluationPeriods ?? 1,
        // No data means no messages, no invocations, no requests: nothing is wrong.
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
      this.alarms.push(alarm);
    };

    for (const [name, watched] of Object.entries(props.queues)) {
      add(`${name}DeadLetters`, {
        description: `Messages in the ${name} dead-letter queue: these articles or feed updates failed ${name} after every retry. Read the ${name} function's logs for their message ids, fix the cause, then redrive the dead-letter queue to its source queue (SQS console, "Start DLQ redrive").`,
        metric: watched.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES, statistic: 'Maximum' }),
        threshold: 1,
      });
      add(`${name}DeadLettersExpiring`, {
        description: `A message has been in the ${name} dead-letter queue for ${DEAD_LETTER_MAX_AGE.toDays()} days; SQS deletes it after ${QUEUE_RETENTION_DAYS}. Redrive it to its source queue once the cause is fixed, or copy it out before it is lost.`,
        metric: watched.deadLetterQueue.metricApproximateAgeOfOldestMessage({ period: Duration.hours(1), statistic: 'Maximum' }),
        threshold: DEAD_LETTER_MAX_AGE.toSeconds(),
      });
      add(`${name}QueueStuck`, {
        description: `The oldest message in the ${name} queue is over ${watched.maxAge.toMinutes()} minutes old: ${name} is failing, throttled or far behind. Check the ${name} function's errors, throttles and duration on the dashboard and in its logs; a message that keeps failing goes to the dead-letter queue after ${MAX_RECEIVE_COUNT} receives.`,
        metric: watched.queue.metricApproximateAgeOfOldestMessage({ period: FIVE_MINUTES, statistic: 'Maximum' }),
        threshold: watched.maxAge.toSeconds(),
        // Ten minutes over the limit, not one sample: a burst that is being worked off is not stuck.
        evaluationPeriods: 2,
      });
    }

    for (const [name, fn] of Object.entries(props.functions)) {
      add(`${name}Errors`, {
        description: fn.queueConsumer
          ? `The ${name} function failed in two of the last three 5-minute periods (its queue delivers each message up to ${MAX_RECEIVE_COUNT} times, then dead-letters it). Read its log group for the error and the article or meeting ids; fix, and redeploy if it is a bug.`
          : `The ${name} function failed (editors got an error or a 5xx). Read its log group for the error and the request id; fix, and redeploy if it is a bug.`,
        metric: fn.function.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' }),
        threshold: 1,
        ...(fn.queueConsumer ? { evaluationPeriods: 3, datapointsToAlarm: 2 } : {}),
      });
      add(`${name}Throttles`, {
        description: `Lambda throttled the ${name} function: the account's or the function's concurrency is exhausted (${fn.queueConsumer ? 'its queue backs up' : 'editors get 429 or 5xx'}). Look for a burst or a runaway caller in the API access logs and the dashboard; raise the account's concurrency quota if the load is real.`,
        metric: fn.function.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' }),
        threshold: 1,
      });
    }

    add('Api5xx', {
      description:
        'The editor API answered 5xx (a function error or timeout, or the authorizer failing). Find the requests in the API access log group (status 5xx), then the ingest, retract or authorize function logs for the same time.',
      metric: props.api.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' }),
      threshold: 1,
    });

    const timed = { name: props.timed, ...props.functions[props.timed]! };
    add(`${timed.name}NearTimeout`, {
      description: `A ${timed.name} run took over ${Math.round(NEAR_TIMEOUT * 100)}% of its ${timed.timeout.toSeconds()} s timeout; past it the batch fails and the FIFO queue stalls. Check the publish duration and bytes written on the dashboard (a huge month or group?) and the function's memory; raise its timeout or memory in infra/pipeline.ts if the work is legitimate.`,
      metric: timed.function.metricDuration({ period: FIVE_MINUTES, statistic: 'Maximum' }),
      threshold: Math.round(timed.timeout.toMilliseconds() * NEAR_TIMEOUT),
    });
  }
}

interface AlarmOptions {
  description: string;
  metric: IMetric;
  threshold: number;
  evaluationPeriods?: number;
  datapointsToAlarm?: number;
}

function contextEmail(scope: Construct): string {
  const value: unknown = scope.node.tryGetContext('alarmEmail');
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new Error('Context value alarmEmail must be an email address.');
  return value.trim();
}
