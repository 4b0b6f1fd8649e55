// `meetings retract <meetingId>`: an admin takes a meeting out of the feeds (DELETE /meetings/{meetingId});
// the Atom feeds keep an RFC 6721 tombstone with the reason.

import type { Command } from 'commander';
import type { Retracted } from './api-types.ts';
import { type ApiFlags, type CliContext, connect, withApiOptions } from './cli-context.ts';
import { write } from './cli-io.ts';

interface RetractFlags extends ApiFlags {
  reason?: string;
}

export function addRetractCommand(program: Command, context: CliContext): void {
  withApiOptions(
    program
      .command('retract')
      .summary('take a meeting out of the feeds (admin tokens only)')
      .description(
        'Retracts a meeting (DELETE /meetings/{meetingId}): it leaves the feeds and pages at the next publish, and the Atom ' +
          'feeds keep a tombstone saying why. The record is kept. Needs an admin token; retracting twice changes nothing.',
      )
      .argument('<meetingId>', 'the meeting id that submit or status printed')
      .option('--reason <text>', 'why (at most 500 characters); shown in the tombstone'),
  ).action(async (meetingId: string, flags: RetractFlags) => {
    const client = connect(context, flags);
    const answer = await client.request<Retracted>('DELETE', `/meetings/${encodeURIComponent(meetingId)}`, {
      ...(flags.reason !== undefined ? { body: JSON.stringify({ reason: flags.reason }), contentType: 'application/json' } : {}),
    });
    const { at, by, reason } = answer.retracted;
    await write(
      context.io.stdout,
      `Retracted meeting ${answer.meetingId} (version ${answer.version}) at ${at} by ${by}${reason ? `: ${reason}` : ''}.\n` +
        'It leaves the feeds at the next publish; the Atom feeds keep a tombstone.\n',
    );
  });
}
