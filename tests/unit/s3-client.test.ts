// How the stores read S3's answers when the functions may read objects but not list the bucket.

import { describe, expect, it } from 'vitest';
import { isAbsentOnHead, isNotFound } from '../../functions/aws/s3-client.ts';

const answer = (name: string, httpStatusCode: number) => ({ name, $metadata: { httpStatusCode } });

describe('isAbsentOnHead', () => {
  it('takes 404 and, without s3:ListBucket, 403 for a missing object', () => {
    expect(isAbsentOnHead(answer('NotFound', 404))).toBe(true);
    expect(isAbsentOnHead(answer('403', 403))).toBe(true);
  });

  it('lets every other failure through', () => {
    expect(isAbsentOnHead(answer('InternalError', 500))).toBe(false);
    expect(isAbsentOnHead(answer('SlowDown', 503))).toBe(false);
    expect(isAbsentOnHead(new Error('socket hang up'))).toBe(false);
  });

  it('is stricter for GETs, whose 403 stays an error', () => {
    expect(isNotFound(answer('AccessDenied', 403))).toBe(false);
    expect(isNotFound(answer('NoSuchKey', 404))).toBe(true);
  });
});
