// Lambda entry: the editors' API (POST /articles, GET /articles/{articleId}).

import { ArticleStore } from '../aws/article-store.ts';
import { readConfig, required } from '../aws/config.ts';
import { createDocumentClient, MeetingStore } from '../aws/meeting-store.ts';
import { ENV } from '../aws/resources.ts';
import { createS3Client } from '../aws/s3-client.ts';
import { createIngestHandler } from '../handlers/ingest.ts';

const config = readConfig();
export const handler = createIngestHandler({
  meetings: new MeetingStore(createDocumentClient(config.dynamodbEndpoint), config.tableName),
  articles: new ArticleStore(createS3Client(config.s3Endpoint), required(config.rawBucket, ENV.rawBucket)),
});
