// Russian mention finding: tokens + morphology + gazetteer -> PER / LOC / ORG spans (no overlaps).
// OpenCorpora tags (Name, Surn, Patr, Geox, Orgn) are chosen by context, not by rank. Each rule is its own
// small function (one big function made the optimising compiler use tens of megabytes).

import { multiWordSense, oneSensePerDocument, parentheticalNames, surnamesNotPlaces } from './consistency.ts';
import { Ctx } from './context.ts';
import { countries } from './countries.ts';
import { latinNames } from './latin.ts';
import { acronyms, compoundOrgs, orgPhrases, relationalAdjectives } from './organisations.ts';
import { descriptorNames, quotedInLists, quotedNames, titleWithCountry, webNames } from './outlets.ts';
import { initialsWithSurname, people } from './people.ts';
import { productNames } from './products.ts';
import { geoWords, namedPlaces, placePhrases } from './places.ts';
import type { Mention } from '../../model/mention.ts';
import type { Token } from '../../model/token.ts';

/** The rules in the order they run: each claims only tokens no earlier rule claimed. */
export const RUSSIAN_RULES: ReadonlyArray<(c: Ctx) => void> = [
  webNames,
  productNames,
  quotedNames,
  descriptorNames,
  titleWithCountry,
  countries,
  orgPhrases,
  latinNames,
  acronyms,
  compoundOrgs,
  quotedInLists,
  initialsWithSurname,
  namedPlaces,
  placePhrases,
  people,
  geoWords,
  relationalAdjectives,
  oneSensePerDocument,
  multiWordSense,
  surnamesNotPlaces,
  parentheticalNames,
];

export function findRussianMentions(tokens: Token[]): Mention[] {
  const c = new Ctx(tokens);
  for (const rule of RUSSIAN_RULES) rule(c);
  return c.live().sort((a, b) => a.start - b.start);
}
