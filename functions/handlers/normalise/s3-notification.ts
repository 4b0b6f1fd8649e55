// What normalise reads from an SQS message: the S3 event notification of stored raw articles.

import { articleIdFromKey } from '../../aws/article-store.ts';
import { consoleTelemetry, type Telemetry } from '../telemetry.ts';

interface S3Notification {
  Event?: string;
  Records?: { eventName?: string; s3?: { object?: { key?: string } } }[];
}

/** Article ids in one SQS message body holding an S3 event notification (test events hold none). */
export function articleIdsIn(body: string, telemetry: Telemetry = consoleTelemetry): string[] {
  let notification: S3Notification;
  try {
    notification = JSON.parse(body) as S3Notification;
  } catch {
    telemetry.log('warn', 'Ignoring a message that is not an S3 notification', { body: body.slice(0, 200) });
    return [];
  }
  if (notification.Event === 's3:TestEvent') return [];
  return (notification.Records ?? [])
    .filter((record) => record.eventName?.startsWith('ObjectCreated:'))
    .map((record) => articleIdFromKey(record.s3?.object?.key ?? ''))
    .filter((id): id is string => id !== null);
}
