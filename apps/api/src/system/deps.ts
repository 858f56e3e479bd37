import type { Db } from '@sen/db';
import type { Clock } from '../lib/clock';
import type { GuidanceRuntime } from '../services/guidance/runtime';
import type { Logger } from '../lib/logger';
import type { RateLimiter } from '../security/rate-limit';

/** What the HTTP layer needs from the outside world; `createApp(deps)` takes exactly this. */
export interface AppDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  rateLimiter: RateLimiter;
  guidance: GuidanceRuntime;
  config: AppConfig;
  /** Staff e-mail: `kick()` after queuing one sends it now rather than at the next poll. */
  notifications?: { kick(): void };
}

export interface AppConfig {
  /** Set for HTTPS deployments: turns on `Secure`, the `__Host-` cookie prefix and HSTS. */
  publicUrl: string | null;
  trustProxy: boolean;
  /** Built console (`apps/console/build`); null or missing: a page says it is not built. */
  consoleDir: string | null;
  /** Built widget (`apps/widget/dist`). */
  widgetDir: string | null;
  /**
   * SERVICE_PHONE: the number families are given when the settings have not been read since
   * the process started and the database does not answer (otherwise the last good read is used).
   */
  fallbackPhone?: string | null;
  /** GUIDANCE_FETCH_ALLOW_PRIVATE: "add from address" may fetch private hosts (default false). */
  guidanceFetchAllowPrivate?: boolean;
  /** A model words answers (OPENAI_API_KEY set and not OPENAI_ENABLED=false): the widget says so. */
  modelAssisted?: boolean;
}

export function isHttps(config: AppConfig): boolean {
  return config.publicUrl?.startsWith('https://') ?? false;
}
