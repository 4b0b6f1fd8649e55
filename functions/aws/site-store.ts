// The site bucket (S3 behind CloudFront): feeds and records. Writes only bytes that changed, so
// ETags stay stable and conditional GETs keep answering 304.

import { createHash } from 'node:crypto';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { SiteObject, SiteObjects } from '../core/publish/ports.ts';
import { httpStatusOf, isAbsentOnHead, isNotFound } from './s3-client.ts';

/** User metadata marking a page that stands for something removed (`x-amz-meta-site-status: 410`): see SiteObject.gone. */
export const SITE_STATUS_METADATA = 'site-status';

export type SiteRead =
  | { status: 200; body: Uint8Array; contentType: string; etag: string; cacheControl?: string; lastModified?: Date; gone?: boolean }
  | { status: 304; etag: string };

export class SiteStore implements SiteObjects {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  /** Compares with the stored object's ETag (single-part: its MD5) before writing. */
  async putIfChanged(object: SiteObject): Promise<boolean> {
    const bytes = Buffer.from(object.body, 'utf8');
    const md5 = createHash('md5').update(bytes).digest('hex');
    if ((await this.etagOf(object.key)) === md5) return false;
    await this.s3.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: object.key,
        Body: bytes,
        ContentType: object.contentType,
        CacheControl: object.cacheControl,
        ...(object.gone ? { Metadata: { [SITE_STATUS_METADATA]: '410' } } : {}),
      }),
    );
    return true;
  }

  /** Reads an object; with `ifNoneMatch`, answers 304 when the ETag still matches. Null when missing. */
  async get(key: string, ifNoneMatch?: string): Promise<SiteRead | null> {
    try {
      const object = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key, IfNoneMatch: ifNoneMatch }));
      return {
        status: 200,
        body: await object.Body!.transformToByteArray(),
        contentType: object.ContentType ?? 'application/octet-stream',
        etag: object.ETag ?? '',
        cacheControl: object.CacheControl,
        lastModified: object.LastModified,
        ...(object.Metadata?.[SITE_STATUS_METADATA] === '410' ? { gone: true } : {}),
      };
    } catch (error) {
      // The SDK surfaces "304 Not Modified" as an error carrying the status code.
      if (httpStatusOf(error) === 304) return { status: 304, etag: ifNoneMatch ?? '' };
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  private async etagOf(key: string): Promise<string | null> {
    try {
      const head = await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return head.ETag?.replace(/"/g, '') ?? null;
    } catch (error) {
      if (isAbsentOnHead(error)) return null;
      throw error;
    }
  }
}
