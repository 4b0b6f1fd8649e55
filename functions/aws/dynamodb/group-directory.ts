// The feed directory's items: which topic groups it lists and on which page (`LISTED#{group}`), each
// directory page's entries (`DIRECTORY#{kind}#{page}`), and the groups releases before the directory
// registered (`GROUPS`, read once to seed it). Only publish reads or writes them.

import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { FeedGroupKind } from '../../core/publish/feed-groups.ts';
import type { Placement } from '../../core/publish/group-directory.ts';
import type { GroupDirectoryStore } from '../../core/publish/ports.ts';
import { KEY_PREFIX, PARTITION } from '../resources.ts';
import { batchGetAll } from './batch-get.ts';
import { key, PK, SK } from './keys.ts';
import { partitionItems } from './partition-items.ts';

export class GroupDirectoryItems implements GroupDirectoryStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async listedGroups(keys: string[]): Promise<Set<string>> {
    const items = await batchGetAll(this.db, this.tableName, [...new Set(keys)].map(key.listed));
    return new Set(items.map((item) => (item[PK] as string).slice(KEY_PREFIX.listed.length)));
  }

  /** Lists groups in the directory: the page's entry first, then the marker that says it is listed. */
  async putListedGroups(placements: Placement[]): Promise<void> {
    for (const { group, page } of placements) {
      await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...key.directoryEntry(group.kind, page, group.key), title: group.title } }));
      await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...key.listed(group.key), page } }));
    }
  }

  async directoryPage(kind: FeedGroupKind, page: number): Promise<{ key: string; title: string }[]> {
    const items = await partitionItems(this.db, this.tableName, `${KEY_PREFIX.directory}${kind}#${page}`, { consistentRead: true });
    return items.map((item) => ({ key: item[SK] as string, title: item.title as string }));
  }

  /** Topic groups registered by releases before the directory (one item each under `GROUPS`). */
  async legacyGroups(): Promise<{ key: string; title: string }[]> {
    const items = await partitionItems(this.db, this.tableName, PARTITION.groups);
    return items.map((item) => ({ key: item[SK] as string, title: item.title as string }));
  }
}
