// Starts the embedded DynamoDB- and S3-compatible emulators (dynalite, s3rver) in this process.
// Used by `npm start` and by the test setup; data lives on disk when a directory is given.

import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import dynalite from 'dynalite';
import S3rver, { type S3rverEvent } from 's3rver';
import { writeObjectsWhole } from './s3-whole-objects.ts';

export interface Emulators {
  dynamodbEndpoint: string;
  s3Endpoint: string;
  /** Subscribe to s3rver's "object created/removed" notifications. */
  onS3Event(listener: (event: S3rverEvent) => void): void;
  stop(): Promise<void>;
}

export interface EmulatorOptions {
  /** Keep data under this directory (dynamodb/ and s3/); in memory / a temp dir when absent. */
  dataDir?: string;
  /** s3rver always needs a directory; tests pass a temporary one. */
  s3Dir?: string;
  host?: string;
}

export async function startEmulators(options: EmulatorOptions): Promise<Emulators> {
  const host = options.host ?? '127.0.0.1';
  const dynamoPath = options.dataDir ? join(options.dataDir, 'dynamodb') : undefined;
  if (dynamoPath) mkdirSync(dynamoPath, { recursive: true });
  const dynamo = dynalite({ path: dynamoPath, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  dynamo.listen(0, host);
  await once(dynamo, 'listening');
  const dynamoPort = (dynamo.address() as AddressInfo).port;

  const s3Dir = options.dataDir ? join(options.dataDir, 's3') : options.s3Dir;
  if (!s3Dir) throw new Error('startEmulators needs dataDir or s3Dir: s3rver keeps objects on disk.');
  mkdirSync(s3Dir, { recursive: true });
  const s3 = new S3rver({ address: host, port: 0, silent: true, directory: s3Dir });
  // Objects are stored whole or not at all, so a killed process leaves nothing half-written that was acknowledged.
  writeObjectsWhole((s3 as unknown as { store: unknown }).store);
  const s3Address = await s3.run();

  return {
    dynamodbEndpoint: `http://${host}:${dynamoPort}`,
    s3Endpoint: `http://${host}:${s3Address.port}`,
    onS3Event: (listener) => {
      s3.on('event', listener);
    },
    stop: async () => {
      await s3.close();
      await new Promise<void>((resolve) => dynamo.close(() => resolve()));
    },
  };
}
