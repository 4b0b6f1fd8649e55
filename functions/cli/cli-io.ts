// The streams and surroundings a command runs with: the process's own from bin/meetings.mjs, in-memory ones in
// tests. Whether output goes to a terminal decides progress bars and colours.

export interface CommandIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Environment variables (configuration, NO_COLOR); default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Where relative paths and globs start; default process.cwd(). */
  cwd?: string;
}

export function isTerminal(stream: NodeJS.WritableStream): boolean {
  return (stream as { isTTY?: boolean }).isTTY === true;
}

/** Colours on a terminal unless NO_COLOR is set (no-color.org); FORCE_COLOR turns them on anywhere. */
export function wantsColour(stream: NodeJS.WritableStream, env: NodeJS.ProcessEnv): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTerminal(stream) && env.TERM !== 'dumb';
}

/** Writes and waits for the stream to drain when it asks to (large outputs into a slow pipe). */
export async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise((resolve) => stream.once('drain', resolve));
}
