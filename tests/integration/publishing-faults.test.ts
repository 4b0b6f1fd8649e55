// Faults and races the emulators cannot produce by themselves, injected where the test says:
// an interrupted save (an SDK middleware fails one PutItem), a concurrent writer (a real second
// write between read and save), a hub that is down, corrections that pile up before a publish.

import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ArticleStore } from '../../functions/aws/article-store.ts';
import { createDocumentClient } from '../../functions/aws/dynamodb/document-client.ts';
import { MeetingItems } from '../../functions/aws/dynamodb/meeting-items.ts';
import { createS3Client } from '../../functions/aws/s3-client.ts';
import { WebSubHub } from '../../functions/aws/websub-hub.ts';
import { nextVersion } from '../../functions/core/record/next-version.ts';
import { createNormaliseHandler } from '../../functions/handlers/normalise.ts';
import { createHarness, s3Notification } from '../support/pipeline-harness.ts';

const org = (name: string) => ({ name, mentions: [] });
const article = (title: string, extra: Record<string, unknown> = {}) => ({
  text: `${title}. The ministers met in Paris and held talks on trade.`,
  title,
  language: 'en',
  ...extra,
});
const itemsOf = (json: string | null) => (JSON.parse(json ?? '{"items":[]}') as { items: { _meeting: { id: string } }[] }).items.map((item) => item._meeting.id);

describe('Publishing under faults', () => {
  it('lists a meeting in its topic feeds after a save interrupted while writing its memberships (fault: one PutItem fails at the SDK client)', async () => {
    const harness = await createHarness();
    const { meetings, articleStates, articles } = harness.resources.adapters;
    // Store the article without normalising it, then normalise through a client whose first
    // PutItem of a topic membership fails, as a Lambda timeout or throttling would.
    const faulty = createDocumentClient(harness.resources.dynamodbEndpoint);
    let failed = false;
    faulty.middlewareStack.add(
      (next, context) => async (args) => {
        // The document client shares the base client's stack: the command is PutItemCommand, its item not yet marshalled.
        const item = (args.input as { Item?: { pk?: string } }).Item;
        if (!failed && context.commandName === 'PutItemCommand' && item?.pk?.startsWith('GROUP#')) {
          failed = true;
          throw Object.assign(new Error('Injected: the request timed out'), { name: 'TimeoutError' });
        }
        return next(args);
      },
      { step: 'initialize', name: 'failOneMembershipPut' },
    );
    const faultyStore = new MeetingItems(faulty, harness.resources.names.table);
    const signals: string[][] = [];
    const normaliseFaulty = createNormaliseHandler({ meetings: faultyStore, articleStates, articles, publish: { signal: async (ids) => void signals.push(ids) } });
    const ids = await harness.submitOnly(article('Interrupted', { meeting: { organizations: [org('UNESCO')] } }));

    const first = await normaliseFaulty(s3Notification(harness.resources.names.rawBucket, ids.articleId, 'once'));
    expect(failed).toBe(true);
    expect(first.batchItemFailures).toEqual([{ itemIdentifier: 'once' }]);
    expect(await meetings.getMeeting(ids.meetingId)).toBeNull();

    // SQS redelivers; the retry completes the save, and the topic feed lists the meeting.
    const retry = await normaliseFaulty(s3Notification(harness.resources.names.rawBucket, ids.articleId, 'again'));
    expect(retry.batchItemFailures).toEqual([]);
    harness.signal(signals.flat());
    await harness.publish();
    expect(itemsOf(await harness.read('feeds/by/org/unesco.json'))).toEqual([ids.meetingId]);
  });

  it('drops a meeting from every organisation it left when two corrections come before one publish', async () => {
    const harness = await createHarness();
    const url = 'https://news.example/moves';
    const { meetingId } = await harness.submit(article('Talks', { url, meeting: { organizations: [org('Alpha')] } }));
    await harness.publish();
    await harness.submit(article('Talks, corrected', { url, meeting: { organizations: [org('Beta')] } }));
    await harness.submit(article('Talks, corrected again', { url, meeting: { organizations: [org('Gamma')] } }));
    await harness.publish();
    expect(itemsOf(await harness.read('feeds/by/org/alpha.json'))).toEqual([]);
    expect(itemsOf(await harness.read('feeds/by/org/beta.json'))).toEqual([]);
    expect(itemsOf(await harness.read('feeds/by/org/gamma.json'))).toEqual([meetingId]);
  });

  it('retries a save that lost a race with a concurrent writer, and keeps both changes in order', async () => {
    const harness = await createHarness();
    const { meetings, articleStates, articles } = harness.resources.adapters;
    const url = 'https://news.example/race';
    const first = await harness.submit(article('Race', { url }));
    const later = await harness.submitOnly(article('Race, corrected', { url }));
    // A second writer saves a new version between our read and our save (a real write, not a stub).
    let raced = false;
    const racing = Object.assign(Object.create(meetings) as MeetingItems, {
      saveMeeting: async (...args: Parameters<MeetingItems['saveMeeting']>) => {
        if (!raced) {
          raced = true;
          const current = (await meetings.getMeeting(first.meetingId))!;
          await meetings.saveMeeting(nextVersion(current, { ...current.record, summary: 'changed elsewhere' }, current.sourceReceivedAt)!, current);
        }
        return meetings.saveMeeting(...args);
      },
    });
    const normalise = createNormaliseHandler({ meetings: racing, articleStates, articles, publish: { signal: async () => {} } });
    const batch = await normalise(s3Notification(harness.resources.names.rawBucket, later.articleId));
    expect(raced).toBe(true);
    expect(batch.batchItemFailures).toEqual([]);
    expect((await meetings.getMeeting(first.meetingId))?.record).toMatchObject({ version: 3, title: 'Race, corrected' });
  });

  it('reports an article published only once a publish has rendered its meeting', async () => {
    const harness = await createHarness();
    const a = await harness.submit(article('First'));
    await harness.publish();
    expect(await harness.status(a.articleId)).toBe('published');
    // A second article, and a publish that was not told about it (an earlier message in the queue).
    const b = await harness.submit(article('Second'));
    harness.clearSignals();
    await harness.publish();
    expect(await harness.status(b.articleId)).toBe('normalised');
    harness.signal([b.meetingId]);
    await harness.publish();
    expect(await harness.status(b.articleId)).toBe('published');
  });

  it('records an article as failed, with the reason, when normalising crashes on the last delivery (fault: the store throws)', async () => {
    const harness = await createHarness();
    const { meetings, articleStates, articles } = harness.resources.adapters;
    const ids = await harness.submitOnly(article('Crash'));
    const crashing = Object.assign(Object.create(meetings) as MeetingItems, {
      saveMeeting: async () => Promise.reject(new Error('Injected: extractor bug')),
    });
    const normalise = createNormaliseHandler({ meetings: crashing, articleStates, articles, publish: { signal: async () => {} } });
    const delivery = (count: number) => {
      const event = s3Notification(harness.resources.names.rawBucket, ids.articleId, `m${count}`);
      (event.Records[0] as unknown as { attributes: Record<string, string> }).attributes = { ApproximateReceiveCount: String(count) };
      return event;
    };

    expect((await normalise(delivery(1))).batchItemFailures).toEqual([{ itemIdentifier: 'm1' }]);
    expect(await harness.status(ids.articleId)).toBe('stored');
    expect((await normalise(delivery(5))).batchItemFailures).toEqual([{ itemIdentifier: 'm5' }]);
    const state = await articleStates.getArticle(ids.articleId);
    expect(state).toMatchObject({ status: 'failed', meetingId: ids.meetingId, reason: expect.stringContaining('Injected: extractor bug') });
    expect(await harness.status(ids.articleId)).toBe('failed');
  });

  it('records a stored article that no longer parses as failed, with the reason, and publishes nothing (fault: a PDF stored past intake)', async () => {
    const harness = await createHarness();
    const { meetings, articleStates, articles } = harness.resources.adapters;
    const raw = { articleId: 'a'.repeat(24), body: Buffer.from('%PDF-1.7'), contentType: 'application/pdf', meetingId: `m${'a'.repeat(23)}`, submittedBy: 'alice', receivedAt: '2026-01-01T00:00:00.000Z' };
    await articles.put(raw);
    const signalled: string[] = [];
    const normalise = createNormaliseHandler({ meetings, articleStates, articles, publish: { signal: async (ids) => void signalled.push(...ids) } });

    const batch = await normalise(s3Notification(harness.resources.names.rawBucket, raw.articleId));

    expect(batch.batchItemFailures).toEqual([]);
    expect(await articleStates.getArticle(raw.articleId)).toMatchObject({ status: 'failed', meetingId: raw.meetingId, reason: expect.stringContaining('application/pdf') });
    expect(await meetings.getMeeting(raw.meetingId)).toBeNull();
    expect(signalled).toEqual([]);
  });

  it('still reports the last delivery as failed when recording the failure fails too (fault: the state store throws)', async () => {
    const harness = await createHarness();
    const { meetings, articles } = harness.resources.adapters;
    const ids = await harness.submitOnly(article('Double fault'));
    const crashing = Object.assign(Object.create(meetings) as MeetingItems, { saveMeeting: async () => Promise.reject(new Error('Injected: save fails')) });
    const unrecordable = { putArticle: async () => Promise.reject(new Error('Injected: state store down')) };
    const logged: { message: string; fields?: Record<string, unknown> }[] = [];
    const telemetry = { log: (_level: string, message: string, fields?: Record<string, unknown>) => void logged.push({ message, fields }), metric: () => {} };
    const normalise = createNormaliseHandler({ meetings: crashing, articleStates: unrecordable, articles, publish: { signal: async () => {} }, telemetry });
    const event = s3Notification(harness.resources.names.rawBucket, ids.articleId, 'm5');
    (event.Records[0] as unknown as { attributes: Record<string, string> }).attributes = { ApproximateReceiveCount: '5' };

    const batch = await normalise(event);

    expect(batch.batchItemFailures).toEqual([{ itemIdentifier: 'm5' }]);
    expect(logged).toContainEqual({ message: 'Could not record the failure', fields: { articleId: ids.articleId, error: expect.stringContaining('state store down') } });
    expect(await harness.status(ids.articleId)).toBe('stored');
  });

  it('publishes even when the WebSub hub is down', async () => {
    const hub = createServer((_req, res) => res.writeHead(503).end());
    hub.listen(0, '127.0.0.1');
    await once(hub, 'listening');
    const hubUrl = `http://127.0.0.1:${(hub.address() as AddressInfo).port}/`;
    try {
      const warnings: string[] = [];
      const telemetry = { log: (level: string, message: string) => void (level === 'warn' && warnings.push(message)), metric: () => {} };
      const harness = await createHarness({ hubUrl, hub: new WebSubHub(hubUrl), telemetry });
      const { meetingId } = await harness.submit(article('Hub down'));
      const written = await harness.publish();
      expect(written).toContain('feeds/meetings.atom');
      expect(warnings).toEqual(['WebSub hub notification failed']);
      expect(itemsOf(await harness.read('feeds/meetings.json'))).toEqual([meetingId]);
    } finally {
      hub.close();
    }
  });
});

describe('Meeting store: bulk import', () => {
  it('accepts an empty batch, as the last chunk of an import often is', async () => {
    const harness = await createHarness();
    await expect(harness.resources.adapters.meetings.importMeetings([])).resolves.toBeUndefined();
  });
});

describe('Article store: write once', () => {
  it('treats S3\'s 412 to a conditional put as "already stored" (fault: the emulator ignores If-None-Match, so the 412 is injected at the SDK client)', async () => {
    const harness = await createHarness();
    const s3 = createS3Client(harness.resources.s3Endpoint);
    s3.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'PutObjectCommand') {
          throw Object.assign(new Error('At least one of the pre-conditions you specified did not hold'), {
            name: 'PreconditionFailed',
            $metadata: { httpStatusCode: 412 },
          });
        }
        return next(args);
      },
      { step: 'initialize', name: 'raceLostTo412' },
    );
    const store = new ArticleStore(s3, harness.resources.names.rawBucket);
    const article = { articleId: 'b'.repeat(24), body: Buffer.from('Talks.'), contentType: 'text/plain', meetingId: 'm-race', submittedBy: 'alice', receivedAt: '2026-11-25T10:00:00.000Z' };
    expect(await store.put(article)).toBe('exists');
  });
});
