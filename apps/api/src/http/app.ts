import { trpcServer } from '@hono/trpc-server';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { BUSY_MESSAGE, BUSY_RETRY_AFTER_SECONDS, isDatabaseBusy } from '../lib/busy';
import { errorSummary } from '../lib/logger';
import type { AppDeps } from '../system/deps';
import { isHttps } from '../system/deps';
import { healthRoute } from './health';
import { selfOrigin } from '../security/request-meta';
import { securityHeaders } from '../security/headers';
import { appRouter } from '../trpc/app-router';
import { createTrpcContext } from '../trpc/init';
import { calendarFeedRoutes } from './calendar-feed';
import { consoleRoutes } from './static/console-route';
import { notFoundPage } from './pages';
import { publishedFileRoutes } from './static/published-files';
import { widgetFileRoutes } from './static/widget-files';
import { widgetApi } from './widget-api';

export type { AppDeps, AppConfig } from '../system/deps';

/** Staff API bodies; a file upload (base64 of up to 5 MB) gets more. */
export const TRPC_BODY_LIMIT = 2 * 1024 * 1024;
export const TRPC_UPLOAD_BODY_LIMIT = 8 * 1024 * 1024;
const UPLOAD_PROCEDURES = ['guidance.files.upload', 'caseDocuments.upload'];

const WIDGET_API = '/api/widget/v1';

/**
 * Staff answer previews link to published files at the address the staff member reached us on
 * (the widget passes its own origin per question).
 */
function answeringAt(deps: AppDeps, origin: string): AppDeps {
  const { guidance } = deps;
  return {
    ...deps,
    guidance: {
      answer: (q, opts) => guidance.answer(q, { ...opts, origin: opts.origin ?? origin }),
      status: () => guidance.status(),
      current: () => guidance.current(),
      refresh: () => guidance.refresh(),
      close: () => guidance.close(),
    },
  };
}

/** A calendar feed's path is its secret: log lines get a placeholder instead. */
function loggedPath(path: string): string {
  return path.startsWith('/calendar/') ? '/calendar/[token]' : path;
}

/** The whole HTTP surface on one Hono app. No ports: tests call `app.request()`. */
export function createApp(deps: AppDeps) {
  const app = new Hono();
  const log = deps.logger;

  app.use('*', async (c, next) => {
    const started = performance.now();
    const requestId = crypto.randomUUID();
    c.set('requestId' as never, requestId as never);
    await next();
    const status = c.res.status;
    // Successful widget traffic is the bulk of all requests (a line per chat message): at debug,
    // so a busy day does not pay for lines nobody reads. Refusals and failures stay visible.
    const level =
      status >= 500 ? 'warn' : status < 400 && c.req.path.startsWith(WIDGET_API) ? 'debug' : 'info';
    if (!log.isLevelEnabled(level)) return;
    // Never the query string or body: they may hold personal data.
    log[level](
      {
        requestId,
        method: c.req.method,
        path: loggedPath(c.req.path),
        status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  });
  app.use('*', securityHeaders({ hsts: isHttps(deps.config) }));

  app.onError((err, c) => {
    if (isDatabaseBusy(err)) {
      log.warn({ path: loggedPath(c.req.path) }, 'database busy');
      const headers = { 'Retry-After': String(BUSY_RETRY_AFTER_SECONDS) };
      return c.req.path.startsWith('/api/')
        ? c.json({ error: { code: 'busy', message: BUSY_MESSAGE } }, 503, headers)
        : c.text(BUSY_MESSAGE, 503, headers);
    }
    log.error({ err: errorSummary(err), path: loggedPath(c.req.path) }, 'unhandled error');
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
  app.route('/files', publishedFileRoutes(deps));
  app.route('/calendar', calendarFeedRoutes(deps));

  // Staff API. Only POST: queries are sent as POST by the console (methodOverride), so nothing a
  // person typed ever lands in a URL, a proxy log or the browser history.
  app.on(['GET', 'PUT', 'PATCH', 'DELETE'], '/trpc/*', (c) =>
    c.json({ error: { code: 'method_not_allowed', message: 'Use POST.' } }, 405, { Allow: 'POST' }),
  );
  const tooLarge = (limit: number) => (c: Context) =>
    c.json(
      {
        error: {
          code: 'too_large',
          message: `That request is larger than ${limit / 1024 / 1024} MB. Send less at once (files can be at most 5 MB).`,
        },
      },
      413,
    );
  const smallBody = bodyLimit({ maxSize: TRPC_BODY_LIMIT, onError: tooLarge(TRPC_BODY_LIMIT) });
  const uploadBody = bodyLimit({
    maxSize: TRPC_UPLOAD_BODY_LIMIT,
    onError: tooLarge(TRPC_UPLOAD_BODY_LIMIT),
  });
  app.use('/trpc/*', async (c, next) => {
    // The procedure names are the path after /trpc/ (comma-separated in a batch). A batch that
    // carries an upload gets the upload's limit; the procedures check their own input sizes.
    let names: string[];
    try {
      names = decodeURIComponent(c.req.path.slice('/trpc/'.length)).split(',');
    } catch {
      // Malformed escapes name no procedure (and would make tRPC's own decoding throw).
      return c.json(
        { error: { code: 'not_found', message: 'There is nothing at this address.' } },
        404,
      );
    }
    const limited = names.some((n) => UPLOAD_PROCEDURES.includes(n)) ? uploadBody : smallBody;
    const refused = await limited(c, next);
    if (refused) return refused;
  });
  app.use(
    '/trpc/*',
    trpcServer({
      endpoint: '/trpc',
      router: appRouter,
      // Queries travel as POST too, so their input (which may be personal data) never sits in a URL.
      allowMethodOverride: true,
      createContext: (opts, c) =>
        createTrpcContext(
          answeringAt(deps, selfOrigin(c, deps.config)),
          c,
          opts.resHeaders,
        ) as unknown as Promise<Record<string, unknown>>,
      responseMeta: ({ errors }) =>
        errors.some((e) => e.code === 'SERVICE_UNAVAILABLE' || isDatabaseBusy(e))
          ? { status: 503, headers: { 'Retry-After': String(BUSY_RETRY_AFTER_SECONDS) } }
          : {},
      onError: ({ error, path }) => {
        if (isDatabaseBusy(error)) {
          log.warn({ path }, 'database busy');
        } else if (error.code === 'INTERNAL_SERVER_ERROR') {
          log.error({ err: errorSummary(error.cause ?? error), path }, 'procedure failed');
        }
      },
    }),
  );

  app.route(WIDGET_API, widgetApi(deps));
  app.route('/widget', widgetFileRoutes(deps));
  app.route('/console', consoleRoutes(deps.config.consoleDir));
  app.get('/', (c) => c.redirect('/console/'));

  return app;
}
