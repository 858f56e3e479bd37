import { createHash } from 'node:crypto';

export interface RateRule {
  /** Requests allowed in one window. */
  limit: number;
  windowMs: number;
}

export interface RateDecision {
  allowed: boolean;
  /** The hit's number in its window, when the store says (sign-in throttling uses it). */
  count?: number;
  /** Whole seconds until the window resets (for `Retry-After`), at least 1 when refused. */
  retryAfterSeconds: number;
}

/**
 * Counts hits in fixed windows. Shared by every instance (PostgreSQL or Redis): a process-memory
 * limiter would let N instances allow N times the limit.
 */
export interface RateLimiter {
  hit(key: string, rule: RateRule): Promise<RateDecision>;
  /**
   * Counts one hit against each key at once (one round trip for the shared stores), decisions
   * in input order. Optional: `hitAll()` below falls back to one `hit` after another.
   */
  hitMany?(hits: readonly { key: string; rule: RateRule }[]): Promise<RateDecision[]>;
  /** Where counting happens now, for /health (a limiter with a fallback store reports it). */
  status?(): RateLimiterStatus;
}

export interface RateLimiterStatus {
  store: 'redis' | 'database';
  /** Set while counting has fallen back from the configured store: why, for /health. */
  degraded?: string;
}

/**
 * Counts a hit against every key and answers with the first refusal (or an allowance). Every
 * key is counted, even when an earlier one already refuses.
 */
export async function hitAll(
  limiter: RateLimiter,
  hits: readonly { key: string; rule: RateRule }[],
): Promise<RateDecision> {
  const decisions = limiter.hitMany
    ? await limiter.hitMany(hits)
    : await Promise.all(hits.map((h) => limiter.hit(h.key, h.rule)));
  return (
    decisions.find((d) => !d.allowed) ?? {
      allowed: true,
      retryAfterSeconds: Math.min(...decisions.map((d) => d.retryAfterSeconds)),
    }
  );
}

/** Which fixed window `nowMs` falls in, and when it ends. */
export function windowOf(nowMs: number, windowMs: number) {
  const start = Math.floor(nowMs / windowMs) * windowMs;
  return { start, end: start + windowMs };
}

export function decide(count: number, rule: RateRule, nowMs: number, endMs: number): RateDecision {
  return {
    allowed: count <= rule.limit,
    count,
    retryAfterSeconds: Math.max(1, Math.ceil((endMs - nowMs) / 1000)),
  };
}

/** Keys never hold personal data as such (emails, addresses): only a short hash. */
export function rateKey(scope: string, ...parts: string[]): string {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 22);
  return `${scope}:${digest}`;
}

/** The limits the service applies. One place, so the README and the tests agree. */
export const RATE_RULES = {
  /** Second-factor codes and password changes per account (only the password holder gets there). */
  loginPerAccount: { limit: 10, windowMs: 15 * 60_000 },
  /** Sign-in attempts from one address, any account: past it, that address is refused. */
  loginPerIp: { limit: 30, windowMs: 15 * 60_000 },
  /** Sign-in attempts at one account from one address: past it, that pair is refused. */
  loginPerAccountAndIp: { limit: 10, windowMs: 15 * 60_000 },
  /** Sign-in attempts at one account from everywhere: past it, answers slow down (never refused). */
  loginPerAccountSlowdown: { limit: 10, windowMs: 15 * 60_000 },
  widgetStartPerIp: { limit: 20, windowMs: 60_000 },
  widgetMessagePerConversation: { limit: 12, windowMs: 60_000 },
  widgetMessagePerIp: { limit: 60, windowMs: 60_000 },
  widgetCallbackPerIp: { limit: 5, windowMs: 60 * 60_000 },
  widgetToolPerIp: { limit: 120, windowMs: 60_000 },
} satisfies Record<string, RateRule>;
