// A stored raw article read back as a submission. Ingest validated it before storing it, so a refusal
// here only follows a parser change: normalise records it as failed rather than retrying.

import { ClientError } from '../../core/errors.ts';
import type { RawArticle } from '../../core/intake/raw-articles.ts';
import { linkSubmission, parseSubmission, type Submission } from '../../core/intake/submission.ts';

/** The submission, or the ClientError that says why the stored article no longer parses. */
export async function submissionOf(raw: RawArticle): Promise<Submission | ClientError> {
  try {
    // Awaited here, so that a refusal is caught below rather than passed on as a rejected promise. A fetched page
    // is read as any page, with the link and fields the editor sent kept beside it.
    return raw.linkFields ? await linkSubmission(raw, raw.linkFields) : await parseSubmission(raw.body, raw.contentType);
  } catch (error) {
    if (error instanceof ClientError) return error;
    throw error;
  }
}
