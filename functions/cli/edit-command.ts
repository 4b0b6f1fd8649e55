// `meetings edit <meetingId>`: an editor corrects a meeting (PATCH /meetings/{meetingId}) without resending the
// article. Reads the meeting first for its version and sends it as If-Match, so a correction never lands on a
// version the editor did not see (412: read again).

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { type ApiFlags, type CliContext, connect, withApiOptions } from './cli-context.ts';
import { UsageError } from './cli-errors.ts';
import { write } from './cli-io.ts';
import { type CurrentLocation, type PatchBody, patchFromSets } from './edit-patch.ts';

interface EditFlags extends ApiFlags {
  set: string[];
  patch?: string;
}

interface MeetingView {
  meetingId: string;
  version: number;
  record: { title: string; location: CurrentLocation | null; participants: { name: string; role: string | null; organization: string | null }[] };
}

export function addEditCommand(program: Command, context: CliContext): void {
  withApiOptions(
    program
      .command('edit')
      .summary('correct a meeting\'s fields without resending the article')
      .description(
        'Corrects a meeting (PATCH /meetings/{meetingId}): the corrections are kept beside what extraction found and survive a ' +
          'resubmission or a re-extraction. Participants and organisations are changed one by one, by name. Reads the meeting ' +
          'first and sends its version as If-Match; if someone else changed it meanwhile, nothing is saved (run edit again).',
      )
      .argument('<meetingId>', 'the meeting id that submit or status printed')
      .option('--set <field=value>', 'a correction, repeatable: title=…, participant.role=NAME:ROLE, location.city=… (see docs/cli.md)', collect, [])
      .option('--patch <file.json>', 'a JSON correction as PATCH /meetings/{id} takes it (docs/meeting-record.md); --set applies on top'),
  ).action(async (meetingId: string, flags: EditFlags) => {
    if (!flags.set.length && !flags.patch) throw new UsageError('Nothing to correct: give --set FIELD=VALUE (repeatable) or --patch file.json.');
    const base = flags.patch ? await readPatch(resolve(context.io.cwd, flags.patch)) : {};
    const client = connect(context, flags);
    const path = `/meetings/${encodeURIComponent(meetingId)}`;
    const current = await client.request<MeetingView>('GET', path);
    const patch = patchFromSets(flags.set, base, current.record.location);
    const answer = await client.request<MeetingView>('PATCH', path, {
      body: JSON.stringify(patch),
      contentType: 'application/json',
      headers: { 'if-match': `"${current.version}"` },
    });
    const people = answer.record.participants.map((p) => `  ${p.name}${p.role ? ` — ${p.role}` : ''}${p.organization ? ` (${p.organization})` : ''}`);
    await write(
      context.io.stdout,
      `Corrected meeting ${answer.meetingId}: version ${current.version} → ${answer.version}.\n` +
        `Title: ${answer.record.title}\nParticipants:\n${people.join('\n') || '  none'}\n` +
        'The feeds show the correction at the next publish.\n',
    );
  });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

async function readPatch(path: string): Promise<PatchBody> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--patch ${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  try {
    const body = JSON.parse(text) as unknown;
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('not a JSON object');
    return body as PatchBody;
  } catch (error) {
    throw new UsageError(`--patch ${path}: expected a JSON object such as {"title": "…"}: ${(error as Error).message}.`);
  }
}
