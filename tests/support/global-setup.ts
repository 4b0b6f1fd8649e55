// Starts the emulators once per test run: dynalite and s3rver in this process, or, when
// DYNAMODB_ENDPOINT is set (the DynamoDB Local fidelity suite), that server instead of dynalite.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmulators } from '../../functions/local/emulators.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
    s3Endpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const s3Dir = mkdtempSync(join(tmpdir(), 'meeting-feeds-s3-'));
  const emulators = await startEmulators({ s3Dir });
  project.provide('dynamodbEndpoint', process.env.DYNAMODB_ENDPOINT ?? emulators.dynamodbEndpoint);
  project.provide('s3Endpoint', emulators.s3Endpoint);
  return async () => {
    await emulators.stop();
    rmSync(s3Dir, { recursive: true, force: true });
  };
}
