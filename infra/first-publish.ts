// The first publish of a new stack: once, when the stack is created (and when this resource first appears in an
// existing one), a "publish everything" signal is put on the publish queue, so the site has its feeds, calendar,
// feed index and home page before any article arrives: nothing the site advertises answers 404. The publish
// function does the work, one run at a time as always (the FIFO queue); the local runtime sends the same signal
// when it starts on a site that was never published (functions/local/local-runtime.ts).

import { RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId } from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { PUBLISH_MESSAGE_GROUP } from '../functions/aws/publish-signal.ts';

export class FirstPublish extends Construct {
  constructor(scope: Construct, id: string, props: { publishQueue: IQueue }) {
    super(scope, id);
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    const logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
    logGroup.grantWrite(role);
    const signal = {
      service: 'SQS',
      action: 'sendMessage',
      parameters: {
        QueueUrl: props.publishQueue.queueUrl,
        // The body publish reads (functions/aws/publish-signal.ts): no meeting changed, write what is missing.
        MessageBody: JSON.stringify({ meetingIds: [] }),
        MessageGroupId: PUBLISH_MESSAGE_GROUP,
        MessageDeduplicationId: 'first-publish',
      },
      physicalResourceId: PhysicalResourceId.of('first-publish'),
    };
    const resource = new AwsCustomResource(this, 'Signal', {
      onCreate: signal,
      role,
      logGroup,
      installLatestAwsSdk: false,
      policy: AwsCustomResourcePolicy.fromStatements([new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [props.publishQueue.queueArn] })]),
    });
    const reason = "CDK's AwsCustomResource handler, run once at deploy time to send the first publish signal";
    const provider = Stack.of(this).node.children.find((child) => child.node.id.startsWith('AWS679f53fac002430cb0da5b7982bd2287'));
    if (provider) Validations.of(provider).acknowledge({ id: 'AwsSolutions-L1', reason: `${reason}: aws-cdk-lib chooses its Node.js runtime, and moves it with its releases.` });
    Validations.of(role).acknowledge({ id: 'AwsSolutions-IAM5[Resource::*]', reason: `${reason}: the log group grant as aws-cdk-lib writes it.` });
    resource.node.addDependency(props.publishQueue);
  }
}
