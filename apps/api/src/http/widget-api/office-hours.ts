import { Hono } from 'hono';
import type { AppDeps } from '../../system/deps';
import { widgetUnavailable } from '../http-errors';
import { serviceInfoForFamilies } from '../../services/settings/service-info';

/**
 * GET /office-hours: whether someone can answer the phone now (no personal data either way).
 * With the database down it answers from the last good read of the settings (or SERVICE_PHONE).
 */
export function officeHoursRoutes(deps: AppDeps) {
  const app = new Hono();
  app.get('/', async (c) => {
    const s = await serviceInfoForFamilies(deps);
    c.header('Cache-Control', 'no-store');
    if (!s) return widgetUnavailable(deps, c);
    return c.json({
      name: s.name,
      phone: s.phone,
      ...(s.email ? { email: s.email } : {}),
      officeHours: s.officeHours,
    });
  });
  return app;
}
