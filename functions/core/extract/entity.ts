// Named-entity types shared by the mention finder and the public extract() result.

export type EntityType = 'PER' | 'LOC' | 'ORG';

export interface Entity {
  type: EntityType;
  start: number;
  end: number;
}
