import { trpcServer } from '@hono/trpc-server';
import { Hono } from 'hono';
import { errorSummary } from './logger';
import type { AppDeps } from './deps';
import { isHttps } from './deps';
import { healthRoute } from './health';
import { securityHeaders } from './security/headers';
import { appRouter } from './trpc/app-router';
import { createTrpcContext } from './trpc/init';
import { consoleRoutes } from './web/console-route';
import { notFoundPage } from './web/pages';
import { widgetFileRoutes } from './web/widget-files';
import { widgetApi } from './widget-api';

export type { AppDeps, AppConfig } from './deps';

/** The whole HTTP surface on one Hono app. No ports: tests call `app.request()`. */
export function createApp(deps: AppDeps) {
  const app = new Hono();
  const log = deps.logger;

  app.use('*', async (c, next) => {
    const started = performance.now();
    const requestId = crypto.randomUUID();
    c.set('requestId' as never, requestId as never);
    await next();
    // Never the query string or body: they may hold personal data.
    log.info(
      {
        requestId,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  });
  app.use('*', securityHeaders({ hsts: isHttps(deps.config) }));

  app.onError((err, c) => {
    log.error({ err: errorSummary(err), path: c.req.path }, 'unhandled error');
    if (c.req.path.startsWith('/api/')) {
      return c.json(
        {
          error: {
            code: 'internal',
            message: 'Something went wrong on our side. Please try again.',
          },
        },
        500,
      );
    }
    return c.text('Something went wrong on our side. Please try again.', 500);
  });
  app.notFound((c) =>
    c.req.path.startsWith('/api/') || c.req.path.startsWith('/trpc')
      ? c.json({ error: { code: 'not_found', message: 'There is nothing at this address.' } }, 404)
      : c.html(notFoundPage(), 404),
  );

  app.route('/health', healthRoute(deps));

  // Staff API. Only POST: queries are sent as POST by the console (methodOverride), so nothing a
  // person typed ever lands in a URL, a proxy log or the browser history.
  app.on(['GET', 'PUT', 'PATCH', 'DELETE'], '/trpc/*', (c) =>
    c.json({ error: { code: 'method_not_allowed', message: 'Use POST.' } }, 405, { Allow: 'POST' }),
  );
  app.use(
    '/trpc/*',
    trpcServer({
      endpoint: '/trpc',
      router: appRouter,
      // Queries travel as POST too, so their input (which may be personal data) never sits in a URL.
      allowMethodOverride: true,
      createContext: (opts, c) =>
        createTrpcContext(deps, c, opts.resHeaders) as unknown as Promise<Record<string, unknown>>,
      onError: ({ error, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          log.error({ err: errorSummary(error.cause ?? error), path }, 'procedure failed');
        }
      },
    }),
  );

  app.route('/api/widget/v1', widgetApi(deps));
  app.route('/widget', widgetFileRoutes(deps));
  app.route('/console', consoleRoutes(deps.config.consoleDir));
  app.get('/', (c) => c.redirect('/console/'));

  return app;
}
