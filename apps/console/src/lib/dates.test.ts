import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatDate, relativeDue } from './dates';

describe('dates', () => {
  it('formats and counts days', () => {
    expect(formatDate('2026-03-05')).toBe('Thu 5 Mar 2026');
    // Not a real date (checked by @sen/rules' isIsoDate): shown as it came.
    expect(formatDate('2026-02-30')).toBe('2026-02-30');
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
    expect(relativeDue('2026-03-01', '2026-03-04')).toBe('overdue by 3 days');
    expect(relativeDue('2026-03-04', '2026-03-04')).toBe('due today');
    expect(relativeDue('2026-03-05', '2026-03-04')).toBe('in 1 day');
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
  });
});
