import { boolean, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';

export interface SiteTheme {
  /** Brand colour as #rrggbb; the widget checks contrast before using it. */
  colour: string;
}

export const partnerSites = pgTable(
  'partner_sites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    /** Exact origins (scheme://host[:port]) allowed to embed the widget. */
    allowedOrigins: text('allowed_origins').array().notNull().default([]),
    greeting: text('greeting').notNull(),
    theme: jsonb('theme').$type<SiteTheme>().notNull(),
    enabled: boolean('enabled').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('partner_sites_key_idx').on(t.key)],
);
