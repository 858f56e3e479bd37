import type { ContactRole } from '@sen/rules';
import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { createdAt, updatedAt } from './columns';

/**
 * The other people on a case: professionals such as a council officer, a SENCO or a health
 * commissioner (the family are `case_people`). Work contact details only.
 */
export const caseContacts = pgTable(
  'case_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    role: text('role').$type<ContactRole>().notNull(),
    fullName: text('full_name').notNull(),
    organisation: text('organisation'),
    email: text('email'),
    phone: text('phone'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('case_contacts_case_idx').on(t.caseId)],
);
