// Whatever intake accepts can be stored: the largest articles that pass the intake's size check, in
// the shapes that compress worst, are normalised into a DynamoDB item (dynalite enforces the 400 KB
// item limit as DynamoDB does); one just beyond is refused with 413 at intake instead.

import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ClientError } from '../../functions/core/errors.ts';
import { MAX_ARTICLE_BYTES } from '../../functions/core/intake/limits.ts';
import { parseSubmission } from '../../functions/core/intake/submission.ts';
import { createIngestHandler } from '../../functions/handlers/ingest.ts';
import { createNormaliseHandler } from '../../functions/handlers/normalise.ts';
import { postEvent, s3Notification } from '../support/events.ts';
import { createTestResources, type TestResources } from '../support/resources.ts';

/** About `length` characters of words drawn at random from `alphabet`, separated by spaces and now and then a blank line. */
function randomWords(length: number, alphabet: string, lineStart = ''): string {
  const noise = randomBytes(length);
  const parts: string[] = [lineStart];
  for (let index = 0; index < length; index++) {
    const byte = noise[index] ?? 0;
    parts.push(byte % 9 === 0 ? (byte % 5 === 0 ? `\n\n${lineStart}` : ' ') : (alphabet[byte % alphabet.length] ?? 'a'));
  }
  return parts.join('').slice(0, length);
}

const accepted = async (text: string, contentType: string) => {
  try {
    await parseSubmission(Buffer.from(text, 'utf8'), contentType);
    return true;
  } catch (error) {
    if (error instanceof ClientError && error.status === 413) return false;
    throw error;
  }
};

/** The longest prefix of `text` (to 1 KB) that intake accepts (without the storage check: up to 1 MiB). */
async function largestAccepted(text: string, contentType: string): Promise<string> {
  let [low, high] = [0, text.length];
  while (high - low > 1024) {
    const middle = Math.floor((low + high) / 2);
    if (await accepted(text.slice(0, middle), contentType)) low = middle;
    else high = middle;
  }
  return text.slice(0, low);
}

describe('Intake and storage agree on what fits', () => {
  let resources: TestResources;
  const now = () => new Date(Date.UTC(2026, 10, 25, 12, 0, 0));

  beforeAll(async () => {
    resources = await createTestResources();
  });

  function handlers() {
    const { meetings, articleStates, articles, editorArticles } = resources.adapters;
    return {
      ingest: createIngestHandler({ meetings, articleStates, articles, editorArticles, now }),
      normalise: createNormaliseHandler({ meetings, articleStates, articles, publish: { signal: async () => {} }, now }),
    };
  }

  it('refuses 1 MiB of incompressible words at intake with a 413 that says why', async () => {
    // Act
    const response = await handlers().ingest(postEvent(randomWords(MAX_ARTICLE_BYTES, 'abcdefghijklmnopqrstuvwxyz'), 'text/plain'));

    // Assess
    expect(response.statusCode).toBe(413);
    expect(JSON.parse(response.body ?? '{}').error.message).toMatch(/compresses to .* a stored article may take at most/);
  });

  it.each([
    ['incompressible Latin words', 'abcdefghijklmnopqrstuvwxyz', '', 'text/plain; charset=utf-8'],
    ['incompressible Cyrillic words', 'абвгдежзийклмнопрстуфхцчшщъыьэюя', '', 'text/plain; charset=utf-8'],
    ['characters HTML escapes (& < > " \')', '<>&"\'ab', '', 'text/plain; charset=utf-8'],
    ['a Markdown list of random words', 'abcdefghijklmnopqrstuvwxyz', '- ', 'text/markdown; charset=utf-8'],
    ['Markdown headings of random words', 'abcdefghijklmnopqrstuvwxyz', '# ', 'text/markdown; charset=utf-8'],
  ])('stores the largest accepted article of %s', { timeout: 60_000 }, async (_name, alphabet, lineStart, contentType) => {
    // Prepare
    const text = await largestAccepted(randomWords(MAX_ARTICLE_BYTES, alphabet, lineStart), contentType);
    const { ingest, normalise } = handlers();

    // Act
    const response = await ingest(postEvent(text, contentType));
    const { articleId, meetingId } = JSON.parse(response.body ?? '{}');
    const batch = await normalise(s3Notification(resources.names.rawBucket, articleId));

    // Assess
    expect(text.length).toBeGreaterThan(100_000);
    expect(response.statusCode).toBe(202);
    expect(batch.batchItemFailures).toEqual([]);
    expect(await resources.adapters.articleStates.getArticle(articleId)).toMatchObject({ status: 'normalised' });
    expect((await resources.adapters.meetings.getMeeting(meetingId))?.record.articleId).toBe(articleId);
  });
});
