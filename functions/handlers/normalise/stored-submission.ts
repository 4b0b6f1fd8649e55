// A stored raw article read back as a submission. Ingest validated it before storing it, so a refusal
// here only follows a parser change: normalise records it as failed rather than retrying.

import { ClientError } from '../../core/errors.ts';
import type { RawArticle } from '../../core/intake/raw-articles.ts';
import { parseSubmission, type Submission } from '../../core/intake/submission.ts';

/** The submission, or the ClientError that says why the stored article no longer parses. */
export function submissionOf(raw: RawArticle): Submission | ClientError {
  try {
    return parseSubmission(raw.body, raw.contentType);
  } catch (error) {
    if (error instanceof ClientError) return error;
    throw error;
  }
}
