// Configuration of the Lambda functions, read once from the environment at cold start, loudly:
// a missing variable stops the function before it handles anything. Defaults belong to the local runtime.
// Plain checks, no schema library: every function loads this module, and zod alone was more than half of the
// authorizer's bundle (docs/decisions.md, "Lean cold starts").

import { ENV } from './resources.ts';

export interface LambdaConfig {
  tableName: string;
  rawBucket?: string;
  siteBucket?: string;
  publishQueueUrl?: string;
  normaliseQueueUrl?: string;
  normaliseDeadLetterQueueUrl?: string;
  publishDeadLetterQueueUrl?: string;
  siteUrl?: string;
  websubHubUrl?: string;
  siteLanguage?: string;
  dynamodbEndpoint?: string;
  s3Endpoint?: string;
  extractionBudgetMs?: number;
}

type Kind = 'text' | 'url' | 'milliseconds' | 'language';

/** Every variable a function may read; TABLE_NAME is needed by all of them but the operators' function. */
const VARIABLES: Record<string, { kind: Kind; required?: true }> = {
  [ENV.tableName]: { kind: 'text', required: true },
  [ENV.rawBucket]: { kind: 'text' },
  [ENV.siteBucket]: { kind: 'text' },
  [ENV.publishQueueUrl]: { kind: 'text' },
  [ENV.normaliseQueueUrl]: { kind: 'url' },
  [ENV.normaliseDeadLetterQueueUrl]: { kind: 'url' },
  [ENV.publishDeadLetterQueueUrl]: { kind: 'url' },
  [ENV.siteUrl]: { kind: 'url' },
  [ENV.websubHubUrl]: { kind: 'url' },
  [ENV.siteLanguage]: { kind: 'language' },
  [ENV.extractionBudgetMs]: { kind: 'milliseconds' },
  // Emulator endpoints, for the local runtime and tests only.
  DYNAMODB_ENDPOINT: { kind: 'url' },
  S3_ENDPOINT: { kind: 'url' },
};

function isUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function isMilliseconds(value: string): boolean {
  const ms = Number(value);
  return Number.isInteger(ms) && ms > 0;
}

/** `needsTable: false` for the one function that touches no table (the operators', functions/lambda/operations.ts). */
export function readConfig(env: NodeJS.ProcessEnv = process.env, { needsTable = true } = {}): LambdaConfig {
  const invalid = Object.entries(VARIABLES)
    .filter(([name, rule]) => {
      const value = env[name];
      // An empty optional variable is a mistake too (a URL of '' or a bucket named ''), as it was with the schema.
      if (value === undefined) return rule.required === true && (needsTable || name !== ENV.tableName);
      return (
        value === '' ||
        (rule.kind === 'url' && !isUrl(value)) ||
        (rule.kind === 'milliseconds' && !isMilliseconds(value)) ||
        (rule.kind === 'language' && !/^[a-z]{2,3}$/.test(value))
      );
    })
    .map(([name]) => name);
  if (invalid.length > 0) throw new Error(`Missing or invalid environment variables: ${invalid.join(', ')}.`);
  return {
    tableName: env[ENV.tableName] ?? '',
    rawBucket: env[ENV.rawBucket],
    siteBucket: env[ENV.siteBucket],
    publishQueueUrl: env[ENV.publishQueueUrl],
    normaliseQueueUrl: env[ENV.normaliseQueueUrl],
    normaliseDeadLetterQueueUrl: env[ENV.normaliseDeadLetterQueueUrl],
    publishDeadLetterQueueUrl: env[ENV.publishDeadLetterQueueUrl],
    siteUrl: env[ENV.siteUrl]?.replace(/\/+$/, ''),
    websubHubUrl: env[ENV.websubHubUrl],
    siteLanguage: env[ENV.siteLanguage],
    dynamodbEndpoint: env.DYNAMODB_ENDPOINT,
    s3Endpoint: env.S3_ENDPOINT,
    extractionBudgetMs: env[ENV.extractionBudgetMs] === undefined ? undefined : Number(env[ENV.extractionBudgetMs]),
  };
}

/** For a function that needs a setting VARIABLES marks optional (each function needs a different few). */
export function required<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`Missing environment variable ${name}.`);
  return value;
}
