// `meetings preview <file>`: the dry run (POST /articles?dryRun=true), shown readably: the record's fields,
// then the article text with the spans behind them marked (colours on a terminal, brackets on a pipe).

import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { DryRunAnswer } from './api-types.ts';
import { type ApiFlags, type CliContext, connect, withApiOptions } from './cli-context.ts';
import { UsageError } from './cli-errors.ts';
import { wantsColour, write } from './cli-io.ts';
import { renderPreview } from './render-preview.ts';
import { expandInputs } from './submit-inputs.ts';

interface PreviewFlags extends ApiFlags {
  contentType?: string;
  text: boolean;
  json?: boolean;
}

export function addPreviewCommand(program: Command, context: CliContext): void {
  withApiOptions(
    program
      .command('preview')
      .summary('show the record an article would make, without storing anything')
      .description(
        'Sends the file (or URL) as a dry run (POST /articles?dryRun=true) and prints the record it would make: title, ' +
          'whether it is a meeting and of what kind, status, date and how it was found, place, participants with roles and ' +
          'organisations, organisations, source, warnings. Then the article text with the spans behind participants, ' +
          'places, organisations and dates marked: in colour on a terminal, as [text]{kind} on a pipe.',
      )
      .argument('<input>', 'a .txt, .md, .html or .json file, or an http(s) URL')
      .option('--content-type <type>', 'send the file as this media type instead of the one its extension names')
      .option('--no-text', 'leave out the article text')
      .option('--json', "print the API's answer as JSON"),
  )
    .addHelpText('after', '\nExample:\n  meetings preview tests/fixtures/seed-article.txt | less -R\n\nColours follow NO_COLOR and FORCE_COLOR.')
    .action(async (arg: string, flags: PreviewFlags) => {
      context.exitCode = await preview(arg, flags, context);
    });
}

async function preview(arg: string, flags: PreviewFlags, context: CliContext): Promise<number> {
  const { io } = context;
  const [input] = await expandInputs([arg], { cwd: io.cwd, contentType: flags.contentType });
  if (!input) throw new UsageError(`${arg}: nothing to preview.`);
  const client = connect(context, flags);
  const body = input.kind === 'file' ? await readFile(input.path) : Buffer.from(JSON.stringify({ url: input.url }));
  const contentType = input.kind === 'file' ? input.contentType : 'application/json';
  const answer = await client.request<DryRunAnswer>('POST', '/articles', { body, contentType, query: { dryRun: 'true' } });
  if (flags.json) {
    await write(io.stdout, `${JSON.stringify(answer, null, 2)}\n`);
    return 0;
  }
  const { text, note } = await articleText(answer, input.kind === 'file' ? body : null, contentType);
  await write(io.stdout, renderPreview(answer, { text, textNote: note, colour: wantsColour(io.stdout, io.env), showText: flags.text }));
  return 0;
}

/**
 * The text the answer's offsets index. The answer carries no text today, so it is read from the file the way
 * the server reads it (functions/core/intake, the same code); if the spans do not fit that text, the server
 * read the file differently (another version), and the text is left out rather than marked wrongly.
 */
async function articleText(answer: DryRunAnswer, body: Buffer | null, contentType: string): Promise<{ text: string | null; note?: string }> {
  if (typeof answer.text === 'string') return { text: answer.text };
  if (!body) return { text: null, note: 'the server did not send the text of the page it fetched' };
  const { parseSubmission } = await import('../core/intake/submission.ts');
  let text: string;
  try {
    text = (await parseSubmission(body, contentType)).text;
  } catch (error) {
    return { text: null, note: `it could not be read here as the server read it (${(error as Error).message})` };
  }
  const ends = [
    ...answer.entities.map((entity) => entity.end),
    ...answer.record.participants.flatMap((p) => p.mentions.map((m) => m.end)),
    ...answer.record.organizations.flatMap((o) => o.mentions.map((m) => m.end)),
  ];
  if (ends.some((end) => end > text.length)) return { text: null, note: 'the server read the file differently from this version of meetings' };
  return { text };
}
