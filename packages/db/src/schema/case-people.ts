import { boolean, date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { createdAt, instant, updatedAt } from './columns';

export const PERSON_ROLES = ['parent_carer', 'young_person', 'child'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const PREFERRED_CONTACT = ['phone', 'email', 'post', 'text_message', 'none'] as const;
export type PreferredContact = (typeof PREFERRED_CONTACT)[number];

export const casePeople = pgTable(
  'case_people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    role: text('role').$type<PersonRole>().notNull(),
    fullName: text('full_name').notNull(),
    dateOfBirth: date('date_of_birth', { mode: 'string' }),
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
    preferredContact: text('preferred_contact').$type<PreferredContact>(),
    consentToContact: boolean('consent_to_contact').notNull().default(false),
    consentRecordedAt: instant('consent_recorded_at'),
    accessNeeds: text('access_needs'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('case_people_case_idx').on(t.caseId),
    // Name search from the console ("smi" finds Smith) and subject access lookups.
    index('case_people_name_trgm_idx').using('gin', t.fullName.op('gin_trgm_ops')),
    index('case_people_email_idx').on(t.email),
  ],
);
