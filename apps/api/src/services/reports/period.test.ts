import { describe, expect, it } from 'vitest';
import { londonMidnight, reportPeriod } from './period';

describe('report period', () => {
  it('uses midnight in London, winter and summer', () => {
    expect(londonMidnight('2026-01-05').toISOString()).toBe('2026-01-05T00:00:00.000Z');
    expect(londonMidnight('2026-07-01').toISOString()).toBe('2026-06-30T23:00:00.000Z');
  });

  it('ends after the last day', () => {
    const p = reportPeriod('2026-03-01', '2026-03-31');
    expect(p.to.toISOString()).toBe('2026-03-31T23:00:00.000Z');
  });
});
