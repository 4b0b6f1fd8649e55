// Hostile submissions: nesting bombs, YAML alias bombs and articles too large to store are refused
// with a precise 4xx before any parser or recursive walk meets them.

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ClientError } from '../../functions/core/errors.ts';
import { assertJsonDepth, assertValueDepth } from '../../functions/core/intake/bounded-input.ts';
import { assertYamlShape } from '../../functions/core/intake/front-matter.ts';
import { MAX_ARTICLE_BYTES, MAX_FRONT_MATTER_BYTES, MAX_NESTING_DEPTH } from '../../functions/core/intake/limits.ts';
import { parseSubmission } from '../../functions/core/intake/submission.ts';
import { rejection } from '../support/submission-rejection.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);


const nestedJson = (depth: number) => `{"text":"Talks.","meeting":${'['.repeat(depth)}${']'.repeat(depth)}}`;
const nestedFlowYaml = (depth: number) => `---\nmeeting:\n  topics: ${'['.repeat(depth)}${']'.repeat(depth)}\n---\nTalks.`;

/** Words of random letters: about as incompressible as prose can get (gzip keeps ~60% of them). */
function randomWords(bytes: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const noise = randomBytes(bytes);
  let text = '';
  for (let index = 0; index < bytes; index++) text += index % 7 === 6 ? ' ' : letters[(noise[index] ?? 0) % 26];
  return text;
}

describe('Function: parseSubmission (nesting bombs)', () => {
  it.each([5_000, 500_000])('refuses JSON nested %i deep with a 400, not a stack overflow', async (depth) => {
    // Act
    const error = await rejection(utf8(nestedJson(depth)), 'application/json');

    // Assess
    expect(error.status).toBe(400);
    expect(error.code).toBe('invalid_json');
    expect(error.message).toMatch(/nests deeper than 32 levels/);
  });

  it('refuses deep JSON in a dry run too: the dry run parses through the same function', async () => {
    // Act / Assess: 1 MiB of brackets, just under the size limit.
    const depth = Math.floor((MAX_ARTICLE_BYTES - 40) / 2);
    expect((await rejection(utf8(nestedJson(depth)), 'application/json')).status).toBe(400);
  });

  it('still accepts the deepest documented shape (meeting.participants[].mentions[])', async () => {
    // Prepare
    const body = { text: 'Talks.', meeting: { participants: [{ name: 'Jane Doe', mentions: [{ start: 0, end: 5 }] }] } };

    // Act
    const submission = await parseSubmission(utf8(JSON.stringify(body)), 'application/json');

    // Assess
    expect(submission.meeting?.participants?.[0]?.mentions).toEqual([{ start: 0, end: 5 }]);
  });

  it('tells how deep the deepest documented shape goes when it refuses a deeper one', async () => {
    // Prepare: meeting.participants[].mentions[] holding a mention, as deep as a documented body goes.
    const deepest = JSON.stringify({ text: 'Talks.', meeting: { participants: [{ name: 'Jane Doe', mentions: [{ start: 0, end: 5 }] }] } });
    let depth = 0;
    let deepestLevel = 0;
    for (const char of deepest) {
      if (char === '{' || char === '[') deepestLevel = Math.max(deepestLevel, ++depth);
      else if (char === '}' || char === ']') depth--;
    }

    // Act
    const error = await rejection(utf8(nestedJson(100)), 'application/json');

    // Assess
    expect(deepestLevel).toBe(6);
    expect(error.message).toContain(`meeting.participants[].mentions[], needs ${deepestLevel} levels`);
  });

  it('does not count brackets inside JSON strings', () => {
    // Act / Assess
    expect(() => assertJsonDepth(JSON.stringify({ text: '['.repeat(10_000), title: '{\\"[' }))).not.toThrow();
  });

  it('refuses deeply nested flow collections in YAML front matter with a 400, every time', async () => {
    // Act: the seventh such request used to kill the process.
    const errors: ClientError[] = [];
    for (let request = 0; request < 10; request++) errors.push(await rejection(utf8(nestedFlowYaml(5_000)), 'text/markdown'));

    // Assess
    for (const error of errors) {
      expect(error.status).toBe(400);
      expect(error.message).toMatch(/front matter nests deeper than 32 levels/);
    }
  });

  it('refuses deeply nested block collections in YAML front matter with a 400', async () => {
    // Prepare: a block sequence in a block sequence..., one more space each level.
    let frontMatter = 'meeting:\n';
    for (let level = 1; level <= 300; level++) frontMatter += `${' '.repeat(level)}-\n`;

    // Act
    const error = await rejection(utf8(`---\n${frontMatter}---\nTalks.`), 'text/markdown');

    // Assess
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/nests deeper than 32 levels/);
  });

  it.each([
    ['compact sequences (- - - ...)', `meeting:\n  topics:\n    ${'- '.repeat(30_000)}x`],
    ['explicit keys (? ? ? ...)', `${'? '.repeat(30_000)}x`],
  ])('refuses front matter nested by %s with a 400 before the YAML composer recurses', async (_name, frontMatter) => {
    // Act: such front matter used to exhaust the stack, and then V8's regular-expression compiler ran out of memory.
    const error = await rejection(utf8(`---\n${frontMatter}\n---\nTalks.`), 'text/markdown');

    // Assess
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/front matter nests deeper than 32 levels/);
  });

  it('does not count brackets in quoted YAML strings or comments', () => {
    // Act / Assess
    expect(() => assertYamlShape(`title: "${'['.repeat(100)}"\n# ${'{'.repeat(100)}\nsource: '${'['.repeat(100)}'\n`)).not.toThrow();
  });

  it('walks a parsed value without the call stack', () => {
    // Prepare: nested far deeper than any recursive walk survives.
    let value: unknown = [];
    for (let level = 0; level < 200_000; level++) value = [value];

    // Act / Assess
    expect(() => assertValueDepth(value, 'JSON body')).toThrow(/nests deeper than 32 levels/);
    expect(MAX_NESTING_DEPTH).toBe(32);
  });
});

describe('Function: parseSubmission (YAML alias bombs)', () => {
  it('refuses aliases in front matter, which could expand a few lines to megabytes, with a 400 that says what to do', async () => {
    // Prepare: 100 references to a list of 2,000 topics would be 200,000 topics.
    const topics = Array.from({ length: 2_000 }, (_, index) => `t${index}`).join(', ');
    const body = `---\nmeeting:\n  topics: &many [${topics}]\n  relatedEvents: [${Array(100).fill('{title: *many}').join(', ')}]\n---\nTalks.`;

    // Act
    const error = await rejection(utf8(body), 'text/markdown');

    // Assess
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/YAML alias \(\*many\); write the value out in full/);
  });

  it('still accepts anchors without aliases and a * inside a quoted string', async () => {
    // Act
    const submission = await parseSubmission(utf8('---\ntitle: "*starred*"\nsource: &s Agency\n---\nTalks.'), 'text/markdown');

    // Assess
    expect(submission).toMatchObject({ title: '*starred*', source: 'Agency' });
  });

  it('refuses front matter over its size limit with a 413 before parsing it', async () => {
    // Prepare
    const body = `---\ntitle: Talks\nsource: ${'a'.repeat(MAX_FRONT_MATTER_BYTES)}\n---\nTalks.`;

    // Act
    const error = await rejection(utf8(body), 'text/markdown');

    // Assess
    expect(error.status).toBe(413);
    expect(error.message).toMatch(/front matter is limited to 64\.0 KiB/);
  });
});

describe('Function: parseSubmission (whatever is accepted can be stored)', () => {
  it('refuses 1 MiB of incompressible words with a 413 that says why, instead of a 202 that fails in DynamoDB', async () => {
    // Act
    const error = await rejection(utf8(randomWords(MAX_ARTICLE_BYTES - 16)), 'text/plain');

    // Assess
    expect(error.status).toBe(413);
    expect(error.code).toBe('payload_too_large');
    expect(error.message).toMatch(/compresses to \d+\.\d KiB, and a stored article may take at most 256\.0 KiB compressed/);
    expect(error.message).toMatch(/split it into several articles/);
  });

  it('refuses an article whose editor fields are what makes it too large', async () => {
    // Prepare: a short text, and 1 MiB of random topics.
    const topics: string[] = [];
    let size = 0;
    while (size < MAX_ARTICLE_BYTES - 1_000) {
      const topic = randomWords(60);
      topics.push(topic);
      size += topic.length + 3;
    }

    // Act
    const error = await rejection(utf8(JSON.stringify({ text: 'Talks.', meeting: { topics } })), 'application/json');

    // Assess
    expect(error.status).toBe(413);
  });

  it('accepts 1 MiB of ordinary prose, which compresses well', async () => {
    // Prepare
    const seed = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');
    let text = '';
    while (Buffer.byteLength(text + seed) < MAX_ARTICLE_BYTES) text += seed;

    // Act / Assess
    expect((await parseSubmission(utf8(text), 'text/plain')).text).toBe(text);
  });

  it('accepts 400 KB of incompressible words, which still fit', async () => {
    // Prepare
    const text = randomWords(400_000);

    // Act / Assess
    expect((await parseSubmission(utf8(text), 'text/plain')).text).toBe(text);
  });
});
