// Meeting step: builds the record's meeting fields from the frame (frame.ts): participants with roles,
// organisations, place, date, status, kind, topics, related events, source.

import { meetingDate } from './date.ts';
import { findFrame, isHeadline } from './frame.ts';
import { meetingKind } from './kind.ts';
import { meetingOrganizations } from './organizations.ts';
import { meetingParticipants } from './participants.ts';
import { meetingPlace } from './place.ts';
import { placeLine } from './place-lines.ts';
import { landmarkLocation } from './place-venues.ts';
import { relatedEvents } from './related-events.ts';
import { creditedOutlets, meetingSource } from './source.ts';
import { meetingStatus } from './status.ts';
import { topicsOf } from './topics.ts';
import { type AnalysedDocument, sentenceAtOffset, sentenceTexts } from '../model/document.ts';
import { type MeetingFields, noMeeting } from '../model/extraction.ts';

/** No meeting found (or none looked for): every field empty, never invented. */
export function extractMeeting(doc: AnalysedDocument, options: { publishedAt?: string | undefined }): MeetingFields {
  const texts = sentenceTexts(doc);
  const outlets = creditedOutlets(doc.text, doc.language);
  const frame = findFrame(doc, texts, options.publishedAt);
  const none: MeetingFields = noMeeting(outlets[0] ?? null, []);
  if (!frame) return { ...none, warnings: ['No meeting found in the text.'] };
  const source = meetingSource(doc, frame.sentences);
  const main = frame.main;
  const participants = meetingParticipants(doc, frame);
  const organizations = meetingOrganizations(doc, frame, participants, outlets);

  // The main sentence says most about the kind (a headline main gives way to the lead's first body cue
  // sentence); then the headline, then the other frame sentences.
  const headline = isHeadline(doc, 0) ? 0 : -1;
  const body = frame.sentences.filter((s) => s !== headline);
  const first = main === headline && body.length > 0 ? body[0]! : main;
  const kindTexts = [...new Set([first, ...(headline === 0 ? [0] : []), ...body])].map((s) => texts[s]!);
  const kind = meetingKind(kindTexts, doc.language);

  let location = meetingPlace(doc, [main, ...frame.sentences.filter((s) => s !== main)]);
  // Nothing in the frame: a landmark in a later sentence about a participant ("during his time at Number 10").
  if (!location && participants.length > 0) {
    const about = new Set(participants.flatMap((p) => p.mentions.map((x) => sentenceAtOffset(doc, x.start))));
    location = landmarkLocation(doc, [...about].filter((s) => s > main && s <= main + 6).sort((a, b) => a - b));
  }
  // Still nothing: the page's place line above the text ("New York", «Москва, Кремль»).
  location ??= placeLine(doc);
  // A call has no place: the parties are not in one.
  if (kind === 'call') location = null;
  // A headline ("Talks held on ...") says least about the tense: it is read last.
  const status = frame.cancelled
    ? 'cancelled'
    : meetingStatus(doc, [main, ...frame.sentences.filter((s) => s !== main)].sort((a, b) => Number(isHeadline(doc, a)) - Number(isHeadline(doc, b))));
  // The frame sentence's date; a headline's only beside a meeting word ("С 27 марта 2011 года ..." is not one).
  const { date, dateBasis } = meetingDate(doc, frame, { publishedAt: options.publishedAt, status, participants: participants.map((p) => p.mentions) });
  const topics = topicsOf(texts, doc.language);
  return {
    isMeeting: true,
    kind,
    dateBasis,
    status,
    date,
    location,
    participants,
    organizations,
    topics,
    relatedEvents: relatedEvents(doc, main),
    source,
    warnings: [],
  };
}
