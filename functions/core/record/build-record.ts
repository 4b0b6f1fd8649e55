// Builds the meeting record from a parsed submission and the extractor's findings.
// Editor-supplied fields win over extraction; nothing that neither supplied is invented.

import { type Block, parseBlocks } from '../intake/blocks.ts';
import type { Extraction } from '../extract/index.ts';
import type { MeetingKind, MeetingOverrides, MeetingRecord } from './record.ts';
import { renderContentHtml } from './render-content-html.ts';
import { sanitiseHtml } from './sanitise-html.ts';
import { recordTitle } from './title/record-title.ts';
import type { Submission } from '../intake/submission.ts';

export interface RecordContext {
  id: string;
  articleId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  submittedBy: string;
}

const MAX_SUMMARY = 1000;

export function buildRecord(submission: Submission, extraction: Extraction, context: RecordContext): MeetingRecord {
  // Markdown and pages come with their structure; plain text and JSON are read for it by shape.
  const blocks = submission.blocks ?? parseBlocks(submission.text, submission.format);
  const leadHeading = blocks[0]?.kind === 'heading' ? blocks[0].text : undefined;
  const overrides = submission.meeting ?? {};
  // A heading that opens the article is its headline (the BBC style): it becomes the title, not content.
  // When the editor gave a title (either way), the headline stays in the content.
  const bodyBlocks = leadHeading && !submission.title && !overrides.title ? blocks.slice(1) : blocks;
  const leadBlock = bodyBlocks.find((block): block is Extract<Block, { kind: 'paragraph' }> => block.kind === 'paragraph');
  const lead = leadBlock?.text ?? '';
  // An editor who says what sort of meeting it was says that it was one (validation refuses isMeeting: false with a kind).
  const isMeeting = overrides.isMeeting ?? (overrides.kind ? true : extraction.isMeeting);
  const kind = kindOf(overrides, extraction, isMeeting);
  const status = overrides.status ?? extraction.status;
  // A call has no place (MEETINGS.md), even where the text says where one party spoke from.
  const location = kind === 'call' ? null : overrides.location !== undefined ? overrides.location : extraction.location;
  const participants = overrides.participants ?? extraction.participants;
  const language = extraction.language;
  const title =
    overrides.title ?? submission.title ?? leadHeading ?? recordTitle({ language, isMeeting, kind, status, participants, location }, lead || submission.text);
  const summary = overrides.summary ?? truncate(lead, MAX_SUMMARY);
  // The summary is the lead: the content starts after it, so that feeds and pages showing both do not say it twice.
  const contentBlocks = leadBlock && summary === lead ? bodyBlocks.filter((block) => block !== leadBlock) : bodyBlocks;

  return {
    id: context.id,
    version: context.version,
    articleId: context.articleId,
    language,
    title,
    summary,
    // Sanitised once, here, where every record is made: the renderers can then use it as it is.
    contentHtml: sanitiseHtml(renderContentHtml(contentBlocks)),
    isMeeting,
    kind,
    status,
    date: overrides.date !== undefined ? overrides.date : extraction.date,
    dateBasis: dateBasisOf(overrides, extraction),
    location,
    participants,
    organizations: overrides.organizations ?? extraction.organizations,
    topics: overrides.topics ?? extraction.topics,
    relatedEvents: overrides.relatedEvents ?? extraction.relatedEvents,
    source: { name: submission.source ?? extraction.source, url: submission.url ?? null },
    publishedAt: submission.publishedAt ?? null,
    updatedAt: context.updatedAt,
    createdAt: context.createdAt,
    submittedBy: context.submittedBy,
    warnings: [...(submission.warnings ?? []), ...extraction.warnings],
  };
}

/**
 * What sort of meeting; null for an article that reports none. The editor's kind wins. An extracted
 * `call` yields to a place the editor gave: a call has no place, so one of the two is wrong, and the
 * editor's word counts.
 */
function kindOf(overrides: MeetingOverrides, extraction: Extraction, isMeeting: boolean): MeetingKind | null {
  if (!isMeeting) return null;
  if (overrides.kind !== undefined) return overrides.kind;
  return extraction.kind === 'call' && overrides.location ? null : extraction.kind;
}

/**
 * How the date was found. A date the editor gave is the editor's, not the text's, even when the text
 * says the same; no date, no basis.
 */
function dateBasisOf(overrides: MeetingOverrides, extraction: Extraction): MeetingRecord['dateBasis'] {
  if (overrides.date !== undefined) return overrides.date === null ? null : { how: 'editor', mention: null };
  return extraction.date === null ? null : extraction.dateBasis;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > max / 2 ? cut.slice(0, boundary) : cut).trimEnd()}…`;
}
