// Creates the table and buckets on the emulators if they are missing, from the same definitions
// the CDK stack uses (functions/aws/resources.ts).

import { CreateTableCommand, DynamoDBClient, ResourceInUseException } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { emulatorSettings } from '../aws/emulator-endpoint.ts';
import { MEETINGS_TABLE } from '../aws/resources.ts';
import { createS3Client, httpStatusOf } from '../aws/s3-client.ts';

export interface LocalResourceNames {
  table: string;
  rawBucket: string;
  siteBucket: string;
}

export interface ProvisionSettings {
  dynamodbEndpoint: string;
  s3Endpoint: string;
  names: LocalResourceNames;
}

export async function provisionLocalResources({ dynamodbEndpoint, s3Endpoint, names }: ProvisionSettings): Promise<void> {
  await ensureTable(dynamodbEndpoint, names.table);
  const s3 = createS3Client(s3Endpoint);
  for (const bucket of [names.rawBucket, names.siteBucket]) {
    try {
      await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    } catch (error) {
      const name = (error as { name?: string }).name;
      if (name !== 'BucketAlreadyOwnedByYou' && name !== 'BucketAlreadyExists' && httpStatusOf(error) !== 409) throw error;
    }
  }
  s3.destroy();
}

async function ensureTable(endpoint: string, tableName: string): Promise<void> {
  const { partitionKey, sortKey, byMonthIndex } = MEETINGS_TABLE;
  const client = new DynamoDBClient(emulatorSettings(endpoint));
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [partitionKey, sortKey, byMonthIndex.partitionKey, byMonthIndex.sortKey].map((name) => ({
          AttributeName: name,
          AttributeType: 'S',
        })),
        KeySchema: [
          { AttributeName: partitionKey, KeyType: 'HASH' },
          { AttributeName: sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: byMonthIndex.name,
            KeySchema: [
              { AttributeName: byMonthIndex.partitionKey, KeyType: 'HASH' },
              { AttributeName: byMonthIndex.sortKey, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  } finally {
    client.destroy();
  }
}
