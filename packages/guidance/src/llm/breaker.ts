import type { LlmConfig } from '../types';

export interface BreakerOptions {
  /** Failures in a row that open the breaker. */
  failures?: number;
  /** How long it stays open before one trial request. */
  coolOffMs?: number;
  /** The longest a server's Retry-After is believed. */
  maxWaitMs?: number;
  now?: () => number;
}

/**
 * Skips the model for a while after repeated failures, or for as long as the server's
 * Retry-After asks, so a hung or overloaded provider costs families nothing: while open, answers
 * are offline at once. After the wait one trial request goes through (half-open); its success
 * closes the breaker, its failure opens it again.
 */
export class CircuitBreaker {
  private readonly failuresToOpen: number;
  private readonly coolOffMs: number;
  private readonly maxWaitMs: number;
  private readonly now: () => number;
  private failuresInARow = 0;
  private openUntil = 0;
  private trialInFlight = false;

  constructor(o: BreakerOptions = {}) {
    this.failuresToOpen = o.failures ?? 3;
    this.coolOffMs = o.coolOffMs ?? 30_000;
    this.maxWaitMs = o.maxWaitMs ?? 10 * 60_000;
    this.now = o.now ?? Date.now;
  }

  /** Whether a request may go to the model now. */
  allow(): boolean {
    if (this.openUntil === 0) return true;
    if (this.now() < this.openUntil || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  success(): void {
    this.failuresInARow = 0;
    this.openUntil = 0;
    this.trialInFlight = false;
  }

  /**
   * A request that ended saying nothing about the model's health (the asker left, or the
   * request itself was refused): a trial request no longer holds the breaker half-open.
   */
  release(): void {
    this.trialInFlight = false;
  }

  /**
   * A failed request. The server's Retry-After (seconds or an HTTP date) opens the breaker at
   * once for that long, up to `maxWaitMs`.
   */
  failure(retryAfter?: string | null): void {
    this.failuresInARow++;
    const wasTrial = this.trialInFlight;
    this.trialInFlight = false;
    const wait = retryAfterMs(retryAfter, this.now());
    if (wait !== undefined) {
      this.openUntil = this.now() + Math.min(wait, this.maxWaitMs);
    } else if (wasTrial || this.failuresInARow >= this.failuresToOpen) {
      this.openUntil = this.now() + this.coolOffMs;
    }
  }

  get state(): 'closed' | 'open' | 'half-open' {
    if (this.openUntil === 0) return 'closed';
    return this.now() < this.openUntil ? 'open' : 'half-open';
  }
}

/** Retry-After as milliseconds from now: seconds, or an HTTP date. */
export function retryAfterMs(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

// One breaker per configured model (the API holds one LlmConfig for the process).
const breakers = new WeakMap<LlmConfig, CircuitBreaker>();

/** The breaker for a model configuration; the first call may set its options (tests: a fake clock). */
export function breakerFor(config: LlmConfig, options?: BreakerOptions): CircuitBreaker {
  let b = breakers.get(config);
  if (!b) breakers.set(config, (b = new CircuitBreaker(options)));
  return b;
}
