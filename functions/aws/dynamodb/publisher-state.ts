// The publisher's own state (`STATE`/`PUBLISHER`): archive pages per month and directory pages per kind,
// read at the start of each publish and written at its end. Only publish writes it.

import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { PublisherState } from '../../core/publish/plan-publish.ts';
import type { PublisherStateStore } from '../../core/publish/ports.ts';
import { key } from './keys.ts';

export class PublisherStateItem implements PublisherStateStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async getPublisherState(): Promise<PublisherState> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: key.publisher, ConsistentRead: true }));
    return { months: (Item?.months as PublisherState['months'] | undefined) ?? {}, directory: Item?.directory as PublisherState['directory'] };
  }

  async putPublisherState(state: PublisherState): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...key.publisher, months: state.months, directory: state.directory } }));
  }
}
