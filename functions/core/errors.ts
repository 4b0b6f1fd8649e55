// Named errors for everything a client can get wrong. Handlers map them to HTTP in one place
// (functions/handlers/http-response.ts); anything else is our fault and becomes a 500.

export type ClientErrorCode =
  | 'bad_request'
  | 'empty_body'
  | 'invalid_json'
  | 'invalid_encoding'
  | 'invalid_field'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'precondition_failed'
  | 'precondition_required'
  | 'link_refused'
  | 'link_unreachable'
  | 'link_timed_out';

const STATUS: Record<ClientErrorCode, number> = {
  bad_request: 400,
  empty_body: 400,
  invalid_json: 400,
  invalid_encoding: 400,
  invalid_field: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  payload_too_large: 413,
  unsupported_media_type: 415,
  // Conditional writes (PATCH /meetings/{id}): a stale If-Match, and none at all.
  precondition_failed: 412,
  precondition_required: 428,
  // A link the server would not or could not fetch: the request was understood, the page could not be had.
  link_refused: 422,
  link_unreachable: 422,
  link_timed_out: 422,
};

/** An error caused by the request, with a message that tells the client what to do. */
export class ClientError extends Error {
  override readonly name = 'ClientError';
  readonly status: number;

  constructor(
    readonly code: ClientErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.status = STATUS[code];
  }
}
