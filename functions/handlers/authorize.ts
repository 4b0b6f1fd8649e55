// HTTP API Lambda authorizer: one GetItem by the token's id, a constant-time comparison of hashes, then
// revocation and expiry. Passes the editor's name (the record's submittedBy), id and role to the handlers,
// which check the role per route (functions/core/editors/editors.ts). API Gateway caches the answer for a token
// for AUTHORIZER_CACHE_SECONDS (infra/ingest.ts), the longest a revocation can take to bite.

import type { APIGatewayRequestAuthorizerEventV2, APIGatewaySimpleAuthorizerWithContextResult } from 'aws-lambda';
import { bearerToken, tokenId } from '../core/editors/editor-token.ts';
import { decideToken, type EditorContext, type EditorStore } from '../core/editors/editors.ts';

export type { EditorContext } from '../core/editors/editors.ts';

export type AuthorizerResult = APIGatewaySimpleAuthorizerWithContextResult<EditorContext>;

const DENIED: AuthorizerResult = { isAuthorized: false, context: { editor: '', editorId: '', role: '' } };

export function createAuthorizer(deps: { editors: Pick<EditorStore, 'getEditor'>; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());
  return async (event: APIGatewayRequestAuthorizerEventV2): Promise<AuthorizerResult> => {
    const token = bearerToken(event.headers?.authorization ?? event.identitySource?.[0]);
    if (!token || token.length > 1024) return DENIED;
    const id = tokenId(token);
    const decision = decideToken(token, await deps.editors.getEditor(id), now());
    return decision.allowed ? { isAuthorized: true, context: decision.context } : DENIED;
  };
}
