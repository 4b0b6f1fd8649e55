// HTTP API Lambda authorizer: lets a request through when its bearer token belongs to an editor,
// and passes the editor's name on to the handlers (it becomes the record's submittedBy).

import type { APIGatewayRequestAuthorizerEventV2, APIGatewaySimpleAuthorizerWithContextResult } from 'aws-lambda';
import { bearerToken, hashToken } from '../core/editor-token.ts';
import type { MeetingStore } from '../aws/meeting-store.ts';

export interface EditorContext {
  editor: string;
}

export type AuthorizerResult = APIGatewaySimpleAuthorizerWithContextResult<EditorContext>;

export function createAuthorizer(deps: { meetings: Pick<MeetingStore, 'findEditor'> }) {
  return async (event: APIGatewayRequestAuthorizerEventV2): Promise<AuthorizerResult> => {
    const token = bearerToken(event.headers?.authorization ?? event.identitySource?.[0]);
    const editor = token ? await deps.meetings.findEditor(hashToken(token)) : null;
    return editor ? { isAuthorized: true, context: { editor: editor.name } } : { isAuthorized: false, context: { editor: '' } };
  };
}
