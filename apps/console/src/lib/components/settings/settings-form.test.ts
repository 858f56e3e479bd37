import { describe, expect, it } from 'vitest';
import { SettingsForm } from './settings-form.svelte';

type Settings = ConstructorParameters<typeof SettingsForm>[0];

const SETTINGS = {
  serviceName: 'Northshire SEN Mediation',
  phone: '0300 123 4567',
  email: null,
  address: null,
  websiteUrl: null,
  officeHoursText: 'Monday to Friday, 9am to 5pm',
  officeHours: [{ day: 1, open: '09:00', close: '17:00' }],
  officeClosures: [],
  crisisMessage: 'In an emergency call 999.',
  retentionClosedCaseMonths: 72,
  retentionConversationDays: 90,
  bankHolidayOverrides: { add: ['2026-06-01'], remove: [] },
  requireTotpForRoles: ['admin'],
} as unknown as Settings;

describe('SettingsForm', () => {
  it('gives back what it was given as settings.update input', () => {
    const form = new SettingsForm(SETTINGS);
    expect(form.problems()).toEqual({});
    // settings.update takes the same shape settings.get gives.
    expect(form.input()).toEqual(SETTINGS);
  });

  it('names each problem by the field it is about', () => {
    const form = new SettingsForm(SETTINGS);
    form.details.serviceName = ' ';
    form.crisisMessage = 'Call us.';
    form.retention.retentionConversationDays = '1.5';
    form.hours[1]!.to = '08:00';
    expect(form.problems()).toEqual({
      serviceName: 'Enter the service name.',
      crisisMessage: 'The crisis message must tell people to call 999 in an emergency.',
      retentionConversationDays: 'Enter a whole number of days from 1 to 3650.',
      'hours-1': 'Monday: closing must be after opening.',
    });
  });
});
