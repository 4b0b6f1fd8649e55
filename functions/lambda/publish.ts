// Lambda entry: publish, fed by the FIFO queue (one message group, so one publisher at a time).

import { required } from '../aws/config.ts';
import { ArchiveIndexItems } from '../aws/dynamodb/archive-index.ts';
import { GroupDirectoryItems } from '../aws/dynamodb/group-directory.ts';
import { MeetingItems } from '../aws/dynamodb/meeting-items.ts';
import { PublisherStateItem } from '../aws/dynamodb/publisher-state.ts';
import { ENV } from '../aws/resources.ts';
import { createS3Client } from '../aws/s3-client.ts';
import { SiteStore } from '../aws/site-store.ts';
import { lambdaHandler, powertoolsTelemetry } from '../aws/telemetry.ts';
import { tracedEntry } from '../aws/traced-entry.ts';
import { WebSubHub } from '../aws/websub-hub.ts';
import { createPublishHandler } from '../handlers/publish.ts';

const { config, powertools, capture, db } = tracedEntry();
export const handler = lambdaHandler(
  powertools,
  createPublishHandler({
    meetings: new MeetingItems(db, config.tableName),
    archive: new ArchiveIndexItems(db, config.tableName),
    publisherState: new PublisherStateItem(db, config.tableName),
    directory: new GroupDirectoryItems(db, config.tableName),
    site: new SiteStore(createS3Client(config.s3Endpoint, capture), required(config.siteBucket, ENV.siteBucket)),
    feedSite: { siteUrl: required(config.siteUrl, ENV.siteUrl), hubUrl: config.websubHubUrl, language: config.siteLanguage },
    hub: config.websubHubUrl ? new WebSubHub(config.websubHubUrl) : undefined,
    telemetry: powertoolsTelemetry(powertools),
  }),
);
