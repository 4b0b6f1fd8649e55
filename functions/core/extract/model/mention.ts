// Named-entity mentions: what the mention finders produce and extract() returns as entities.

export type EntityType = 'PER' | 'LOC' | 'ORG';

/** A named entity as returned to callers: type and UTF-16 offsets into the article text. */
export interface Entity {
  type: EntityType;
  start: number;
  end: number;
}

/** A country as the gazetteer knows it. */
export interface Country {
  code: string;
  name: string;
}

/** An entity with the token range it covers, as the rules work with it. */
export interface Mention extends Entity {
  /** Token range [first, last). */
  first: number;
  last: number;
  /** Country named by this LOC mention (from the gazetteer). */
  country?: Country;
}
