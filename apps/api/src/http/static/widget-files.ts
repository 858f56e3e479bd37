import { Hono } from 'hono';
import type { AppDeps } from '../../system/deps';
import { contentSecurityPolicy, inlineScriptHashes } from '../../security/headers';
import { requestOrigin, selfOrigin } from '../../security/request-meta';
import { serviceInfoForFamilies } from '../../services/settings/service-info';
import { findSiteOrLastKnown } from '../../services/sites/sites';
import { chatUnavailablePage, notBuiltPage } from '../pages';
import { readStatic } from './static-files';

/**
 * The widget's files: `loader.js` for any host page (CORS *, cached an hour), the chat frame
 * that only the site's own origins may embed, and the frame's hashed assets.
 */
export function widgetFileRoutes(deps: AppDeps) {
  const dir = deps.config.widgetDir;
  const app = new Hono();

  app.get('/loader.js', async (c) => {
    const file = dir ? await readStatic(dir, 'loader.js') : null;
    if (!file) return c.text('// The widget has not been built yet.', 503);
    c.header('Content-Type', file.type);
    c.header('Cache-Control', 'public, max-age=3600, stale-while-revalidate=86400');
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    return c.body(new Uint8Array(file.body));
  });

  app.get('/frame', async (c) => {
    const key = c.req.query('site') ?? '';
    // With the database down, the site as last read (the frame loads and shows the phone
    // number); never seen since the start: the short page with the number.
    const site = /^[\w-]{1,100}$/.test(key) ? await findSiteOrLastKnown(deps, key) : null;
    const referer = requestOrigin(c);
    // The Referer is the host page (or us, on a reload). frame-ancestors is the real guard;
    // this only spares a refused page from loading the chat at all.
    const refererOk =
      referer === null ||
      site?.allowedOrigins.includes(referer) ||
      referer === selfOrigin(c, deps.config);
    c.header('Cache-Control', 'no-store');
    if (!site || !site.enabled || !refererOk) {
      const service = await serviceInfoForFamilies(deps);
      c.header('Content-Security-Policy', contentSecurityPolicy({ frameAncestors: ['*'] }));
      return c.html(chatUnavailablePage(service), 200);
    }
    const file = dir ? await readStatic(dir, 'frame.html') : null;
    if (!file) return c.html(notBuiltPage('The chat has not been built yet.'), 503);
    c.header(
      'Content-Security-Policy',
      contentSecurityPolicy({
        scriptHashes: inlineScriptHashes(file.body.toString()),
        frameAncestors: site.allowedOrigins.length ? site.allowedOrigins : ["'none'"],
      }),
    );
    c.header('Content-Type', file.type);
    return c.body(new Uint8Array(file.body));
  });

  app.get('/*', async (c) => {
    const rel = c.req.path.replace(/^\/widget\//, '');
    if (!dir || rel === 'frame.html') return c.notFound();
    const file = await readStatic(dir, rel);
    if (!file) return c.notFound();
    c.header('Content-Type', file.type);
    c.header(
      'Cache-Control',
      rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
    );
    return c.body(new Uint8Array(file.body));
  });

  return app;
}
