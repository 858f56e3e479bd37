// Sends the outbox. Every instance runs this loop; a row is sent by whichever claims it first
// (FOR UPDATE SKIP LOCKED in @sen/db claimNotifications), so several instances on one database
// send each e-mail once. Failures are retried with backoff; every send and failure is logged
// with the notification's id and kind only (no addresses, no references).
import { todayInEngland } from '@sen/rules';
import {
  claimNotifications,
  getCaseDeadlines,
  markNotificationFailed,
  markNotificationSent,
  markNotificationSkipped,
  purgeOldNotifications,
  type ClaimedNotification,
  type Db,
} from '@sen/db';
import type { Clock } from '../../lib/clock';
import { errorSummary, type Logger } from '../../lib/logger';
import { loadSettings } from '../settings/service-info';
import { queueDigestIfDue } from './digest';
import { failureSummary, type Mailer } from './mailer';
import { composeNotification, type NextDeadline } from './messages';

export interface NotificationOptions {
  db: Db;
  clock: Clock;
  logger: Logger;
  /** Null when SMTP_URL is not set: nothing is sent (queued rows age out). */
  mailer: Mailer | null;
  /** The service's address for links in e-mails (PUBLIC_URL, else the listening address). */
  baseUrl: () => string;
  /** How often each instance looks for e-mails to send (default 2 s). */
  pollMs?: number;
  /** Delay before retry number `attempt` (1 = the first retry). */
  backoffMs?: (attempt: number) => number;
  /** Attempts before a notification is given up as failed (default 8). */
  maxAttempts?: number;
}

/** 30 s, 2 min, 8 min, 32 min, then every 2 hours: about 7 hours of trying in all. */
export const defaultBackoffMs = (attempt: number) =>
  Math.min(30_000 * 4 ** (attempt - 1), 2 * 60 * 60 * 1000);

/** A notification not sent within a day is no longer news (mail was off or failing). */
const STALE_MS = 24 * 60 * 60 * 1000;
/** Sent and failed rows are kept this long for the record, then forgotten. */
const KEEP_MS = 30 * 24 * 60 * 60 * 1000;
const DIGEST_CHECK_MS = 60_000;
const CLEANUP_MS = 60 * 60 * 1000;

export interface NotificationService {
  /** Look for e-mails now (after this instance queued one) instead of at the next poll. */
  kick(): void;
  /** One pass: send what is due. Returns how many were sent. */
  runOnce(): Promise<number>;
  /** Stops polling and waits for a pass under way, so the database is not closed under it. */
  stop(): Promise<void>;
}

export function startNotifications(o: NotificationOptions): NotificationService {
  const backoff = o.backoffMs ?? defaultBackoffMs;
  const maxAttempts = o.maxAttempts ?? 8;
  let running: Promise<number> | null = null;
  let again = false;
  let stopped = false;
  let lastDigestCheck = 0;
  let lastCleanup = 0;
  // One line when passes start failing (the database is down) and one when they work again,
  // not a warning every poll.
  let failing = false;

  async function nextDeadline(caseId: string | null, now: Date): Promise<NextDeadline | null> {
    if (!caseId) return null;
    const deadlines = await getCaseDeadlines(o.db, caseId, { today: todayInEngland(now) });
    const open = deadlines
      .filter((d) => d.status !== 'done' && d.status !== 'not_applicable')
      .sort((a, b) => a.date.localeCompare(b.date));
    return open[0] ? { label: open[0].label, date: open[0].date } : null;
  }

  async function sendOne(mailer: Mailer, n: ClaimedNotification): Promise<boolean> {
    const now = o.clock.now();
    const fields = { notification: n.id, kind: n.kind, attempt: n.attempts };
    if (n.optedOut || n.recipientDisabled) {
      await markNotificationSkipped(o.db, n.id, n.optedOut ? 'opted out' : 'account disabled');
      o.logger.info(
        { ...fields, reason: n.optedOut ? 'opted_out' : 'disabled' },
        'notification skipped',
      );
      return false;
    }
    if (now.getTime() - n.createdAt.getTime() > STALE_MS) {
      await markNotificationSkipped(o.db, n.id, 'stale');
      o.logger.warn({ ...fields, reason: 'stale' }, 'notification skipped');
      return false;
    }
    try {
      const settings = await loadSettings(o);
      const message = composeNotification({
        kind: n.kind,
        payload: n.payload,
        baseUrl: o.baseUrl(),
        deadline: n.kind === 'deadline_digest' ? null : await nextDeadline(n.caseId, now),
        serviceName: settings.serviceName,
      });
      await mailer.send({ to: n.recipientEmail, ...message });
    } catch (error) {
      const retry = n.attempts < maxAttempts;
      const problem = failureSummary(error);
      await markNotificationFailed(o.db, n.id, {
        error: problem,
        retryAt: retry ? new Date(now.getTime() + backoff(n.attempts)) : null,
      });
      o.logger.warn(
        { ...fields, error: problem, willRetry: retry },
        retry ? 'notification send failed; will retry' : 'notification send failed; giving up',
      );
      return false;
    }
    await markNotificationSent(o.db, n.id, o.clock.now());
    o.logger.info(fields, 'notification sent');
    return true;
  }

  async function pass(): Promise<number> {
    const now = o.clock.now();
    if (now.getTime() - lastCleanup >= CLEANUP_MS) {
      lastCleanup = now.getTime();
      const purged = await purgeOldNotifications(o.db, new Date(now.getTime() - KEEP_MS));
      if (purged) o.logger.info({ purged }, 'old notifications forgotten');
    }
    const mailer = o.mailer;
    if (!mailer) return 0;
    if (now.getTime() - lastDigestCheck >= DIGEST_CHECK_MS) {
      lastDigestCheck = now.getTime();
      const queued = await queueDigestIfDue(o.db, o.clock);
      if (queued !== null) o.logger.info({ queued }, 'deadline digest queued');
    }
    let sent = 0;
    for (;;) {
      const batch = await claimNotifications(o.db, { now: o.clock.now(), limit: 20 });
      if (!batch.length) break;
      for (const n of batch) if (await sendOne(mailer, n)) sent += 1;
      if (stopped) break;
    }
    return sent;
  }

  function runOnce(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = pass()
      .then((sent) => {
        if (failing) o.logger.info('notification outbox reachable again');
        failing = false;
        return sent;
      })
      .catch((error: unknown) => {
        if (!failing) {
          o.logger.warn(
            { err: errorSummary(error) },
            'notification pass failed; retrying every poll, quietly, until it works',
          );
        }
        failing = true;
        return 0;
      })
      .finally(() => {
        running = null;
        if (again && !stopped) {
          again = false;
          void runOnce();
        }
      });
    return running;
  }

  const timer = setInterval(() => void runOnce(), o.pollMs ?? 2_000);
  timer.unref();
  return {
    kick: () => {
      if (!stopped) void runOnce();
    },
    runOnce,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      o.mailer?.close();
    },
  };
}
