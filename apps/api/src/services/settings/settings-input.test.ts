import { describe, expect, it } from 'vitest';
import { settingsPatchSchema } from './settings-input';

const messages = (input: unknown) => {
  const r = settingsPatchSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('settings input', () => {
  it('accepts a full, valid patch and tidies it', () => {
    const r = settingsPatchSchema.parse({
      serviceName: ' SEN Mediation ',
      phone: '020 7946 0000',
      email: '',
      officeHours: [
        { day: 2, open: '09:00', close: '17:00' },
        { day: 1, open: '13:00', close: '17:00' },
        { day: 1, open: '09:00', close: '12:00' },
      ],
      crisisMessage: 'If a child is in danger now, call 999.',
      bankHolidayOverrides: { add: ['2026-06-01', '2026-06-01'], remove: ['2026-12-28'] },
    });
    expect(r.serviceName).toBe('SEN Mediation');
    expect(r.email).toBeNull();
    expect(r.officeHours?.map((h) => `${h.day} ${h.open}`)).toEqual([
      '1 09:00',
      '1 13:00',
      '2 09:00',
    ]);
    expect(r.bankHolidayOverrides).toEqual({ add: ['2026-06-01'], remove: ['2026-12-28'] });
  });

  it.each([
    [{ serviceName: '  ' }, /Service name cannot be empty/],
    [{ phone: 'call us' }, /Phone number/],
    [{ email: 'not-an-email' }, /Email must be an address/],
    [{ websiteUrl: 'javascript:alert(1)' }, /Website must start with https/],
    [{ officeHours: [{ day: 7, open: '09:00', close: '17:00' }] }, /Day must be 0/],
    [{ officeHours: [{ day: 1, open: '17:00', close: '09:00' }] }, /close after it opens/],
    [{ officeHours: [{ day: 1, open: '9am', close: '17:00' }] }, /HH:MM/],
    [
      {
        officeHours: [
          { day: 3, open: '09:00', close: '13:00' },
          { day: 3, open: '12:00', close: '17:00' },
        ],
      },
      /Wednesday has opening periods that overlap/,
    ],
    [{ crisisMessage: 'Please contact the council.' }, /999/],
    [{ retentionClosedCaseMonths: 0 }, /at least 12 months/],
    [{ retentionConversationDays: 1.5 }, /Whole days/],
    [{ bankHolidayOverrides: { add: ['2026-02-30'], remove: [] } }, /not a real date/],
    [{ bankHolidayOverrides: { add: ['01/06/2026'], remove: [] } }, /YYYY-MM-DD/],
    [{ bankHolidayOverrides: { add: ['2026-12-25'], remove: [] } }, /already a bank holiday/],
    [{ bankHolidayOverrides: { add: [], remove: ['2026-06-02'] } }, /not a bank holiday/],
    [
      { bankHolidayOverrides: { add: ['2026-06-01'], remove: ['2026-06-01'] } },
      /both added and removed/,
    ],
    [{ favouriteColour: 'blue' }, /Unrecognized key|unrecognized/i],
  ])('refuses %j with a clear message', (input, message) => {
    expect(messages(input).join(' ')).toMatch(message);
  });
});
