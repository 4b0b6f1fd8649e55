// Which media types the API accepts, and what to say about the ones it does not.

import { ClientError } from '../errors.ts';

export type SubmissionFormat = 'text' | 'markdown' | 'json';

const FORMATS: Record<string, SubmissionFormat> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'application/json': 'json',
};

export const ACCEPTED_MEDIA_TYPES = 'text/plain, text/markdown or application/json';

export interface MediaType {
  format: SubmissionFormat;
  /** The media type without parameters, lower-case, as stored with the raw article. */
  essence: string;
  charset: string | undefined;
}

export function parseMediaType(header: string | undefined): MediaType {
  if (!header?.trim()) {
    throw new ClientError('unsupported_media_type', `Content-Type is missing; send the article as ${ACCEPTED_MEDIA_TYPES}.`);
  }
  const [essenceRaw = '', ...params] = header.split(';');
  const essence = essenceRaw.trim().toLowerCase();
  const charset = params
    .map((p) => p.trim().match(/^charset\s*=\s*"?([^";\s]+)"?$/i)?.[1])
    .find((value) => value !== undefined);
  if (essence === 'text/html' || essence === 'application/xhtml+xml') {
    throw new ClientError(
      'unsupported_media_type',
      `HTML articles are not accepted yet (support is coming); send the text as ${ACCEPTED_MEDIA_TYPES}.`,
    );
  }
  const format = FORMATS[essence];
  if (!format) {
    throw new ClientError('unsupported_media_type', `Content-Type "${essence}" is not supported; send the article as ${ACCEPTED_MEDIA_TYPES}.`);
  }
  return { format, essence, charset };
}
