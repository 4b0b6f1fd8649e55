// Meeting frames step (placeholder while the engine grows).
import type { AnalysedDocument } from './document.ts';
import type { Extraction } from './index.ts';

export function extractMeeting(doc: AnalysedDocument, _options: { publishedAt?: string | undefined }): Omit<Extraction, 'language' | 'entities'> {
  void doc;
  return { isMeeting: false, status: 'unclear', date: null, location: null, participants: [], organizations: [], topics: [], relatedEvents: [], source: null, warnings: [] };
}
