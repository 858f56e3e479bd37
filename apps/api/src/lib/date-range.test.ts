import { describe, expect, it } from 'vitest';
import { instantsOf, londonStartOfDay } from './date-range';

describe('London day boundaries', () => {
  it('starts a winter day at midnight UTC and a summer day at 23:00 UTC the day before', () => {
    expect(londonStartOfDay('2026-01-15').toISOString()).toBe('2026-01-15T00:00:00.000Z');
    expect(londonStartOfDay('2026-07-15').toISOString()).toBe('2026-07-14T23:00:00.000Z');
  });

  it('handles the clock-change days', () => {
    // BST starts 29 March 2026 at 01:00 UTC; midnight that day is still GMT.
    expect(londonStartOfDay('2026-03-29').toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(londonStartOfDay('2026-10-25').toISOString()).toBe('2026-10-24T23:00:00.000Z');
  });

  it('includes the whole of the last day and refuses a backwards range', () => {
    expect(instantsOf({ from: '2026-03-01', to: '2026-03-31' })).toEqual({
      from: new Date('2026-03-01T00:00:00Z'),
      to: new Date('2026-03-31T23:00:00Z'),
    });
    expect(() => instantsOf({ from: '2026-03-02', to: '2026-03-01' })).toThrow(/after the end/);
  });
});
