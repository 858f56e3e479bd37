// Sign-in throttling that an attacker cannot turn into a lockout (issue 15: ten wrong passwords
// from anywhere locked an account for everyone, for 15 minutes, again and again).
//
// - By address: one address gets 30 attempts in 15 minutes, at any accounts.
// - By account and address: 10 attempts at one account from one address.
// Both refuse with 429, but only the address that made the attempts.
// - By account, from everywhere: past 10 attempts in 15 minutes every further attempt is slowed
//   down (an extra 250 ms per attempt over, at most 3 s), never refused, so the person whose
//   account it is still gets in from their own address; with two-step sign-in on, a correct
//   password alone never signs anyone in. At 30 attempts in a window (a burst: more than one
//   person mistyping) the audit log gets one `auth.sign_in_burst` row for admins.
import type { TrpcContext } from '../trpc/init';
import { enforceRate } from '../trpc/rate-limited';
import { RATE_RULES, rateKey } from './rate-limit';

export const SLOWDOWN_STEP_MS = 250;
export const SLOWDOWN_MAX_MS = 3_000;
/** Attempts at one account in one window that are reported to admins (once per window). */
export const BURST_ALERT_ATTEMPTS = 30;

export interface SignInThrottle {
  /** Milliseconds this attempt was held back (0 when the account is not under pressure). */
  delayedMs: number;
  /** True for exactly one attempt per window: the one that reached the burst threshold. */
  burst: boolean;
  attempts: number | null;
}

/**
 * Counts the attempt three ways; throws 429 (TOO_MANY_REQUESTS with Retry-After) when this
 * address has made too many, and waits first when the account is under pressure.
 */
export async function throttleSignIn(
  ctx: Pick<TrpcContext, 'deps' | 'resHeaders' | 'meta'>,
  email: string,
  sleep: (ms: number) => Promise<void> = defaultSleep,
): Promise<SignInThrottle> {
  const account = email.toLowerCase();
  await enforceRate(
    ctx,
    rateKey('login-ip', ctx.meta.ip),
    RATE_RULES.loginPerIp,
    'sign-in attempts',
  );
  await enforceRate(
    ctx,
    rateKey('login-account-ip', account, ctx.meta.ip),
    RATE_RULES.loginPerAccountAndIp,
    'sign-in attempts',
  );
  const rule = RATE_RULES.loginPerAccountSlowdown;
  const d = await ctx.deps.rateLimiter.hit(rateKey('login-account', account), rule);
  const attempts = d.count ?? null;
  const over = attempts === null ? (d.allowed ? 0 : 1) : Math.max(0, attempts - rule.limit);
  const delayedMs = Math.min(SLOWDOWN_MAX_MS, over * SLOWDOWN_STEP_MS);
  if (delayedMs > 0) await sleep(delayedMs);
  return { delayedMs, burst: attempts === BURST_ALERT_ATTEMPTS, attempts };
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
