import { describe, expect, it } from 'vitest';
import { officeHoursNow } from './office-hours';

const settings = {
  officeHours: [1, 2, 3, 4, 5].map((day) => ({ day, open: '09:30', close: '17:00' })),
  bankHolidayOverrides: { add: [], remove: [] },
};

describe('office hours, in London time', () => {
  it.each([
    ['2026-03-04T09:29:00Z', false, 'Wednesday before opening (GMT)'],
    ['2026-03-04T09:30:00Z', true, 'Wednesday at opening (GMT)'],
    ['2026-07-01T08:45:00Z', true, '09:45 BST on a Wednesday'],
    ['2026-07-01T16:00:00Z', false, '17:00 BST: closed'],
    ['2026-03-07T12:00:00Z', false, 'Saturday'],
    ['2026-12-25T12:00:00Z', false, 'Christmas Day (Friday)'],
    ['2026-05-04T12:00:00Z', false, 'Early May bank holiday (Monday)'],
  ])('%s → %s (%s)', (at, open) => {
    expect(officeHoursNow(settings, new Date(at))).toBe(open);
  });

  it('honours an admin-added closure day', () => {
    const closed = { ...settings, bankHolidayOverrides: { add: ['2026-03-04'], remove: [] } };
    expect(officeHoursNow(closed, new Date('2026-03-04T12:00:00Z'))).toBe(false);
  });
});
