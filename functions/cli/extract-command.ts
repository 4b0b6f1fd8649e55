// `meetings extract`: JSON Lines {id, text, language?, publishedAt?} on stdin ->
// {id, record, entities} per line on stdout, in input order. A bad line gives {id, error} and the run goes on.

import { createInterface } from 'node:readline';
import { loadExtractor } from '../dictionaries/load-dictionaries.ts';
import type { Command, CommandIO } from './main.ts';

const USAGE = `Usage: meetings extract < articles.jsonl > records.jsonl

Reads JSON Lines from stdin, one article per line:
  {"id": "a1", "text": "...", "language": "ru", "publishedAt": "2024-05-01T10:00:00Z"}
(language and publishedAt are optional; language is detected when absent).

Writes one line per input line, in the same order:
  {"id": "a1", "record": {isMeeting, status, date, location, participants, ...}, "entities": [{"type": "PER", "start": 0, "end": 5}]}
or, for a line that cannot be processed:
  {"id": "a1", "error": {"code": "invalid_json" | "invalid_input" | "extraction_failed", "message": "..."}}

Exit status: 0 when every line was processed, 1 when some lines failed, 2 for bad usage.
`;

interface ErrorLine {
  id: string | null;
  error: { code: string; message: string };
}

export function processLine(line: string): { output: object; ok: boolean } {
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
  let extraction: ReturnType<ReturnType<typeof loadExtractor>['extract']>;
  try {
    extraction = loadExtractor().extract({
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

export const extractCommand: Command = {
  summary: 'extract meeting records and named entities from JSON Lines articles (stdin -> stdout)',
  usage: USAGE,
  async run(args: string[], io: CommandIO): Promise<number> {
    if (args.length > 0) {
      io.stderr.write(`meetings extract: unexpected argument "${args[0]}".\n\n${USAGE}`);
      return 2;
    }
    let failed = 0;
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const { output, ok } = processLine(line);
      if (!ok) failed += 1;
      const text = `${JSON.stringify(output)}\n`;
      if (!io.stdout.write(text)) await new Promise((resolve) => io.stdout.once('drain', resolve));
    }
    return failed > 0 ? 1 : 0;
  },
};
