// GET /files/:slug: a file the service publishes (its mediation notice, a leaflet), for anyone.
// The type is the one sniffed from the bytes at upload; it is always a download (never shown
// inline from our origin), and unpublished files do not exist as far as the public can tell.
import { getGuidanceFileBySlug } from '@sen/db';
import { Hono } from 'hono';
import type { AppDeps } from '../../system/deps';
import { notFoundPage } from '../pages';

/** `filename` (ASCII, quoted) and `filename*` (UTF-8), as RFC 6266 asks. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function publishedFileRoutes(deps: AppDeps) {
  const app = new Hono();
  app.get('/:slug', async (c) => {
    const file = await getGuidanceFileBySlug(deps.db, c.req.param('slug'));
    if (!file || !file.published) return c.html(notFoundPage(), 404);
    const etag = `"${file.sha256}"`;
    const headers = {
      'Content-Type': file.contentType,
      'Content-Disposition': contentDisposition(file.fileName),
      'X-Content-Type-Options': 'nosniff',
      // Short: an unpublished or replaced file should stop being served soon.
      'Cache-Control': 'public, max-age=300',
      ETag: etag,
      // Opened from the widget on a partner's page and from the console.
      'Cross-Origin-Resource-Policy': 'cross-origin',
    };
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
    return c.body(new Uint8Array(file.bytes), 200, {
      ...headers,
      'Content-Length': String(file.bytes.length),
    });
  });
  return app;
}
