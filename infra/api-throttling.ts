// Per-route throttling of the editor API, on top of the stage's default (infra/ingest.ts): each route gets the
// rate its use needs, so a leaked token or a runaway script is held to that, and retractions, the most
// destructive call, to a trickle. API Gateway answers over the limit with 429 (rate: requests per second,
// steady; burst: the bucket a client may spend at once).

import type { CfnRoute, CfnStage, HttpRoute, HttpStage } from 'aws-cdk-lib/aws-apigatewayv2';

export interface RouteThrottle {
  rateLimit: number;
  burstLimit: number;
}

/** By route key, exactly as the routes are declared in infra/ingest.ts. */
export const ROUTE_THROTTLES: Record<string, RouteThrottle> = {
  // Submissions: up to 1 MiB each, a normalise run each. Ten a second is far above any editor's pace.
  'POST /articles': { rateLimit: 10, burstLimit: 20 },
  // Status reads: a client polls after each submission.
  'GET /articles/{articleId}': { rateLimit: 20, burstLimit: 40 },
  // An editor's list: a page opened or a command run now and then; each request reads up to MAX_EXAMINED entries.
  'GET /articles': { rateLimit: 5, burstLimit: 10 },
  // A meeting read beside its extraction, and a correction: by hand, one meeting at a time.
  'GET /meetings/{meetingId}': { rateLimit: 10, burstLimit: 20 },
  'PATCH /meetings/{meetingId}': { rateLimit: 5, burstLimit: 10 },
  // Retractions take a meeting out of every feed: rare, by hand.
  'DELETE /meetings/{meetingId}': { rateLimit: 2, burstLimit: 5 },
  // The operators' routes: a rebuild or redrive pages through its work one call after another; a look at the queues
  // is polled while it runs. Each call is bounded (functions/handlers/operations.ts).
  'POST /admin/rebuild': { rateLimit: 2, burstLimit: 5 },
  'POST /admin/redrive': { rateLimit: 2, burstLimit: 5 },
  'GET /admin/queues': { rateLimit: 2, burstLimit: 5 },
};

/**
 * Writes ROUTE_THROTTLES into the stage's RouteSettings. Every route of the API must be listed (a new route
 * fails synthesis until it has its limits), and the stage waits for the routes: API Gateway refuses settings
 * for a route key it does not know yet.
 */
export function throttleRoutes(stage: HttpStage, routes: HttpRoute[]): void {
  const throttles = ROUTE_THROTTLES;
  const routeKeys = routes.map((route) => (route.node.defaultChild as CfnRoute).routeKey);
  const missing = routeKeys.filter((key) => !(key in throttles));
  const unknown = Object.keys(throttles).filter((key) => !routeKeys.includes(key));
  if (missing.length || unknown.length) {
    throw new Error(`Route throttles out of step with the API: no limits for [${missing.join(', ')}], limits for no route [${unknown.join(', ')}].`);
  }
  const settings = Object.fromEntries(
    Object.entries(throttles).map(([key, { rateLimit, burstLimit }]) => [key, { ThrottlingRateLimit: rateLimit, ThrottlingBurstLimit: burstLimit }]),
  );
  (stage.node.defaultChild as CfnStage).addPropertyOverride('RouteSettings', settings);
  for (const route of routes) stage.node.addDependency(route);
}
