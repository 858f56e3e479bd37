import { sql } from 'drizzle-orm';
import { pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';

export const localAuthorities = pgTable(
  'local_authorities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    // The local SENDIASS (information, advice and support service); staff fill these in.
    iassName: text('iass_name'),
    iassPhone: text('iass_phone'),
    iassUrl: text('iass_url'),
    iassEmail: text('iass_email'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('local_authorities_name_lower_idx').on(sql`lower(${t.name})`)],
);
