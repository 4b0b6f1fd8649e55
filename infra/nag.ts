// cdk-nag's AWS Solutions rules, run by CDK's policy validation during synthesis (cdk-nag 3.x): a finding that
// is neither fixed nor acknowledged next to its resource (`Validations.of(x).acknowledge`) fails `cdk synth`.

import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';

export function addNagChecks(app: App): void {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
}
