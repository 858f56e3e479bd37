import { Hono } from 'hono';
import { listTextOverrides, type TextOverride } from '@sen/db';
import { CATALOGUES, withOverrides } from '@sen/widget/catalogues';
import type { AppDeps } from '../../system/deps';
import { widgetError } from '../http-errors';
import { SETTINGS_WAIT_MS } from '../../services/settings/service-info';
import { withTimeout } from '../../lib/with-timeout';

// Staff's corrections are read at most every few seconds per instance: a correction reaches
// families within that, without a read per chat opened.
const TTL_MS = 5_000;
const cache = new WeakMap<object, { at: number; value: Promise<TextOverride[]> }>();
// The last read that succeeded: with the database down the chat keeps the corrections it had.
const lastGood = new WeakMap<object, TextOverride[]>();

function overrides(deps: Pick<AppDeps, 'db'>): Promise<TextOverride[]> {
  const now = Date.now();
  const hit = cache.get(deps.db);
  if (hit && now - hit.at < TTL_MS) return hit.value;
  const value = listTextOverrides(deps.db);
  cache.set(deps.db, { at: now, value });
  value.then(
    (rows) => lastGood.set(deps.db, rows),
    () => cache.delete(deps.db),
  );
  return value;
}

/** Forgets the cached corrections, so this instance serves a change at once. */
export function forgetTextOverrides(deps: Pick<AppDeps, 'db'>): void {
  cache.delete(deps.db);
}

/**
 * GET /strings/:lang: a language's texts (apps/widget/src/strings/catalogues) with staff's
 * corrections merged and English for any key it lacks. Works with the database down (the
 * catalogue with the corrections last read), like the rest of what a family needs to read.
 */
export function stringsRoutes(deps: AppDeps) {
  const app = new Hono();
  app.get('/:lang', async (c) => {
    const lang = c.req.param('lang');
    if (!Object.hasOwn(CATALOGUES, lang))
      return widgetError(deps, c, 404, 'not_found', 'The chat is not available in that language.');
    let rows: TextOverride[];
    try {
      rows = await withTimeout(overrides(deps), SETTINGS_WAIT_MS);
    } catch {
      rows = lastGood.get(deps.db) ?? [];
    }
    const catalogue = withOverrides(
      lang,
      rows.filter((r) => r.language === lang),
    );
    c.header('Cache-Control', 'no-cache');
    return c.json({
      language: catalogue.language,
      dir: catalogue.dir,
      reviewed: catalogue.reviewed,
      messages: catalogue.messages,
    });
  });
  return app;
}
