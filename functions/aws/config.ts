// Configuration of the Lambda functions, read once from the environment at cold start, loudly:
// a missing variable stops the function before it handles anything. Defaults belong to the local runtime.

import { z } from 'zod';
import { ENV } from './resources.ts';

const optionalUrl = z.url().optional();

const schema = z.object({
  [ENV.tableName]: z.string().min(1),
  [ENV.rawBucket]: z.string().min(1).optional(),
  [ENV.siteBucket]: z.string().min(1).optional(),
  [ENV.publishQueueUrl]: z.string().min(1).optional(),
  [ENV.siteUrl]: optionalUrl,
  [ENV.websubHubUrl]: optionalUrl,
  // Emulator endpoints, for the local runtime and tests only.
  DYNAMODB_ENDPOINT: optionalUrl,
  S3_ENDPOINT: optionalUrl,
});

export interface LambdaConfig {
  tableName: string;
  rawBucket?: string;
  siteBucket?: string;
  publishQueueUrl?: string;
  siteUrl?: string;
  websubHubUrl?: string;
  dynamodbEndpoint?: string;
  s3Endpoint?: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): LambdaConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const names = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new Error(`Missing or invalid environment variables: ${names}.`);
  }
  const values = parsed.data;
  return {
    tableName: values[ENV.tableName],
    rawBucket: values[ENV.rawBucket],
    siteBucket: values[ENV.siteBucket],
    publishQueueUrl: values[ENV.publishQueueUrl],
    siteUrl: values[ENV.siteUrl]?.replace(/\/+$/, ''),
    websubHubUrl: values[ENV.websubHubUrl],
    dynamodbEndpoint: values.DYNAMODB_ENDPOINT,
    s3Endpoint: values.S3_ENDPOINT,
  };
}

/** For a function that needs a setting the schema marks optional (each function needs a different few). */
export function required<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`Missing environment variable ${name}.`);
  return value;
}
