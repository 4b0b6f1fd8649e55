// The extractor: article text in, meeting fields and named entities out. Pure: no I/O, no clock, no
// environment; the caller loads the dictionaries (functions/dictionaries/) and passes them in. The pipeline:
//   text/      language -> tokens -> sentences
//   mentions/  the language's mention rules (mentions/ru/, mentions/en/) -> corrections from the layout
//   fields/    frame -> participants, roles -> organisations, place, date, status, kind, topics, source
// with model/ (the types), knowledge/ (morphology, gazetteers) and lexicon/ (each language's word lists).

import { personMention } from '../record/persons/person-mention.ts';
import { extractMeeting } from './fields/meeting.ts';
import { countriesNamed } from './knowledge/countries-named.ts';
import type { Dictionaries, } from './knowledge/dictionaries.ts';
import { installGazetteer } from './knowledge/gazetteer.ts';
import { initMorphology } from './knowledge/morphology.ts';
import { applyMentionContext, findMentions } from './mentions/index.ts';
import { type AnalysedDocument, type Language, makeDocument } from './model/document.ts';
import { type Extraction, type ExtractionInput, emptyExtraction } from './model/extraction.ts';
import type { Entity, EntityType } from './model/mention.ts';
import { detectLanguage } from './text/language.ts';
import { markSentences } from './text/sentences.ts';
import { tokenize } from './text/tokenize.ts';

export type { Dictionaries, Entity, EntityType, Extraction, ExtractionInput };
export { MORPHOLOGY_FILES } from './knowledge/dictionaries.ts';
export { emptyExtraction } from './model/extraction.ts';

export interface Extractor {
  /**
   * Extracts one article. A language the extractor does not read gives empty fields and a warning; a bug in
   * a step throws (callers decide how to degrade: the pipeline publishes the article with a warning).
   */
  extract(input: ExtractionInput): Extraction;
}

const READ: ReadonlySet<string> = new Set<Language>(['ru', 'en']);

/** Tokens, sentences and mentions of one article. */
export function analyseDocument(text: string, language: Language): AnalysedDocument {
  const tokens = tokenize(text);
  const sentenceCount = markSentences(text, tokens, language);
  const doc = makeDocument(text, language, tokens, sentenceCount, findMentions(tokens, language));
  applyMentionContext(doc);
  return doc;
}

/** Installs the dictionaries (morphology, gazetteers) once per process and returns the extractor. */
export function createExtractor(dictionaries: Dictionaries): Extractor {
  initMorphology(dictionaries.morphology);
  installGazetteer(dictionaries);
  return {
    extract(input: ExtractionInput): Extraction {
      const text = input.text;
      const language = input.language?.trim().toLowerCase() || detectLanguage(text);
      if (!READ.has(language)) {
        return emptyExtraction(language, [`Language "${language}" is not one the extractor reads (ru, en): meeting fields are left empty.`]);
      }
      const doc = analyseDocument(text, language as Language);
      const meeting = extractMeeting(doc, { publishedAt: input.publishedAt });
      return {
        language,
        ...meeting,
        entities: doc.mentions.map((m) => ({ type: m.type, start: m.start, end: m.end })),
        personCountries: meeting.participants.map((participant) => personMention(participant, language, countriesNamed).countries),
      };
    },
  };
}
