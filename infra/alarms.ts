// Something a person must look at: a message in a dead-letter queue is a change that was not published.

import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface AlarmsProps {
  /** Dead-letter queues by a short name used in the alarm's description. */
  deadLetterQueues: Record<string, IQueue>;
}

export class Alarms extends Construct {
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);

    for (const [name, queue] of Object.entries(props.deadLetterQueues)) {
      this.alarms.push(
        new Alarm(this, `${name}DeadLetters`, {
          alarmDescription: `Messages in the ${name} dead-letter queue: these articles or feed updates failed ${name} after every retry. Inspect them, fix the cause, then redrive.`,
          metric: queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
          threshold: 1,
          comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          evaluationPeriods: 1,
          treatMissingData: TreatMissingData.NOT_BREACHING,
        }),
      );
    }
  }
}
