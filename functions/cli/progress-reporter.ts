// Progress of a batch: a bar (cli-progress) when stderr is a terminal, one plain line per item on a pipe or in
// a log. Notes (retries) print above the bar so they are not overdrawn.

import cliProgress from 'cli-progress';
import { isTerminal } from './cli-io.ts';

export interface ProgressReporter {
  /** One item finished: the bar advances, or a line "[3/10] file: outcome" is printed. */
  done(label: string, outcome: string): void;
  /** A message kept in the output (a retry, a slow answer). */
  note(message: string): void;
  stop(): void;
}

export function startProgress(stream: NodeJS.WritableStream, title: string, total: number): ProgressReporter {
  return isTerminal(stream) ? barProgress(stream, title, total) : lineProgress(stream, total);
}

function barProgress(stream: NodeJS.WritableStream, title: string, total: number): ProgressReporter {
  const bars = new cliProgress.MultiBar(
    { stream, format: `${title} {bar} {value}/{total} {label}`, hideCursor: true, clearOnComplete: false, autopadding: true },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { label: '' });
  return {
    done: (label, outcome) => bar.increment({ label: `${label}: ${outcome}` }),
    note: (message) => bars.log(`${message}\n`),
    stop: () => bars.stop(),
  };
}

function lineProgress(stream: NodeJS.WritableStream, total: number): ProgressReporter {
  let count = 0;
  return {
    done: (label, outcome) => {
      count += 1;
      stream.write(`[${count}/${total}] ${label}: ${outcome}\n`);
    },
    note: (message) => stream.write(`${message}\n`),
    stop: () => {},
  };
}
