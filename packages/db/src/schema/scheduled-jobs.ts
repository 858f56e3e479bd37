import { pgTable, text } from 'drizzle-orm/pg-core';
import { instant } from './columns';

/**
 * When each periodic job (the daily purge) last started, so that of several API instances only
 * the one that claims the row runs it (`claimScheduledJob`).
 */
export const scheduledJobs = pgTable('scheduled_jobs', {
  name: text('name').primaryKey(),
  lastStartedAt: instant('last_started_at').notNull(),
});
