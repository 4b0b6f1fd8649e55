// The S3 client shared by the article and site stores, built once per container.

import { S3Client } from '@aws-sdk/client-s3';
import { emulatorSettings } from './emulator-endpoint.ts';
import type { CaptureClient } from './tracing.ts';

/** `capture` hands the client to the tracer (functions/aws/tracing.ts). */
export function createS3Client(endpoint?: string, capture?: CaptureClient): S3Client {
  const client = new S3Client({
    ...emulatorSettings(endpoint),
    // Path-style URLs for the emulator; checksums only where S3 requires them, because with the
    // default (always) the SDK streams aws-chunked bodies that s3rver stores with their framing.
    forcePathStyle: Boolean(endpoint),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return capture ? capture(client) : client;
}

/** True for the SDK's "not there" answers from HeadObject/GetObject (404, NoSuchKey, NotFound). */
export function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}

export function httpStatusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
}

/**
 * True when a HeadObject says the object is not there. The functions may read the objects they need
 * (s3:GetObject on their keys) but not list the bucket: without s3:ListBucket S3 answers a HEAD of a missing
 * key with 403 instead of 404, and a HEAD has no body that could tell the two apart. A 403 on a key the
 * function is granted therefore means "absent"; a policy that really denied the read would show at once in
 * the PutObject or GetObject that follows (AccessDenied, with its message).
 */
export function isAbsentOnHead(error: unknown): boolean {
  return isNotFound(error) || httpStatusOf(error) === 403;
}
