// The one DynamoDB document client every adapter of this folder is built over (one per container,
// built by the entry point), with the endpoint overridable for the emulators.

import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { emulatorSettings } from '../emulator-endpoint.ts';
import type { CaptureClient } from '../tracing.ts';

/** `capture` hands the client to the tracer (functions/aws/tracing.ts) before the document client wraps it. */
export function createDocumentClient(endpoint?: string, capture?: CaptureClient): DynamoDBDocumentClient {
  const client = new DynamoDBClient(emulatorSettings(endpoint));
  return DynamoDBDocumentClient.from(capture ? capture(client) : client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}
