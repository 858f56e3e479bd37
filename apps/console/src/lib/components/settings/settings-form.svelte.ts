// The Settings page's answers, shared by its sections (one component per fieldset): built from
// what settings.get returns, checked before saving, and turned into settings.update's input.
import type { api } from '$lib/api';
import type { StaffRole } from '$lib/session.svelte';

type Settings = Awaited<ReturnType<typeof api.settings.get.query>>;
type SettingsInput = Parameters<typeof api.settings.update.mutate>[0];

export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export class SettingsForm {
  details: {
    serviceName: string;
    phone: string;
    email: string;
    address: string;
    websiteUrl: string;
  } = $state({ serviceName: '', phone: '', email: '', address: '', websiteUrl: '' });
  hours: { day: number; open: boolean; from: string; to: string }[] = $state([]);
  officeHoursText = $state('');
  closures: { from: string; to: string; label: string }[] = $state([]);
  totpRoles: string[] = $state([]);
  crisisMessage = $state('');
  retention = $state({ retentionClosedCaseMonths: '', retentionConversationDays: '' });
  /** Bank-holiday overrides: extra holidays, and holidays treated as working days. */
  added: string[] = $state([]);
  removed: string[] = $state([]);
  /** Problems by field (`serviceName`, `hours-1` …), shown beside the fields. */
  fields: Record<string, string> = $state({});

  constructor(s: Settings) {
    this.details = {
      serviceName: s.serviceName,
      phone: s.phone,
      email: s.email ?? '',
      address: s.address ?? '',
      websiteUrl: s.websiteUrl ?? '',
    };
    this.hours = DAYS.map((_, day) => {
      const h = s.officeHours.find((o) => o.day === day);
      return { day, open: !!h, from: h?.open ?? '09:00', to: h?.close ?? '17:00' };
    });
    this.officeHoursText = s.officeHoursText;
    this.closures = s.officeClosures.map((c) => ({ ...c }));
    this.totpRoles = [...s.requireTotpForRoles];
    this.crisisMessage = s.crisisMessage;
    this.retention = {
      retentionClosedCaseMonths: String(s.retentionClosedCaseMonths),
      retentionConversationDays: String(s.retentionConversationDays),
    };
    this.added = [...s.bankHolidayOverrides.add];
    this.removed = [...s.bankHolidayOverrides.remove];
  }

  /** The checks made before saving, by field; empty when the form may be sent. */
  problems(): Record<string, string> {
    const f: Record<string, string> = {};
    if (!this.details.serviceName.trim()) f.serviceName = 'Enter the service name.';
    if (!this.details.phone.trim()) f.phone = 'Enter the phone number families should call.';
    if (!/999/.test(this.crisisMessage))
      f.crisisMessage = 'The crisis message must tell people to call 999 in an emergency.';
    const months = Number(this.retention.retentionClosedCaseMonths);
    const days = Number(this.retention.retentionConversationDays);
    if (!Number.isInteger(months) || months < 1 || months > 240)
      f.retentionClosedCaseMonths = 'Enter a whole number of months from 1 to 240.';
    if (!Number.isInteger(days) || days < 1 || days > 3650)
      f.retentionConversationDays = 'Enter a whole number of days from 1 to 3650.';
    for (const h of this.hours)
      if (h.open && h.from >= h.to)
        f[`hours-${h.day}`] = `${DAYS[h.day]}: closing must be after opening.`;
    return f;
  }

  /** settings.update's input (call once problems() is empty). */
  input(): SettingsInput {
    const d = this.details;
    return {
      serviceName: d.serviceName.trim(),
      phone: d.phone.trim(),
      email: d.email.trim() || null,
      address: d.address.trim() || null,
      websiteUrl: d.websiteUrl.trim() || null,
      officeHoursText: this.officeHoursText.trim(),
      officeHours: this.hours
        .filter((h) => h.open)
        .map((h) => ({ day: h.day, open: h.from, close: h.to })),
      crisisMessage: this.crisisMessage.trim(),
      retentionClosedCaseMonths: Number(this.retention.retentionClosedCaseMonths),
      retentionConversationDays: Number(this.retention.retentionConversationDays),
      bankHolidayOverrides: { add: this.added, remove: this.removed },
      officeClosures: this.closures,
      requireTotpForRoles: this.totpRoles as StaffRole[],
    };
  }
}
