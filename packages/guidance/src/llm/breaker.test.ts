import { describe, expect, it } from 'vitest';
import { CircuitBreaker, retryAfterMs } from './breaker';

const clock = (start = 0) => {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
};

describe('CircuitBreaker (fake clock)', () => {
  it('opens after repeated failures, lets one trial through after the cool-off, closes on success', () => {
    const c = clock();
    const b = new CircuitBreaker({ failures: 3, coolOffMs: 30_000, now: c.now });
    b.failure();
    b.failure();
    expect(b.allow()).toBe(true);
    b.failure();
    expect(b.state).toBe('open');
    expect(b.allow()).toBe(false);
    c.advance(29_999);
    expect(b.allow()).toBe(false);
    c.advance(1);
    expect(b.allow()).toBe(true); // the trial
    expect(b.allow()).toBe(false); // only one at a time
    b.success();
    expect(b.state).toBe('closed');
    expect(b.allow()).toBe(true);
  });

  it('opens again at once when the trial fails', () => {
    const c = clock();
    const b = new CircuitBreaker({ failures: 2, coolOffMs: 10_000, now: c.now });
    b.failure();
    b.failure();
    c.advance(10_000);
    expect(b.allow()).toBe(true);
    b.failure();
    expect(b.allow()).toBe(false);
    c.advance(10_000);
    expect(b.allow()).toBe(true);
  });

  it('a trial the asker abandoned does not keep the breaker shut', () => {
    const c = clock();
    const b = new CircuitBreaker({ failures: 1, coolOffMs: 1_000, now: c.now });
    b.failure();
    c.advance(1_000);
    expect(b.allow()).toBe(true);
    b.release();
    expect(b.allow()).toBe(true);
  });

  it('a success resets the count: failures must be in a row', () => {
    const b = new CircuitBreaker({ failures: 2, now: clock().now });
    b.failure();
    b.success();
    b.failure();
    expect(b.state).toBe('closed');
  });

  it('honours Retry-After in seconds or as a date, from the first failure, capped', () => {
    const c = clock(Date.parse('2026-01-05T10:00:00Z'));
    const b = new CircuitBreaker({ failures: 5, maxWaitMs: 120_000, now: c.now });
    b.failure('20');
    expect(b.allow()).toBe(false);
    c.advance(20_000);
    expect(b.allow()).toBe(true);
    b.failure('Mon, 05 Jan 2026 10:01:20 GMT'); // 60 s from now
    c.advance(59_000);
    expect(b.allow()).toBe(false);
    c.advance(1_000);
    expect(b.allow()).toBe(true);
    b.failure('86400'); // a day: capped at two minutes
    c.advance(120_000);
    expect(b.allow()).toBe(true);
  });

  it('reads Retry-After', () => {
    expect(retryAfterMs('5', 0)).toBe(5000);
    expect(retryAfterMs('soon', 0)).toBeUndefined();
    expect(retryAfterMs(null, 0)).toBeUndefined();
  });
});
