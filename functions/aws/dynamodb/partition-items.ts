// Every item of one partition of the table, page by page: the directory pages, the persons of one surname, the
// editors, the legacy topic groups. The caller names the partition with its KEY_PREFIX or PARTITION, which is
// what the least-privilege analysis (tests/infra/sdk-usage.ts) reads at the call.

import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { PK } from './keys.ts';

export async function partitionItems(
  db: DynamoDBDocumentClient,
  tableName: string,
  partitionKey: string,
  options: { consistentRead?: boolean } = {},
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': PK },
        ExpressionAttributeValues: { ':pk': partitionKey },
        ConsistentRead: options.consistentRead,
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}
