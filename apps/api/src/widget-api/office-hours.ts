import { Hono } from 'hono';
import type { AppDeps } from '../deps';
import { loadServiceInfo } from '../service-info';

/** GET /office-hours: whether someone can answer the phone now (no personal data either way). */
export function officeHoursRoutes(deps: AppDeps) {
  const app = new Hono();
  app.get('/', async (c) => {
    const s = await loadServiceInfo(deps);
    c.header('Cache-Control', 'no-store');
    return c.json({
      name: s.name,
      phone: s.phone,
      ...(s.email ? { email: s.email } : {}),
      officeHours: s.officeHours,
    });
  });
  return app;
}
