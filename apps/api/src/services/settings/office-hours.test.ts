import { describe, expect, it } from 'vitest';
import { closureOn, officeHoursNow, officeHoursText } from './office-hours';

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

describe('office closures', () => {
  const withClosure = {
    ...settings,
    officeHoursText: 'Monday to Friday, 9:30am to 5pm',
    officeClosures: [{ from: '2026-12-21', to: '2027-01-01', label: 'Christmas closure' }],
  };

  it('closes the office on every day of a closure, both ends included', () => {
    expect(officeHoursNow(withClosure, new Date('2026-12-21T12:00:00Z'))).toBe(false);
    expect(officeHoursNow(withClosure, new Date('2026-12-30T12:00:00Z'))).toBe(false);
    expect(officeHoursNow(withClosure, new Date('2027-01-01T12:00:00Z'))).toBe(false);
    expect(officeHoursNow(withClosure, new Date('2026-12-18T12:00:00Z'))).toBe(true);
    expect(officeHoursNow(withClosure, new Date('2027-01-04T12:00:00Z'))).toBe(true);
    expect(closureOn(withClosure, '2026-12-24')?.label).toBe('Christmas closure');
  });

  it('says when the office reopens during a closure', () => {
    expect(officeHoursText(withClosure, new Date('2026-12-23T10:00:00Z'))).toBe(
      'We are closed (Christmas closure) until Friday 1 January 2027, and reopen on ' +
        'Monday 4 January 2027. Usual opening times: Monday to Friday, 9:30am to 5pm',
    );
  });

  it('warns of a closure in the next two weeks, and says nothing earlier', () => {
    expect(officeHoursText(withClosure, new Date('2026-12-10T10:00:00Z'))).toBe(
      'Monday to Friday, 9:30am to 5pm. We will be closed from Monday 21 December 2026 to ' +
        'Friday 1 January 2027 (Christmas closure).',
    );
    expect(officeHoursText(withClosure, new Date('2026-11-30T10:00:00Z'))).toBe(
      'Monday to Friday, 9:30am to 5pm',
    );
  });
});
