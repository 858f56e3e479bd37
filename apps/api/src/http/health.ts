import { getSettings } from '@sen/db';
import { Hono } from 'hono';
import type { AppDeps } from '../system/deps';
import { withTimeout } from '../lib/with-timeout';

/** How long /health waits for the database before calling it unavailable. */
export const HEALTH_DB_WAIT_MS = 2_000;

/**
 * Liveness and readiness in one. 503 when the database does not answer (a load balancer should
 * send families elsewhere); 200 with `status: 'degraded'` and the reasons when the service
 * works in a reduced way (Redis down: rate limits counted in the database). No secrets.
 */
export function healthRoute(deps: AppDeps) {
  const app = new Hono();
  app.get('/', async (c) => {
    let db: 'ok' | 'unavailable' = 'ok';
    try {
      await withTimeout(getSettings(deps.db), HEALTH_DB_WAIT_MS);
    } catch {
      db = 'unavailable';
    }
    const limiter = deps.rateLimiter.status?.();
    const reasons = [
      ...(db === 'ok' ? [] : ['database unavailable: nothing can be saved']),
      ...(limiter?.degraded ? [limiter.degraded] : []),
    ];
    c.header('Cache-Control', 'no-store');
    const guidance = deps.guidance.status();
    return c.json(
      {
        status: reasons.length ? 'degraded' : 'ok',
        db,
        ...(limiter ? { rateLimits: limiter.store } : {}),
        ...(reasons.length ? { reasons } : {}),
        guidance,
      },
      db === 'ok' ? 200 : 503,
    );
  });
  return app;
}
