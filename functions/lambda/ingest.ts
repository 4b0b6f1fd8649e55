// Lambda entry: the editors' API (POST /articles, GET /articles?mine=true, GET /articles/{articleId}).

import { ArticleStore } from '../aws/article-store.ts';
import { required } from '../aws/config.ts';
import { ArticleStateItems } from '../aws/dynamodb/article-states.ts';
import { EditorArticleItems } from '../aws/dynamodb/editor-articles.ts';
import { MeetingItems } from '../aws/dynamodb/meeting-items.ts';
import { ENV } from '../aws/resources.ts';
import { createS3Client } from '../aws/s3-client.ts';
import { lambdaHandler, powertoolsTelemetry } from '../aws/telemetry.ts';
import { tracedEntry } from '../aws/traced-entry.ts';
import { createIngestHandler } from '../handlers/ingest.ts';

const { config, powertools, capture, db } = tracedEntry();
export const handler = lambdaHandler(
  powertools,
  createIngestHandler({
    meetings: new MeetingItems(db, config.tableName),
    articleStates: new ArticleStateItems(db, config.tableName),
    editorArticles: new EditorArticleItems(db, config.tableName),
    articles: new ArticleStore(createS3Client(config.s3Endpoint, capture), required(config.rawBucket, ENV.rawBucket)),
    telemetry: powertoolsTelemetry(powertools),
  }),
);
