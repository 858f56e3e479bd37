import type { RateRule } from '../../security/rate-limit';

// Per staff member. Generous for real work; they bound what one stolen session (or a loop in a
// script) can cost: model calls for questions, outbound fetches for URLs.
export const GUIDANCE_RATE_RULES = {
  testQuestion: { limit: 240, windowMs: 5 * 60_000 },
  evaluation: { limit: 6, windowMs: 10 * 60_000 },
  fetchUrl: { limit: 30, windowMs: 10 * 60_000 },
} satisfies Record<string, RateRule>;

/** An evaluation stops starting new questions after this long; the rest are reported as not run. */
export const EVALUATION_BUDGET_MS = 120_000;
