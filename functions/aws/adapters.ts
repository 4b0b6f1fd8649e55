// Builds the storage adapters from plain settings: used by the local runtime and the tests (from emulator
// endpoints). The Lambda entries build only the adapters their handler takes, each over one client.

import { ArticleStore } from './article-store.ts';
import { ArchiveIndexItems } from './dynamodb/archive-index.ts';
import { ArticleStateItems } from './dynamodb/article-states.ts';
import { createDocumentClient } from './dynamodb/document-client.ts';
import { EditorArticleItems } from './dynamodb/editor-articles.ts';
import { PersonItems } from './dynamodb/person-items.ts';
import { EditorItems } from './dynamodb/editor-items.ts';
import { GroupDirectoryItems } from './dynamodb/group-directory.ts';
import { MeetingItems } from './dynamodb/meeting-items.ts';
import { PublisherStateItem } from './dynamodb/publisher-state.ts';
import { createS3Client } from './s3-client.ts';
import { SiteStore } from './site-store.ts';

export interface AdapterSettings {
  tableName: string;
  rawBucket: string;
  siteBucket: string;
  dynamodbEndpoint?: string;
  s3Endpoint?: string;
}

/** One adapter per kind of item or object, named as the handlers' deps name them. */
export interface Adapters {
  meetings: MeetingItems;
  articleStates: ArticleStateItems;
  archive: ArchiveIndexItems;
  publisherState: PublisherStateItem;
  directory: GroupDirectoryItems;
  editors: EditorItems;
  editorArticles: EditorArticleItems;
  articles: ArticleStore;
  persons: PersonItems;
  site: SiteStore;
}

export function createAdapters(settings: AdapterSettings): Adapters {
  const s3 = createS3Client(settings.s3Endpoint);
  const db = createDocumentClient(settings.dynamodbEndpoint);
  const table = settings.tableName;
  return {
    meetings: new MeetingItems(db, table),
    articleStates: new ArticleStateItems(db, table),
    archive: new ArchiveIndexItems(db, table),
    publisherState: new PublisherStateItem(db, table),
    directory: new GroupDirectoryItems(db, table),
    editors: new EditorItems(db, table),
    editorArticles: new EditorArticleItems(db, table),
    articles: new ArticleStore(s3, settings.rawBucket),
    persons: new PersonItems(db, table),
    site: new SiteStore(s3, settings.siteBucket),
  };
}
