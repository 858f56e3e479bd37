import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { DbInputError } from '../errors';
import {
  STAFF_ROLES,
  settings,
  type BankHolidayOverrides,
  type OfficeHoursDay,
} from '../schema/index';
import { audit, type Actor } from './audit';

export type Settings = Omit<typeof settings.$inferSelect, 'id'>;
export type SettingsPatch = Partial<Omit<Settings, 'updatedAt'>>;

/** Used until an admin saves settings (and by the seed). */
export const DEFAULT_SETTINGS: Omit<Settings, 'updatedAt'> = {
  serviceName: 'SEN Mediation Service',
  phone: '020 0000 0000',
  email: null,
  address: null,
  websiteUrl: null,
  officeHours: [1, 2, 3, 4, 5].map((day) => ({ day, open: '09:30', close: '17:00' })),
  officeHoursText: 'Monday to Friday, 9:30am to 5pm (not bank holidays)',
  crisisMessage:
    'If a child or young person is in danger right now, call 999. If you are worried about a ' +
    "child's safety, contact your local council's children's services.",
  retentionClosedCaseMonths: 72,
  retentionConversationDays: 90,
  bankHolidayOverrides: { add: [], remove: [] },
  officeClosures: [],
  requireTotpForRoles: [],
};

export async function getSettings(db: Db): Promise<Settings> {
  const [row] = await db.select().from(settings).where(eq(settings.id, 1));
  if (!row) return { ...DEFAULT_SETTINGS, updatedAt: new Date(0) };
  const { id: _id, ...rest } = row;
  return rest;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

function validate(patch: SettingsPatch): void {
  const problems: string[] = [];
  if (patch.serviceName !== undefined && !patch.serviceName.trim())
    problems.push('service name is empty');
  if (patch.phone !== undefined && !/\d{5,}/.test(patch.phone.replace(/\s/g, ''))) {
    problems.push('phone number needs digits');
  }
  const hours: OfficeHoursDay[] = patch.officeHours ?? [];
  for (const h of hours) {
    if (!Number.isInteger(h.day) || h.day < 0 || h.day > 6)
      problems.push(`bad office day ${h.day}`);
    if (!HHMM.test(h.open) || !HHMM.test(h.close) || h.open >= h.close) {
      problems.push(`bad office hours ${h.open}-${h.close}`);
    }
  }
  const overrides: BankHolidayOverrides = patch.bankHolidayOverrides ?? { add: [], remove: [] };
  for (const d of [...overrides.add, ...overrides.remove]) {
    if (!ISO_DATE.test(d)) problems.push(`bank holiday override "${d}" is not YYYY-MM-DD`);
  }
  for (const c of patch.officeClosures ?? []) {
    if (!ISO_DATE.test(c.from) || !ISO_DATE.test(c.to)) {
      problems.push(`office closure dates must be YYYY-MM-DD`);
    } else if (c.from > c.to) problems.push(`office closure "${c.label}" ends before it starts`);
    if (!c.label?.trim()) problems.push('every office closure needs a label');
  }
  for (const r of patch.requireTotpForRoles ?? []) {
    if (!(STAFF_ROLES as readonly string[]).includes(r)) problems.push(`unknown role "${r}"`);
  }
  if (patch.retentionClosedCaseMonths !== undefined && !(patch.retentionClosedCaseMonths >= 1)) {
    problems.push('closed-case retention must be at least 1 month');
  }
  if (patch.retentionConversationDays !== undefined && !(patch.retentionConversationDays >= 1)) {
    problems.push('conversation retention must be at least 1 day');
  }
  if (problems.length)
    throw new DbInputError('invalid', `Settings not saved: ${problems.join('; ')}`);
}

export async function updateSettings(
  db: Db,
  patch: SettingsPatch,
  actor: Actor,
): Promise<Settings> {
  validate(patch);
  return db.transaction(async (tx) => {
    const current = await getSettings(tx);
    const { updatedAt: _u, ...base } = current;
    const next = { ...base, ...patch, updatedAt: actor.now };
    await tx
      .insert(settings)
      .values({ id: 1, ...next })
      .onConflictDoUpdate({ target: settings.id, set: next });
    await audit(tx, actor, 'settings.update', 'settings', '1', {
      fields: Object.keys(patch).sort().join(','),
    });
    return next;
  });
}
