import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../../functions/cli/main.ts';

async function run(argv: string[], input = '') {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  stdin.end(input);
  const code = await main(argv, { stdin, stdout, stderr });
  return { code, out, err };
}

describe('meetings CLI', () => {
  it('writes one record per input line, in order, with entities', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'В Астане состоялась встреча Ержана Ашикбаева с Мирьяной Сполярич.' }),
      JSON.stringify({ id: 'b', text: 'Tony Blair met Gerhard Schroeder in London.', language: 'en' }),
    ].join('\n');

    const { code, out } = await run(['extract'], input);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));

    expect(code).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0].record.isMeeting).toBe(true);
    expect(lines[0].record.entities).toBeUndefined();
    expect(lines[0].entities.length).toBeGreaterThan(0);
  });

  it('reports a bad line with an error for its id and carries on, exiting 1', async () => {
    const input = ['{not json', JSON.stringify({ id: 'x', text: 5 }), JSON.stringify({ id: 'y', text: 'В Москве прошли переговоры.' })].join('\n');

    const { code, out } = await run(['extract'], input);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));

    expect(code).toBe(1);
    expect(lines[0]).toMatchObject({ id: null, error: { code: 'invalid_json' } });
    expect(lines[1]).toMatchObject({ id: 'x', error: { code: 'invalid_input' } });
    expect(lines[2].id).toBe('y');
    expect(lines[2].record).toBeDefined();
  });

  it('prints usage for --help and exits 2 on an unknown command', async () => {
    const help = await run(['--help']);
    const commandHelp = await run(['extract', '--help']);
    const unknown = await run(['frobnicate']);

    expect(help.code).toBe(0);
    expect(help.out).toMatch(/extract/);
    expect(commandHelp.out).toMatch(/JSON Lines/);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown command 'frobnicate'/);
  });
});
