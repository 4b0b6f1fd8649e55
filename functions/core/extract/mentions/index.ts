// Mention step: the language's rules find PER / LOC / ORG spans (no overlaps); then corrections that the
// layout of the text makes plain (a dateline names no organisation, nor does a photo credit; English people
// set off by commas, titles and lists).

import { dropPhotoCredits } from './captions.ts';
import { dropDatelineOrganizations } from './dateline.ts';
import { findEnglishMentions } from './en/index.ts';
import { addEnglishPeople } from './en/people-in-context.ts';
import { findRussianMentions } from './ru/index.ts';
import type { AnalysedDocument, Language } from '../model/document.ts';
import type { Mention } from '../model/mention.ts';
import type { Token } from '../model/token.ts';

/** Each language's rules over the tokens. */
export function findMentions(tokens: Token[], language: Language): Mention[] {
  return language === 'ru' ? findRussianMentions(tokens) : findEnglishMentions(tokens);
}

/** Corrections that need the whole document (sentences, the other mentions); they update it in place. */
export function applyMentionContext(doc: AnalysedDocument): void {
  dropDatelineOrganizations(doc);
  dropPhotoCredits(doc);
  if (doc.language === 'en') addEnglishPeople(doc);
}
