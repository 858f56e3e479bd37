// Runs the retention purge (@sen/db purgeExpiredData) once a day. Every instance checks every few
// minutes, but only the one that claims the day's run in the database (one atomic upsert on
// `scheduled_jobs`) purges, so several instances never purge at once or twice a day.
import { claimScheduledJob, purgeExpiredData, type Db } from '@sen/db';
import type { Clock } from '../../lib/clock';
import { errorSummary, type Logger } from '../../lib/logger';

export const PURGE_JOB = 'retention-purge';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface PurgeScheduleOptions {
  db: Db;
  clock: Clock;
  logger: Logger;
  /** How often the purge runs (default a day). */
  everyMs?: number;
  /** How often each instance asks whether it is due (default 10 minutes). */
  checkEveryMs?: number;
}

/** One check: purges when this instance wins the claim. Returns whether it purged. */
export async function runPurgeIfDue(o: PurgeScheduleOptions): Promise<boolean> {
  const now = o.clock.now();
  if (!(await claimScheduledJob(o.db, PURGE_JOB, { now, everyMs: o.everyMs ?? DAY_MS })))
    return false;
  const result = await purgeExpiredData(o.db, { now });
  // Counts and cut-offs only: nothing about who was purged.
  o.logger.info({ purge: result }, 'retention purge done');
  return true;
}

/**
 * Starts the daily purge: a first check soon after start-up, then every `checkEveryMs`. The
 * timer does not keep the process alive; `stop()` ends it (call it on shutdown).
 */
export function startPurgeSchedule(o: PurgeScheduleOptions): { stop(): void } {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    runPurgeIfDue(o)
      .catch((err: unknown) => o.logger.warn({ err: errorSummary(err) }, 'retention purge failed'))
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(tick, 30_000);
  const timer = setInterval(tick, o.checkEveryMs ?? 10 * 60 * 1000);
  first.unref();
  timer.unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
