// The service's settings: every staff member reads them (the console shows opening times and the
// deadline calculator needs the bank-holiday overrides); only admins change them.
import { getSettings, updateSettings, type Settings } from '@sen/db';
import { settingsPatchSchema } from '../../services/settings/settings-input';
import { badInput } from '../../services/service-error';
import { invalidateSettings } from '../../services/settings/service-info';
import { adminProcedure, router, staffProcedure } from '../init';

const view = (s: Settings) => ({
  serviceName: s.serviceName,
  phone: s.phone,
  email: s.email,
  address: s.address,
  websiteUrl: s.websiteUrl,
  officeHours: s.officeHours.map((h) => ({ day: h.day, open: h.open, close: h.close })),
  officeHoursText: s.officeHoursText,
  crisisMessage: s.crisisMessage,
  retentionClosedCaseMonths: s.retentionClosedCaseMonths,
  retentionConversationDays: s.retentionConversationDays,
  bankHolidayOverrides: {
    add: [...s.bankHolidayOverrides.add],
    remove: [...s.bankHolidayOverrides.remove],
  },
  officeClosures: s.officeClosures.map((c) => ({ from: c.from, to: c.to, label: c.label })),
  requireTotpForRoles: [...s.requireTotpForRoles],
  updatedAt: s.updatedAt,
});

export const settingsRouter = router({
  get: staffProcedure.query(async ({ ctx }) => view(await getSettings(ctx.db))),

  /** Bank-holiday overrides only, for `@sen/rules` in the console's deadline views. */
  calendar: staffProcedure.query(async ({ ctx }) => {
    const s = await getSettings(ctx.db);
    return { add: [...s.bankHolidayOverrides.add], remove: [...s.bankHolidayOverrides.remove] };
  }),

  /** Saves the fields given; the widget and deadline answers use them within seconds. */
  update: adminProcedure.input(settingsPatchSchema).mutation(async ({ ctx, input }) => {
    if (Object.keys(input).length === 0) throw badInput('Nothing to change.');
    const saved = await updateSettings(ctx.db, input, {
      now: ctx.clock.now(),
      actorId: ctx.user.id,
      actorKind: 'user',
    });
    invalidateSettings(ctx.deps);
    return view({ ...saved });
  }),
});
