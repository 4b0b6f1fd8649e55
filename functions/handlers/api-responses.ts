// What the editors' API answers, as zod schemas: the OpenAPI description is generated from them
// (scripts/contract.ts), and the handlers type their answers with `z.infer` through type-only imports, so no
// function loads zod to answer. tests/integration/api-contract.test.ts checks the running app's answers.

import { z } from 'zod';
import { editorOverridesSchema, extractedFieldsSchema } from '../core/record/corrections-schema.ts';
import { CONSISTENCY, checkConsistency, meetingRecordSchema, recordFields, retractionSchema } from '../core/record/record-schema.ts';

const articleId = z.string().regex(/^[0-9a-f]{24}$/);
const statusName = z.enum(['stored', 'normalised', 'published', 'failed']).meta({
  id: 'ArticleStatusName',
  description: 'stored: kept, not yet read; normalised: its meeting record is made; published: the feeds show it; failed: see reason.',
});

export const articleLinksSchema = z
  .object({
    status: z.string().meta({ examples: ['/articles/55ad9cf01ce15f02c2784a6f'] }),
    record: z.string().optional().meta({ examples: ['/meetings/m55ad9cf01ce15f02c2784a6.json'] }),
    atom: z.string().meta({ examples: ['/feeds/meetings.atom'] }),
    json: z.string().meta({ examples: ['/feeds/meetings.json'] }),
  })
  .strict()
  .meta({ id: 'ArticleLinks', description: "Where to follow an article: its status, its meeting's published record once known, and the feeds." });

export const errorBodySchema = z
  .object({
    error: z
      .object({
        code: z.string().meta({ examples: ['payload_too_large'] }),
        message: z.string().meta({ examples: ['Articles are limited to 1.0 MiB; this one is 3.2 MiB.'] }),
      })
      .strict(),
  })
  .strict()
  .meta({ id: 'Error', description: 'Every error: a code to act on and a message that says what to do.' });

export const articleAcceptedSchema = z
  .object({
    articleId,
    meetingId: recordFields.shape.id,
    status: statusName,
    duplicate: z.boolean().meta({ description: 'true when this exact body was submitted before' }),
    links: articleLinksSchema,
  })
  .strict()
  .meta({ id: 'Accepted', description: 'The article is stored durably; follow it at links.status.' });

const entitySchema = z
  .object({ type: z.enum(['PER', 'LOC', 'ORG']), start: z.number().int().min(0), end: z.number().int().min(0) })
  .strict()
  .meta({ id: 'Entity', description: 'A person, place or organisation the extractor found: UTF-16 offsets into text, end exclusive.' });

export const dryRunSchema = z
  .object({
    dryRun: z.literal(true),
    articleId,
    meetingId: recordFields.shape.id,
    text: z.string().meta({
      description: 'The article as intake read it (a page\'s main content, rendered Markdown): the string every mention offset points into.',
    }),
    record: recordFields
      .extend({ version: z.literal(0).meta({ description: 'A dry run stores nothing, so its record has no version yet.' }) })
      .superRefine(checkConsistency)
      .meta({ id: 'DryRunRecord', description: 'The meeting record the submission would make (MeetingRecord, at version 0).', allOf: CONSISTENCY }),
    entities: z.array(entitySchema),
  })
  .strict()
  .meta({ id: 'DryRun', description: 'The record that would be made; nothing is stored.' });

export const articleStatusSchema = z
  .object({
    articleId,
    meetingId: recordFields.shape.id.nullable(),
    status: statusName,
    reason: z.string().optional().meta({ description: 'why normalising or publishing failed' }),
    record: meetingRecordSchema.nullable().meta({ description: 'the meeting record (docs/meeting-record.md), null until normalised' }),
    links: articleLinksSchema,
  })
  .strict()
  .meta({ id: 'ArticleStatus' });

export const listedArticleSchema = z
  .object({
    articleId,
    meetingId: recordFields.shape.id,
    receivedAt: z.iso.datetime({ offset: true }),
    title: z.string().optional().meta({ description: "the record's title, else the one the submission gave" }),
    status: statusName,
    reason: z.string().optional().meta({ description: 'why it failed' }),
    links: articleLinksSchema,
  })
  .strict()
  .meta({ id: 'ListedArticle' });

export const articleListSchema = z
  .object({
    articles: z.array(listedArticleSchema),
    next: z.string().nullable().meta({ description: 'the cursor of the next page (pass it as `cursor`); null on the last page' }),
  })
  .strict()
  .meta({ id: 'ArticleList' });

export const meetingViewSchema = z
  .object({
    meetingId: recordFields.shape.id,
    version: z.number().int().min(1).meta({ description: 'also the ETag, to send back as If-Match' }),
    record: meetingRecordSchema,
    extraction: extractedFieldsSchema.nullable().meta({ description: 'the corrected fields as extraction found them; null when never corrected (the record is then the extraction)' }),
    overrides: editorOverridesSchema.nullable().meta({ description: '{fields, participants: {added, changed, removed}, organizations: {added, changed, removed}}; null when never corrected' }),
    publishedVersion: z.number().int().min(1).nullable().meta({ description: 'the highest version publish has rendered' }),
  })
  .strict()
  .meta({ id: 'MeetingView', description: "A meeting's record beside its extraction and the editors' overrides (GET, and PATCH's answer)." });

export const retractedSchema = z
  .object({ meetingId: recordFields.shape.id, status: z.literal('retracted'), version: recordFields.shape.version, retracted: retractionSchema })
  .strict()
  .meta({ id: 'Retracted', description: 'The meeting is retracted: it leaves the JSON feeds and pages and becomes a tombstone in the Atom feeds.' });

const articleIdsAfter = z.string().nullable();

export const rebuildPageSchema = z
  .object({
    queued: z.number().int().min(0).meta({ description: 'how many stored articles this call sent back to normalise' }),
    articleIds: z.array(articleId),
    next: articleIdsAfter.meta({ description: 'pass it as `after` for the next page; null after the last' }),
  })
  .strict()
  .meta({ id: 'RebuildPage', description: 'A page of stored articles sent back through normalise (the current extractor; editors\' overrides kept).' });

const queueDepthSchema = z
  .object({
    waiting: z.number().int().min(0).meta({ description: 'messages waiting to be received' }),
    inFlight: z.number().int().min(0).meta({ description: 'received and not yet done' }),
  })
  .strict()
  .meta({ id: 'QueueDepth' });

export const queueDepthsSchema = z
  .object({ normalise: queueDepthSchema, publish: queueDepthSchema, normaliseDeadLetters: queueDepthSchema, publishDeadLetters: queueDepthSchema })
  .strict()
  .meta({ id: 'QueueDepths', description: 'How much work waits in each queue and dead-letter queue.' });

const perQueue = z.object({ normalise: z.number().int().min(0), publish: z.number().int().min(0) }).strict();

export const redrivenSchema = z
  .object({
    moved: perQueue.meta({ description: 'dead letters sent back to their queue by this call' }),
    remaining: perQueue.meta({ description: 'dead letters still waiting: call again while any remain' }),
  })
  .strict()
  .meta({ id: 'Redriven' });

export type ArticleLinks = z.infer<typeof articleLinksSchema>;
export type ErrorBody = z.infer<typeof errorBodySchema>;
export type ArticleAccepted = z.infer<typeof articleAcceptedSchema>;
export type DryRunAnswer = z.infer<typeof dryRunSchema>;
export type ArticleStatusAnswer = z.infer<typeof articleStatusSchema>;
export type ArticleListAnswer = z.infer<typeof articleListSchema>;
export type MeetingView = z.infer<typeof meetingViewSchema>;
export type RetractedAnswer = z.infer<typeof retractedSchema>;
export type RebuildPage = z.infer<typeof rebuildPageSchema>;
export type QueueDepths = z.infer<typeof queueDepthsSchema>;
export type Redriven = z.infer<typeof redrivenSchema>;
