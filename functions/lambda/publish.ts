// Lambda entry: publish, fed by the FIFO queue (one message group, so one publisher at a time).

import { readConfig, required } from '../aws/config.ts';
import { createDocumentClient, MeetingStore } from '../aws/meeting-store.ts';
import { ENV } from '../aws/resources.ts';
import { createS3Client } from '../aws/s3-client.ts';
import { SiteStore } from '../aws/site-store.ts';
import { WebSubHub } from '../aws/websub-hub.ts';
import { createPublishHandler } from '../handlers/publish.ts';

const config = readConfig();
export const handler = createPublishHandler({
  meetings: new MeetingStore(createDocumentClient(config.dynamodbEndpoint), config.tableName),
  site: new SiteStore(createS3Client(config.s3Endpoint), required(config.siteBucket, ENV.siteBucket)),
  feedSite: { siteUrl: required(config.siteUrl, ENV.siteUrl), hubUrl: config.websubHubUrl },
  hub: config.websubHubUrl ? new WebSubHub(config.websubHubUrl) : undefined,
});
