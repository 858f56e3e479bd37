import { getSettings } from '@sen/db';
import { Hono } from 'hono';
import type { AppDeps } from './deps';

/** Liveness and readiness in one: 200 when the database answers, 503 when it does not. */
export function healthRoute(deps: AppDeps) {
  const app = new Hono();
  app.get('/', async (c) => {
    let db: 'ok' | 'unavailable' = 'ok';
    try {
      await withTimeout(getSettings(deps.db), 2_000);
    } catch {
      db = 'unavailable';
    }
    c.header('Cache-Control', 'no-store');
    const guidance = deps.guidance.status();
    return c.json(
      { status: db === 'ok' ? 'ok' : 'degraded', db, guidance },
      db === 'ok' ? 200 : 503,
    );
  });
  return app;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('timeout')), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e: unknown) => (clearTimeout(t), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}
