import { integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { updatedAt } from './columns';
import type { StaffRole } from './users';

export interface OfficeHoursDay {
  /** 0 = Sunday … 6 = Saturday. */
  day: number;
  /** Local (Europe/London) times, `HH:MM`. */
  open: string;
  close: string;
}

export interface BankHolidayOverrides {
  /** Extra non-working days (one-off bank holidays not yet known to @sen/rules). */
  add: string[];
  /** Days @sen/rules treats as bank holidays that are not (a moved holiday). */
  remove: string[];
}

/** A period the office is shut (a Christmas closure), both dates included, `YYYY-MM-DD`. */
export interface OfficeClosure {
  from: string;
  to: string;
  /** What families are told, e.g. "Christmas closure". */
  label: string;
}

/** One row (id = 1): the service's settings, edited by admins. */
export const settings = pgTable('settings', {
  id: integer('id').primaryKey().default(1),
  serviceName: text('service_name').notNull(),
  phone: text('phone').notNull(),
  email: text('email'),
  address: text('address'),
  websiteUrl: text('website_url'),
  officeHours: jsonb('office_hours').$type<OfficeHoursDay[]>().notNull().default([]),
  officeHoursText: text('office_hours_text').notNull().default(''),
  crisisMessage: text('crisis_message').notNull(),
  /** Months after a case is concluded before it is purged. */
  retentionClosedCaseMonths: integer('retention_closed_case_months').notNull().default(72),
  /** Days after the last message before an unlinked conversation is purged. */
  retentionConversationDays: integer('retention_conversation_days').notNull().default(90),
  bankHolidayOverrides: jsonb('bank_holiday_overrides')
    .$type<BankHolidayOverrides>()
    .notNull()
    .default({ add: [], remove: [] }),
  officeClosures: jsonb('office_closures').$type<OfficeClosure[]>().notNull().default([]),
  /** Staff in these roles must set up two-step sign-in before they can do anything else. */
  requireTotpForRoles: jsonb('require_totp_for_roles').$type<StaffRole[]>().notNull().default([]),
  updatedAt: updatedAt(),
});
