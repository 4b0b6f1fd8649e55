// What POST /articles stores and reads: the body as sent, or, for a JSON `{"url": …}` with no text, the page
// fetched from that link (through the FetchPage port) with the link and the editor's fields kept beside it.

import { ClientError } from '../../core/errors.ts';
import { mediaTypeKey } from '../../core/intake/content-type.ts';
import type { FetchPage } from '../../core/intake/fetched-page.ts';
import { formatBytes, MAX_LINK_FIELDS_BYTES } from '../../core/intake/limits.ts';
import { type LinkRequest, linkRequestOf, linkSubmission, parseSubmission, type Submission } from '../../core/intake/submission.ts';
import { articleIdFor } from '../../core/record/ids.ts';

export interface ArticleBody {
  articleId: string;
  body: Uint8Array;
  contentType: string;
  linkFields?: LinkRequest;
  submission: Submission;
}

export async function readArticleBody(body: Uint8Array, contentType: string | undefined, fetchPage: () => Promise<FetchPage>): Promise<ArticleBody> {
  const link = await linkRequestOf(body, contentType);
  if (!link) {
    const submission = await parseSubmission(body, contentType);
    return { articleId: articleIdFor(mediaTypeKey(contentType), body), body, contentType: contentType ?? '', submission };
  }
  const fields = JSON.stringify(link);
  const stored = encodeURIComponent(fields).length;
  if (stored > MAX_LINK_FIELDS_BYTES) {
    throw new ClientError(
      'payload_too_large',
      `The fields and corrections sent with a link are limited to ${formatBytes(MAX_LINK_FIELDS_BYTES)} (URL-encoded, as they are stored beside the page); these take ${formatBytes(stored)}. ` +
        'Send the link with fewer corrections, or send the article\'s text as JSON {"text": …, "url": …, "meeting": …}.',
    );
  }
  const page = await (await fetchPage())(link.url);
  const submission = await linkSubmission(page, link);
  return { articleId: articleIdFor(mediaTypeKey(page.contentType), page.body, fields), body: page.body, contentType: page.contentType, linkFields: link, submission };
}
