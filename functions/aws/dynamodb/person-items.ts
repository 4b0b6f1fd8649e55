// The persons directory (`PERSONS#{surnameKey}`, sort key the person's id): one small item per known person,
// filed under the surname key of the name they were first met by, so the persons step reads only the entries
// that can match a meeting's participants (one Query per surname). Written by normalise only.

import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { KnownPerson } from '../../core/record/persons/known-person.ts';
import { type PersonDirectory, PersonTaken } from '../../core/record/persons/link-persons.ts';
import { KEY_PREFIX } from '../resources.ts';
import { key, PK } from './keys.ts';
import { partitionItems } from './partition-items.ts';

export class PersonItems implements PersonDirectory {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async candidates(surnameKeys: string[]): Promise<KnownPerson[]> {
    const persons: KnownPerson[] = [];
    for (const surnameKey of surnameKeys) {
      for (const item of await partitionItems(this.db, this.tableName, `${KEY_PREFIX.persons}${surnameKey}`)) persons.push(item.person as KnownPerson);
    }
    return persons;
  }

  async save(entries: { person: KnownPerson; surnameKey: string; created: boolean }[]): Promise<void> {
    for (const { person, surnameKey, created } of entries) {
      try {
        await this.db.send(
          new PutCommand({
            TableName: this.tableName,
            Item: { ...key.person(surnameKey, person.id), person },
            ...(created ? { ConditionExpression: 'attribute_not_exists(#pk)', ExpressionAttributeNames: { '#pk': PK } } : {}),
          }),
        );
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) throw new PersonTaken(person.id);
        throw error;
      }
    }
  }
}
