import { and, eq, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { scheduledJobs } from '../schema/index';

/**
 * Claims a periodic job for this caller if it has not started within `everyMs`: one atomic
 * upsert, so of several instances asking at once exactly one gets `true`. The claim is the start
 * time; a run that fails is retried after the next period, not at once by every instance.
 */
export async function claimScheduledJob(
  db: Db,
  name: string,
  options: { now: Date; everyMs: number },
): Promise<boolean> {
  const due = new Date(options.now.getTime() - options.everyMs);
  const rows = await db
    .insert(scheduledJobs)
    .values({ name, lastStartedAt: options.now })
    .onConflictDoUpdate({
      target: scheduledJobs.name,
      set: { lastStartedAt: options.now },
      setWhere: or(
        lte(scheduledJobs.lastStartedAt, due),
        // A clock moved backwards (restored backup, wrong system time) must not stop the job.
        sql`${scheduledJobs.lastStartedAt} > ${options.now}`,
      ),
    })
    .returning({ name: scheduledJobs.name });
  return rows.length === 1;
}

export async function lastScheduledRun(db: Db, name: string): Promise<Date | undefined> {
  const [row] = await db
    .select({ at: scheduledJobs.lastStartedAt })
    .from(scheduledJobs)
    .where(and(eq(scheduledJobs.name, name)));
  return row?.at;
}
