// Builds the storage adapters from plain settings: used by the Lambda entries (from the environment),
// the local runtime and the tests (from emulator endpoints).

import type { ArticleStates } from '../core/intake/article-states.ts';
import { ArticleStore } from './article-store.ts';
import { EditorStore } from './editor-store.ts';
import { createDocumentClient, MeetingStore } from './meeting-store.ts';
import { createS3Client } from './s3-client.ts';
import { SiteStore } from './site-store.ts';

export interface AdapterSettings {
  tableName: string;
  rawBucket: string;
  siteBucket: string;
  dynamodbEndpoint?: string;
  s3Endpoint?: string;
}

export interface Adapters {
  meetings: MeetingStore;
  articleStates: ArticleStates;
  articles: ArticleStore;
  site: SiteStore;
  editors: EditorStore;
}

export function createAdapters(settings: AdapterSettings): Adapters {
  const s3 = createS3Client(settings.s3Endpoint);
  const db = createDocumentClient(settings.dynamodbEndpoint);
  const meetings = new MeetingStore(db, settings.tableName);
  return {
    meetings,
    articleStates: meetings,
    articles: new ArticleStore(s3, settings.rawBucket),
    site: new SiteStore(s3, settings.siteBucket),
    editors: new EditorStore(db, settings.tableName),
  };
}
