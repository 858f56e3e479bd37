import { TRPCError } from '@trpc/server';
import type { RateRule } from '../security/rate-limit';
import type { TrpcContext } from './init';

/** Counts one hit; past the limit answers 429 with `Retry-After` and a message a person can act on. */
export async function enforceRate(
  ctx: Pick<TrpcContext, 'deps' | 'resHeaders'>,
  key: string,
  rule: RateRule,
  what: string,
): Promise<void> {
  const d = await ctx.deps.rateLimiter.hit(key, rule);
  if (d.allowed) return;
  ctx.resHeaders.set('Retry-After', String(d.retryAfterSeconds));
  const minutes = Math.ceil(d.retryAfterSeconds / 60);
  throw new TRPCError({
    code: 'TOO_MANY_REQUESTS',
    message: `Too many ${what}. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
  });
}
