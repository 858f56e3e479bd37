import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { instant } from './columns';

/** Fixed-window counters shared by every API instance (keys are hashes, never raw IPs). */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: instant('window_start').notNull(),
  count: integer('count').notNull(),
});
