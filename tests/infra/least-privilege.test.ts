// Least privilege, checked on the synthesised template against the code: for each function, the actions its
// role allows must be exactly the SDK commands its code sends (derived by tests/infra/sdk-usage.ts from the
// Lambda entry, the handler and the adapters), on the resources that function was configured with, plus
// writing its own log group, sending its traces to X-Ray and, for a queue consumer, what Lambda's poller does
// with its role.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, type CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { afterAll, describe, expect, it } from 'vitest';
import { ENV, KEY_PREFIX, PARTITION } from '../../functions/aws/resources.ts';
import { MeetingFeedsStack } from '../../infra/meeting-feeds-stack.ts';
import { EVENT_SOURCE_QUEUE_ACTIONS, type PipelineFunction, PROJECT_ROOT, XRAY_ACTIONS } from '../../infra/pipeline-function.ts';
import { leadingKeysOf, sdkUsesOf } from './sdk-usage.ts';

const cdkJson = JSON.parse(readFileSync(join(PROJECT_ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };
const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
const stack = new MeetingFeedsStack(app, 'MeetingFeeds');
interface Resource {
  Type: string;
  // biome-ignore lint/suspicious/noExplicitAny: CloudFormation properties, read by shape in each assertion.
  Properties: Record<string, any>;
}
const template = Template.fromStack(stack).toJSON() as { Resources: Record<string, Resource> };

const logicalId = (construct: IConstruct) => stack.resolve((construct.node.defaultChild as CfnElement).logicalId) as string;

const FUNCTIONS: Record<string, { fn: PipelineFunction; entry: string }> = {
  authorize: { fn: stack.ingest.authorize, entry: 'functions/lambda/authorize.ts' },
  ingest: { fn: stack.ingest.ingest, entry: 'functions/lambda/ingest.ts' },
  retract: { fn: stack.ingest.retract, entry: 'functions/lambda/retract.ts' },
  operations: { fn: stack.ingest.operations, entry: 'functions/lambda/operations.ts' },
  normalise: { fn: stack.pipeline.normalise, entry: 'functions/lambda/normalise.ts' },
  publish: { fn: stack.pipeline.publish, entry: 'functions/lambda/publish.ts' },
};

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

function statementsOf(fn: PipelineFunction): Statement[] {
  const roleId = logicalId(fn.function.role as IConstruct);
  return Object.values(template.Resources)
    .filter((resource) => resource.Type === 'AWS::IAM::Policy' && JSON.stringify(resource.Properties.Roles) === JSON.stringify([{ Ref: roleId }]))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
}

/** The statements on the table itself (not its index), where partition keys are the table's. */
function tableStatementsOf(fn: PipelineFunction): Statement[] {
  return statementsOf(fn).filter((statement) => {
    const onDynamo = [statement.Action].flat().some((action) => action.startsWith('dynamodb:'));
    return onDynamo && !JSON.stringify(statement.Resource).includes('/index/');
  });
}

/** A statement's resource as `<logical id>` or `<logical id>/index` (the table's byMonth index). */
function resourceKey(resource: unknown): string {
  if (resource === '*') return '*';
  const json = JSON.stringify(resource);
  const ids = [...json.matchAll(/"Fn::GetAtt":\["([^"]+)","Arn"\]/g)].map((match) => match[1]);
  if (ids.length !== 1) throw new Error(`Expected a resource of this stack, got ${json}.`);
  return json.includes('/index/') ? `${ids[0]}/index` : (ids[0] as string);
}

/** `action resource` for every allowed action of a function's role. */
function granted(fn: PipelineFunction): string[] {
  return statementsOf(fn)
    .flatMap((statement) => {
      expect(statement.Effect).toBe('Allow');
      const resources = [statement.Resource].flat();
      return [statement.Action].flat().flatMap((action) => resources.map((resource) => `${action} ${resourceKey(resource)}`));
    })
    .sort();
}

/** What the function needs: its code's commands, on the resources its environment names; logs; its event source. */
function needed(name: string): string[] {
  const { fn, entry } = FUNCTIONS[name] as (typeof FUNCTIONS)[string];
  const variables = template.Resources[logicalId(fn.function)]?.Properties.Environment?.Variables ?? {};
  const fromCode = sdkUsesOf(PROJECT_ROOT, entry).map(({ action, resource }) => {
    const [field, index] = resource.split('/') as [keyof typeof ENV, string | undefined];
    const ref = variables[ENV[field]]?.Ref as string | undefined;
    if (!ref) throw new Error(`${name} sends ${action} to the resource in ${ENV[field]}, which the stack does not set.`);
    return `${action} ${ref}${index ? `/${index}` : ''}`;
  });
  const logs = ['logs:CreateLogStream', 'logs:PutLogEvents'].map((action) => `${action} ${logicalId(fn.logGroup)}`);
  const polled = Object.values(template.Resources)
    .filter((resource) => resource.Type === 'AWS::Lambda::EventSourceMapping' && resource.Properties.FunctionName?.Ref === logicalId(fn.function))
    .flatMap((mapping) => EVENT_SOURCE_QUEUE_ACTIONS.map((action) => `${action} ${resourceKey(mapping.Properties.EventSourceArn)}`));
  // Active tracing: the function sends its segments to X-Ray (actions without a resource type, so `*`).
  const traces = XRAY_ACTIONS.map((action) => `${action} *`);
  return [...new Set([...fromCode, ...logs, ...polled, ...traces])].sort();
}

describe('least privilege, derived from the code', () => {
  for (const name of Object.keys(FUNCTIONS)) {
    it(`grants ${name} exactly the actions its code performs, on its own resources`, () => {
      expect(granted((FUNCTIONS[name] as (typeof FUNCTIONS)[string]).fn)).toEqual(needed(name));
    });
  }

  for (const name of Object.keys(FUNCTIONS)) {
    it(`confines ${name} to exactly the table partitions its code touches (dynamodb:LeadingKeys)`, () => {
      const { fn, entry } = FUNCTIONS[name] as (typeof FUNCTIONS)[string];
      const derived = leadingKeysOf(PROJECT_ROOT, entry, { KEY_PREFIX, PARTITION });
      expect(derived).not.toBeNull();
      const onTable = tableStatementsOf(fn);
      // A function whose code touches no item (the operators') gets no table statement at all.
      if (derived?.length === 0) {
        expect(onTable).toEqual([]);
        return;
      }
      expect(onTable.length).toBeGreaterThan(0);
      // Every statement is confined, to partitions the code touches; together they cover exactly those. (A function
      // may confine a write more narrowly than its reads, in a statement of its own: ingest's list entries.)
      const conditions = onTable.map((statement) => statement.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys'] as string[] | undefined);
      for (const condition of conditions) {
        expect(condition).toBeDefined();
        expect(derived).toEqual(expect.arrayContaining(condition ?? []));
      }
      expect([...new Set(conditions.flatMap((condition) => condition ?? []))].sort()).toEqual(derived);
    });
  }

  it('lets no function but the authorizer reach editor items', () => {
    for (const [name, { fn }] of Object.entries(FUNCTIONS)) {
      if (name === 'authorize') continue;
      for (const statement of tableStatementsOf(fn)) {
        const keys = statement.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys'] as string[] | undefined;
        expect(keys, `${name} may touch any table item`).toBeDefined();
        expect(keys?.some((pattern) => `${KEY_PREFIX.editor}x`.startsWith(pattern.replace(/\*$/, '')))).toBe(false);
      }
    }
  });

  it('confines the authorizer to GetItem on editor items (dynamodb:LeadingKeys)', () => {
    const onTable = statementsOf(stack.ingest.authorize).filter((statement) => [statement.Action].flat().some((action) => action.startsWith('dynamodb:')));
    expect(onTable).toHaveLength(1);
    expect(onTable[0]).toMatchObject({
      Action: 'dynamodb:GetItem',
      Resource: { 'Fn::GetAtt': [logicalId(stack.storage.table), 'Arn'] },
      Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${KEY_PREFIX.editor}*`] } },
    });
  });

  it('derives a plausible minimum, so an analysis that found nothing cannot pass', () => {
    const actions = (entry: string) => sdkUsesOf(PROJECT_ROOT, entry).map((use) => `${use.action} ${use.resource}`).sort();
    expect(actions('functions/lambda/authorize.ts')).toEqual(['dynamodb:GetItem tableName']);
    expect(actions('functions/lambda/publish.ts')).toContain('dynamodb:Query tableName/index');
    expect(actions('functions/lambda/publish.ts')).not.toContain('dynamodb:DeleteItem tableName');
    expect(actions('functions/lambda/ingest.ts')).toEqual([
      'dynamodb:BatchGetItem tableName',
      'dynamodb:GetItem tableName',
      'dynamodb:PutItem tableName',
      'dynamodb:Query tableName',
      's3:GetObject rawBucket',
      's3:PutObject rawBucket',
    ]);
    expect(actions('functions/lambda/operations.ts')).toEqual([
      's3:ListBucket rawBucket',
      'sqs:DeleteMessage normaliseDeadLetterQueueUrl',
      'sqs:DeleteMessage publishDeadLetterQueueUrl',
      'sqs:GetQueueAttributes normaliseDeadLetterQueueUrl',
      'sqs:GetQueueAttributes normaliseQueueUrl',
      'sqs:GetQueueAttributes publishDeadLetterQueueUrl',
      'sqs:GetQueueAttributes publishQueueUrl',
      'sqs:ReceiveMessage normaliseDeadLetterQueueUrl',
      'sqs:ReceiveMessage publishDeadLetterQueueUrl',
      'sqs:SendMessage normaliseQueueUrl',
      'sqs:SendMessage publishQueueUrl',
    ]);
    expect(leadingKeysOf(PROJECT_ROOT, 'functions/lambda/ingest.ts', { KEY_PREFIX, PARTITION })).toEqual(
      [KEY_PREFIX.article, KEY_PREFIX.editorArticles, KEY_PREFIX.meeting].map((prefix) => `${prefix}*`).sort(),
    );
  });
});

describe('the SDK usage analysis', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sdk-usage-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function project(handlerBody: string): string {
    for (const sub of ['lambda', 'handlers', 'aws']) mkdirSync(join(dir, sub), { recursive: true });
    writeFileSync(
      join(dir, 'aws/store.ts'),
      [
        "import { DeleteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';",
        'export class Store {',
        '  async read() { return this.db.send(new GetCommand({})); }',
        '  async remove() { await this.read(); return purge(this.db); }',
        '}',
        'function purge(db) { return db.send(new DeleteCommand({})); }',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'handlers/h.ts'), `export function createH(deps) {\n${handlerBody}\n}\n`);
    writeFileSync(
      join(dir, 'lambda/h.ts'),
      [
        "import { Store } from '../aws/store.ts';",
        "import { createH } from '../handlers/h.ts';",
        'export const handler = createH({ store: new Store(db, config.tableName) });',
      ].join('\n'),
    );
    return 'lambda/h.ts';
  }

  it('follows methods and same-file functions to the commands they send', () => {
    const entry = project('return () => deps.store.remove();');
    expect(sdkUsesOf(dir, entry).map((use) => use.action).sort()).toEqual(['dynamodb:DeleteItem', 'dynamodb:GetItem']);
  });

  it('follows functions imported from another project file (renamed or not), and key builders from a key module', () => {
    const entry = project('return () => deps.store.read();');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the key module's source text holds a template literal of its own.
    writeFileSync(join(dir, 'aws/keys.ts'), 'export const key = { item: (id) => ({ [PK]: `${KEY_PREFIX.meeting}${id}`, [SK]: id }) };');
    writeFileSync(
      join(dir, 'aws/items.ts'),
      [
        "import { PutCommand } from '@aws-sdk/lib-dynamodb';",
        "import { key } from './keys.ts';",
        'export function putItem(db, id) { return db.send(new PutCommand({ Item: key.item(id) })); }',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'aws/store.ts'), ["import { putItem as put } from './items.ts';", 'export class Store {', "  async read() { return put(this.db, 'x'); }", '}'].join('\n'));
    expect(sdkUsesOf(dir, entry).map((use) => use.action)).toEqual(['dynamodb:PutItem']);
    expect(leadingKeysOf(dir, entry, { KEY_PREFIX, PARTITION })).toEqual([`${KEY_PREFIX.meeting}*`]);
  });

  it('follows deps passed whole to a function in another file, under its parameter\'s name there', () => {
    const entry = project("return (event) => route(event, deps);");
    writeFileSync(join(dir, 'handlers/route.ts'), 'export async function route(event, reads) { return reads.store.remove(); }\n');
    writeFileSync(join(dir, 'handlers/h.ts'), `import { route } from './route.ts';\nexport function createH(deps) {\n  return (event) => route(event, deps);\n}\n`);
    expect(sdkUsesOf(dir, entry).map((use) => use.action).sort()).toEqual(['dynamodb:DeleteItem', 'dynamodb:GetItem']);
  });

  it('names the partition a shared query function is given where it is called, and refuses one it cannot name', () => {
    const entry = project('return () => deps.store.read();');
    writeFileSync(
      join(dir, 'aws/partition.ts'),
      [
        "import { QueryCommand } from '@aws-sdk/lib-dynamodb';",
        "export function partitionItems(db, table, partitionKey) { return db.send(new QueryCommand({ ExpressionAttributeValues: { ':pk': partitionKey } })); }",
      ].join('\n'),
    );
    const store = (argument: string) => ["import { partitionItems } from './partition.ts';", 'export class Store {', `  async read() { return partitionItems(this.db, 't', ${argument}); }`, '}'].join('\n');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal.
    writeFileSync(join(dir, 'aws/store.ts'), store('`${KEY_PREFIX.persons}${name}`'));
    expect(sdkUsesOf(dir, entry).map((use) => use.action)).toEqual(['dynamodb:Query']);
    expect(leadingKeysOf(dir, entry, { KEY_PREFIX, PARTITION })).toEqual([`${KEY_PREFIX.persons}*`]);
    writeFileSync(join(dir, 'aws/store.ts'), store('someKey'));
    expect(leadingKeysOf(dir, entry, { KEY_PREFIX, PARTITION })).toBeNull();
  });

  it('refuses to guess when an adapter is passed around as a value', () => {
    const entry = project('return () => helper(deps.store);');
    expect(() => sdkUsesOf(dir, entry)).toThrow(/cannot follow/);
    const destructured = project('const { store } = deps; return () => store.read();');
    expect(() => sdkUsesOf(dir, destructured)).toThrow(/cannot follow/);
  });
});
