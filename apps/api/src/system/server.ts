// Starts the whole system in one process: database, guidance index, the API with the console and
// widget files, and the demo partner page on a second port. `pnpm start` runs this through
// main.ts; browser tests and benchmarks call startSystem() with port 0 and a temp data folder.
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import type { Redis } from 'ioredis';
import {
  DEMO_SITE_KEY,
  ensureAdmin,
  getSiteByKey,
  openDatabase,
  seedSampleData,
  type Db,
} from '@sen/db';
import { createApp } from '../http/app';
import { systemClock, type Clock } from '../lib/clock';
import type { AppDeps } from './deps';
import { builtAssets, loadEnv, type EnvConfig } from '../lib/env';
import { createGuidanceRuntime } from '../services/guidance/runtime';
import { createLogger } from '../lib/logger';
import { startPurgeSchedule } from '../services/maintenance/purge-schedule';
import { startNotifications } from '../services/notifications/dispatcher';
import { createSmtpMailer, type Mailer } from '../services/notifications/mailer';
import { hashPassword } from '../security/passwords';
import type { RateLimiter } from '../security/rate-limit';
import { createDbRateLimiter } from '../security/rate-limit-db';
import { createFailoverRateLimiter } from '../security/rate-limit-failover';
import { createRedisRateLimiter } from '../security/rate-limit-redis';
import { createDemoApp } from '../http/demo-page';

export { createApp } from '../http/app';
export type { AppDeps, AppConfig } from './deps';
export type { RateLimiter } from '../security/rate-limit';

export interface StartedSystem {
  url: string;
  /** The demo partner page, or null when DEMO_PORT is off. */
  demoUrl: string;
  admin: { email: string; password?: string; created: boolean };
  db: Db;
  deps: AppDeps;
  /** Whether staff e-mail is on (SMTP_URL and MAIL_FROM set, or a test mailer). */
  mailOn: boolean;
  close(): Promise<void>;
}

export interface StartOptions extends Partial<EnvConfig> {
  clock?: Clock;
  /** Seconds between guidance revision checks (default 2). */
  guidancePollMs?: number;
  /** Where the built console and widget are (tests point these at fixtures). */
  consoleDir?: string | null;
  widgetDir?: string | null;
  /**
   * Wraps the shared rate limiter (tests and benchmarks raise limits this way; the counting
   * still happens). Not reachable from the environment.
   */
  wrapRateLimiter?: (limiter: RateLimiter) => RateLimiter;
  /** Seconds between outbox checks (default 2); tests shorten it. */
  notificationPollMs?: number;
  /** Replaces the SMTP mailer (tests that make sending fail). */
  mailer?: Mailer;
}

export async function startSystem(options: StartOptions = {}): Promise<StartedSystem> {
  // Defaults come from the schema, never from process.env: only main.ts reads the environment.
  const cfg: EnvConfig = { ...loadEnv({}), ...stripUndefined(options) };
  const clock = options.clock ?? systemClock;
  const logger = createLogger(cfg.logLevel);
  const handle = await openDatabase(
    cfg.databaseUrl ? { url: cfg.databaseUrl } : { dataDir: path.join(cfg.dataDir, 'pglite') },
  );
  const db = handle.db;
  const closers: (() => Promise<void> | void)[] = [() => handle.close()];
  try {
    const now = clock.now();
    const admin = await ensureAdmin(db, {
      email: cfg.adminEmail,
      ...(cfg.adminPassword ? { password: cfg.adminPassword } : {}),
      hashPassword,
      now,
    });

    let redis: Redis | null = null;
    if (cfg.redisUrl) {
      // Loaded only when configured: most installations never need it at start-up.
      const { Redis } = await import('ioredis');
      // Fail fast while Redis is away (no offline queue, a 1 s command timeout) and keep
      // reconnecting in the background: the failover limiter counts in the database meanwhile.
      redis = new Redis(cfg.redisUrl, {
        lazyConnect: false,
        maxRetriesPerRequest: 1,
        enableOfflineQueue: false,
        commandTimeout: 1_000,
        connectTimeout: 2_000,
        retryStrategy: (times) => Math.min(200 * times, 2_000),
      });
      // Every reconnect attempt reports an error; the failover limiter logs the outage once.
      redis.on('error', (err) => logger.debug({ err: { message: err.message } }, 'redis error'));
      closers.push(() => void redis?.disconnect());
    }
    const dbLimiter = createDbRateLimiter(db, clock);
    const connected = redis;
    const guidance = createGuidanceRuntime({
      db,
      clock,
      logger,
      llm: cfg.llm,
      pollMs: options.guidancePollMs ?? 2_000,
    });
    closers.push(() => guidance.close());
    const deps: AppDeps = {
      db,
      clock,
      logger,
      rateLimiter: (options.wrapRateLimiter ?? ((l) => l))(
        connected
          ? createFailoverRateLimiter({
              primary: createRedisRateLimiter(connected, clock),
              fallback: dbLimiter,
              primaryReady: () => connected.status === 'ready',
              probe: () => connected.ping(),
              logger,
            })
          : dbLimiter,
      ),
      guidance,
      config: {
        publicUrl: cfg.publicUrl,
        trustProxy: cfg.trustProxy,
        guidanceFetchAllowPrivate: cfg.guidanceFetchAllowPrivate,
        fallbackPhone: cfg.servicePhone,
        modelAssisted: cfg.llm !== null,
        consoleDir: options.consoleDir === undefined ? builtAssets.consoleDir : options.consoleDir,
        widgetDir: options.widgetDir === undefined ? builtAssets.widgetDir : options.widgetDir,
      },
    };

    const api = await listen(createApp(deps).fetch, cfg.host, cfg.port);
    closers.unshift(() => closeServer(api.server));
    const url = cfg.publicUrl ?? `http://${hostForUrl(cfg.host)}:${api.port}`;

    // Staff e-mail (new callbacks, assignments, the morning digest) from the outbox. Without
    // SMTP_URL the events are still queued but nothing is sent; say so once, plainly.
    const mailer = options.mailer ?? (cfg.mail ? createSmtpMailer(cfg.mail) : null);
    if (!mailer) {
      logger.info(
        'e-mail notifications are off: set SMTP_URL and MAIL_FROM to tell staff of new callback requests, assignments and deadlines',
      );
    } else {
      logger.info({ from: cfg.mail?.from ?? 'test mailer' }, 'e-mail notifications are on');
    }
    const notifications = startNotifications({
      db,
      clock,
      logger,
      mailer,
      baseUrl: () => url,
      ...(options.notificationPollMs ? { pollMs: options.notificationPollMs } : {}),
    });
    deps.notifications = notifications;
    closers.unshift(() => notifications.stop());

    let demoUrl = '';
    if (cfg.demoPort !== null) {
      const demo = await listen(
        createDemoApp({ serviceUrl: () => url, siteKey: DEMO_SITE_KEY }).fetch,
        cfg.host,
        cfg.demoPort,
      );
      closers.unshift(() => closeServer(demo.server));
      demoUrl = `http://${hostForUrl(cfg.host)}:${demo.port}`;
    }
    // Idempotent: a new database gets sample settings, guidance and the demo site; every start
    // points the demo site at the demo page's current origins (its port may have changed).
    const demoPort = demoUrl ? new URL(demoUrl).port : null;
    await seedSampleData(db, {
      now,
      demoOrigins: demoPort
        ? [`http://localhost:${demoPort}`, `http://127.0.0.1:${demoPort}`]
        : ((await getSiteByKey(db, DEMO_SITE_KEY))?.allowedOrigins ?? []),
    });

    // Retention: one instance a day purges what is past its retention period.
    const purge = startPurgeSchedule({ db, clock, logger });
    closers.unshift(() => purge.stop());

    // Index in the background: /health answers at once, the first question waits for the index.
    guidance
      .refresh()
      .catch((err: unknown) => logger.warn({ err: String(err) }, 'guidance load failed'));

    let closed: Promise<void> | undefined;
    return {
      url,
      demoUrl,
      mailOn: mailer !== null,
      admin: {
        email: admin.email,
        created: admin.created,
        ...(admin.oneTimePassword
          ? { password: admin.oneTimePassword }
          : admin.created && cfg.adminPassword
            ? { password: cfg.adminPassword }
            : {}),
      },
      db,
      deps,
      close: () =>
        (closed ??= (async () => {
          for (const c of closers) await c();
        })()),
    };
  } catch (error) {
    for (const c of closers) await Promise.resolve(c()).catch(() => undefined);
    throw error;
  }
}

function listen(
  fetch: (req: Request) => Response | Promise<Response>,
  hostname: string,
  port: number,
): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname, port }, (info: AddressInfo) =>
      resolve({ server, port: info.port }),
    );
    server.once('error', reject);
  });
}

function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve) => {
    // Open SSE streams and keep-alive sockets would otherwise hold close() for minutes.
    if ('closeAllConnections' in server) server.closeAllConnections();
    server.close(() => resolve());
  });
}

function hostForUrl(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
