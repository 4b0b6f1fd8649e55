// The stack as `cdk synth` builds it (same feature flags from cdk.json), minus the esbuild bundling, with extra
// context (`-c key=value`) and optionally a concrete environment.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, type CfnElement, type Environment } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { MeetingFeedsStack } from '../../infra/meeting-feeds-stack.ts';
import { PROJECT_ROOT } from '../../infra/pipeline-function.ts';

export interface Resource {
  Type: string;
  // biome-ignore lint/suspicious/noExplicitAny: CloudFormation properties, read by shape in each assertion.
  Properties: Record<string, any>;
  DependsOn?: string[];
  Condition?: string;
}

export interface Synthesised {
  stack: MeetingFeedsStack;
  template: Template;
  // biome-ignore lint/suspicious/noExplicitAny: the whole template, read by shape.
  json: { Resources: Record<string, Resource>; Parameters?: Record<string, any>; Conditions?: Record<string, any>; Rules?: Record<string, any>; Outputs?: Record<string, any> };
  logicalId: (construct: IConstruct) => string;
  resourcesOf: (type: string) => [string, Resource][];
}

export function synthesise(context: Record<string, unknown> = {}, env?: Environment): Synthesised {
  const cdkJson = JSON.parse(readFileSync(join(PROJECT_ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };
  const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [], ...context } });
  const stack = new MeetingFeedsStack(app, 'MeetingFeeds', env ? { env } : undefined);
  const template = Template.fromStack(stack);
  const json = template.toJSON() as Synthesised['json'];
  return {
    stack,
    template,
    json,
    logicalId: (construct) => stack.resolve((construct.node.defaultChild as CfnElement).logicalId) as string,
    resourcesOf: (type) => Object.entries(json.Resources).filter(([, resource]) => resource.Type === type),
  };
}
