// The errors a command ends with, mapped to exit codes in one place (main.ts): 2 for a mistake in the command
// line (nothing was done), 1 for a failure. Each message says what to do next.

/** The command line cannot be carried out as written: exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The command ran and failed: exit 1. */
export class CommandFailure extends Error {
  override readonly name: string = 'CommandFailure';
}

/** An API answer other than 2xx: the server's own error code and message, which say what to do. */
export class ApiError extends CommandFailure {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    readonly serverMessage: string,
    readonly request: string,
  ) {
    super(`${request} answered ${status} ${code}: ${serverMessage}${hintFor(status)}`);
  }
}

function hintFor(status: number): string {
  if (status === 401) return ' (Check the token: "meetings config show"; an operator issues tokens with "meetings editors add".)';
  if (status === 403) return ' (This token\'s role may not do that; ask an operator for an admin token.)';
  return '';
}
