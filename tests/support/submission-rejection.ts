import { ClientError } from '../../functions/core/errors.ts';
import { parseSubmission } from '../../functions/core/intake/submission.ts';

/** Runs the parser and returns the ClientError it throws; anything else it throws (a RangeError would be a
 *  500) or no error at all fails the test. */
export async function rejection(body: Uint8Array, contentType: string | undefined): Promise<ClientError> {
  try {
    await parseSubmission(body, contentType);
  } catch (error) {
    if (error instanceof ClientError) return error;
    throw error;
  }
  throw new Error('expected parseSubmission to throw a ClientError');
}
