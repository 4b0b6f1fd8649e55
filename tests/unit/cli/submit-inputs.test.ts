import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, mediaTypeFor } from '../../../functions/cli/submit-inputs.ts';

/** The error the promise rejects with; fails the test when it resolves. */
async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'meetings-cli-inputs-'));
  mkdirSync(join(dir, 'inbox', 'deep'), { recursive: true });
  for (const name of ['a.txt', 'b.md', 'c.HTML', 'd.json', 'deep/e.htm', 'notes.docx']) writeFileSync(join(dir, 'inbox', name), 'x');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('expandInputs', () => {
  it('gives each file the media type its extension names, whatever its case', () => {
    expect(['a.txt', 'b.md', 'c.HTML', 'page.htm', 'd.json', 'e.markdown'].map(mediaTypeFor)).toEqual([
      'text/plain',
      'text/markdown',
      'text/html',
      'text/html',
      'application/json',
      'text/markdown',
    ]);
  });

  it('expands globs itself, in name order, naming each file as the pattern did', async () => {
    const inputs = await expandInputs(['inbox/**/*.{txt,md,htm,HTML}'], { cwd: dir });

    expect(inputs.map((input) => input.label)).toEqual(['inbox/a.txt', 'inbox/b.md', 'inbox/c.HTML', 'inbox/deep/e.htm']);
    expect(inputs.every((input) => input.kind === 'file' && input.path.startsWith(dir))).toBe(true);
  });

  it('keeps URLs as they are and sends a file named twice once', async () => {
    const inputs = await expandInputs(['https://example.org/news/1', 'inbox/a.txt', 'inbox/*.txt'], { cwd: dir });

    expect(inputs).toEqual([
      { kind: 'url', label: 'https://example.org/news/1', url: 'https://example.org/news/1' },
      { kind: 'file', label: 'inbox/a.txt', path: join(dir, 'inbox', 'a.txt'), contentType: 'text/plain' },
    ]);
  });

  it('takes --content-type for every file, so a file of any name can be sent', async () => {
    const [input] = await expandInputs(['inbox/notes.docx'], { cwd: dir, contentType: 'text/plain; charset=windows-1251' });
    expect(input).toMatchObject({ kind: 'file', contentType: 'text/plain; charset=windows-1251' });
  });

  it('reports every problem at once', async () => {
    const failure = await failureOf(expandInputs(['inbox/notes.docx', 'inbox/*.pdf', 'inbox/deep', 'gone.txt', 'inbox/a.txt'], { cwd: dir }));

    expect(failure.name).toBe('UsageError');
    expect(failure.message.split('\n')).toEqual([
      'Nothing was sent:',
      '  inbox/notes.docx: unknown kind of file; name it .txt, .md, .html or .json, or say what it is with --content-type.',
      '  inbox/*.pdf: no files match.',
      '  inbox/deep: a directory; give its files with a glob, such as "inbox/deep/*.txt".',
      '  gone.txt: no such file.',
    ]);
  });
});
