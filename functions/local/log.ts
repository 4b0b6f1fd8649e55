// The local runtime's log: progress lines to stdout, failures (with the error) to stderr.

export type Log = (message: string, error?: unknown) => void;

export const defaultLog: Log = (message, error) => {
  if (error === undefined) console.log(message);
  else console.error(message, error);
};
