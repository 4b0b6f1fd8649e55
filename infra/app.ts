// CDK entry point (`npx cdk synth|deploy`, see cdk.json): one environment-agnostic stack, checked by cdk-nag.

import { App } from 'aws-cdk-lib';
import { MeetingFeedsStack } from './meeting-feeds-stack.ts';
import { addNagChecks } from './nag.ts';

const app = new App();
new MeetingFeedsStack(app, 'MeetingFeeds', {
  description: 'meeting-feeds: articles about meetings in, Atom and JSON feeds out',
});
addNagChecks(app);
app.synth();
