// `meetings extract`: JSON Lines {id, text, language?, publishedAt?} on stdin ->
// {id, record, entities} per line on stdout, in input order. A bad line gives {id, error} and the run goes on.

import { createInterface } from 'node:readline';
import type { Extractor } from '../core/extract/index.ts';
import type { Command } from 'commander';
import type { CliContext } from './cli-context.ts';
import { write } from './cli-io.ts';

interface ErrorLine {
  id: string | null;
  error: { code: string; message: string };
}

export function processLine(line: string, extractor: Extractor): { output: object; ok: boolean } {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (error) {
    const out: ErrorLine = { id: null, error: { code: 'invalid_json', message: `Line is not JSON: ${(error as Error).message}` } };
    return { output: out, ok: false };
  }
  const record = input as Record<string, unknown> | null;
  const id = record && typeof record === 'object' && (typeof record.id === 'string' || typeof record.id === 'number') ? String(record.id) : null;
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    return { output: { id: null, error: { code: 'invalid_input', message: 'Each line must be a JSON object {id, text}.' } }, ok: false };
  }
  if (typeof record.text !== 'string') {
    return { output: { id, error: { code: 'invalid_input', message: 'The "text" field must be a string.' } }, ok: false };
  }
  if (record.language !== undefined && typeof record.language !== 'string') {
    return { output: { id, error: { code: 'invalid_input', message: 'The "language" field must be a string when given.' } }, ok: false };
  }
  if (record.publishedAt !== undefined && typeof record.publishedAt !== 'string') {
    return { output: { id, error: { code: 'invalid_input', message: 'The "publishedAt" field must be a string when given.' } }, ok: false };
  }
  let extraction: ReturnType<Extractor['extract']>;
  try {
    extraction = extractor.extract({
      text: record.text,
      ...(record.language !== undefined ? { language: record.language as string } : {}),
      ...(record.publishedAt !== undefined ? { publishedAt: record.publishedAt as string } : {}),
    });
  } catch (error) {
    // A bug in a step: reported for this line (with the cause), and the run goes on.
    return { output: { id, error: { code: 'extraction_failed', message: `Extraction failed: ${(error as Error).message}` } }, ok: false };
  }
  const { entities, ...fields } = extraction;
  return { output: { id, record: fields, entities }, ok: true };
}

const INPUT_AND_OUTPUT = `
Reads JSON Lines from stdin, one article per line:
  {"id": "a1", "text": "...", "language": "ru", "publishedAt": "2024-05-01T10:00:00Z"}
(language and publishedAt are optional; language is detected when absent).

Writes one line per input line, in the same order:
  {"id": "a1", "record": {isMeeting, status, date, location, participants, ...}, "entities": [{"type": "PER", "start": 0, "end": 5}]}
or, for a line that cannot be processed:
  {"id": "a1", "error": {"code": "invalid_json" | "invalid_input" | "extraction_failed", "message": "..."}}

Example:
  echo '{"id":"1","text":"Prime Minister Jane Doe met President John Roe in Paris on Monday."}' | meetings extract

Exit status: 0 when every line was processed, 1 when some lines failed, 2 for bad usage.`;

export function addExtractCommand(program: Command, context: CliContext): void {
  program
    .command('extract')
    .summary('extract meeting records and named entities from JSON Lines articles (stdin -> stdout)')
    .description('Runs the extractor here, with no API: JSON Lines articles on stdin, records and entities on stdout.')
    .addHelpText('after', INPUT_AND_OUTPUT)
    .action(async () => {
      // Loaded here, not on start: the dictionaries take a while, and only this command needs them.
      const extractor = (await import('../dictionaries/load-dictionaries.ts')).loadExtractor();
      let failed = 0;
      const lines = createInterface({ input: context.io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of lines) {
        if (!line.trim()) continue;
        const { output, ok } = processLine(line, extractor);
        if (!ok) failed += 1;
        await write(context.io.stdout, `${JSON.stringify(output)}\n`);
      }
      context.exitCode = failed > 0 ? 1 : 0;
    });
}
