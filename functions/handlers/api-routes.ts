// The API handlers' front door: picks the route by its key, checks that the editor's role may do what the
// route does, runs it, and turns any error into its HTTP answer in one place (http-response.ts).

import { type Action, requirePermission } from '../core/editors/editors.ts';
import { ClientError } from '../core/errors.ts';
import type { ApiEvent, ApiResult } from './api-event.ts';
import { responseForError } from './http-response.ts';
import type { Telemetry } from './telemetry.ts';

export interface ApiRoute {
  action: Action;
  run(event: ApiEvent): Promise<ApiResult>;
}

/** `logged` names what an unexpected error's log line carries besides the route (the path's ids). */
export function apiRoutes(routes: Record<string, ApiRoute>, telemetry: Telemetry, logged: (event: ApiEvent) => Record<string, unknown>) {
  return async (event: ApiEvent): Promise<ApiResult> => {
    try {
      const route = Object.hasOwn(routes, event.routeKey) ? routes[event.routeKey] : undefined;
      if (!route) throw new ClientError('not_found', `No route ${event.routeKey}.`);
      requirePermission(event.requestContext.authorizer?.lambda, route.action);
      return await route.run(event);
    } catch (error) {
      return responseForError(error, telemetry, { route: event.routeKey, ...logged(event) });
    }
  };
}
