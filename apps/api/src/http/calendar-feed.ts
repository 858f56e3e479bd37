// GET /calendar/<token>.ics: a staff member's meetings as a calendar feed their calendar app
// subscribes to. A calendar app cannot sign in, so the unguessable token in the path is the
// key; only its hash is stored. An unknown, rotated or stopped token, a disabled user, or no
// token at all get the same empty 404, so the address says nothing about who exists.
import { addCalendarDays, todayInEngland } from '@sen/rules';
import { findCalendarFeedOwner, listCalendarMeetings } from '@sen/db';
import { Hono } from 'hono';
import { audit } from '../security/audit';
import { meetingsCalendar } from '../services/calendar/ics';
import { FEED_TOKEN, hashFeedToken } from '../services/calendar/feed-token';
import type { AppDeps } from '../system/deps';

/** Meetings that ended a while ago still show (a calendar keeps its recent past). */
const KEEP_PAST_DAYS = 30;

export function calendarFeedRoutes(deps: AppDeps) {
  const app = new Hono();
  app.get('/:file', async (c) => {
    const match = /^(.+)\.ics$/.exec(c.req.param('file'));
    const token = match?.[1];
    const owner =
      token && FEED_TOKEN.test(token)
        ? await findCalendarFeedOwner(deps.db, hashFeedToken(token))
        : null;
    if (!owner) return c.body(null, 404, { 'Cache-Control': 'no-store' });
    const now = deps.clock.now();
    const meetings = await listCalendarMeetings(deps.db, {
      assigneeId: owner.id,
      fromDate: addCalendarDays(todayInEngland(now), -KEEP_PAST_DAYS),
    });
    await audit(deps, {
      action: 'calendar_feed.read',
      actorKind: 'user',
      actorId: owner.id,
      entityType: 'user',
      entityId: owner.id,
      detail: { meetings: meetings.length },
    });
    const body = meetingsCalendar(meetings, {
      host: new URL(c.req.url).hostname,
      name: 'SEN Mediation Desk meetings',
    });
    return c.body(body, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
      'Referrer-Policy': 'no-referrer',
    });
  });
  return app;
}
