// Fresh, uniquely named storage for one test file, created on the emulators the global setup started.

import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { type Adapters, createAdapters } from '../../functions/aws/adapters.ts';
import { type LocalResourceNames, provisionLocalResources } from '../../functions/local/provision.ts';

export interface TestResources {
  names: LocalResourceNames;
  dynamodbEndpoint: string;
  s3Endpoint: string;
  adapters: Adapters;
}

export async function createTestResources(): Promise<TestResources> {
  const suffix = randomUUID().slice(0, 8);
  const names = { table: `meetings-${suffix}`, rawBucket: `raw-${suffix}`, siteBucket: `site-${suffix}` };
  const dynamodbEndpoint = inject('dynamodbEndpoint');
  const s3Endpoint = inject('s3Endpoint');
  await provisionLocalResources({ dynamodbEndpoint, s3Endpoint, names });
  const adapters = createAdapters({
    tableName: names.table,
    rawBucket: names.rawBucket,
    siteBucket: names.siteBucket,
    dynamodbEndpoint,
    s3Endpoint,
  });
  return { names, dynamodbEndpoint, s3Endpoint, adapters };
}
