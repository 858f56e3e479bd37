// A staff member's own calendar feed: the meetings of the open cases assigned to them, for
// their calendar app (served by web/calendar-feed.ts). The URL holds a secret token shown once;
// making a new one (rotating) stops the old URL at once. Only people who can be assigned cases
// have a feed.
import { deleteCalendarFeed, getCalendarFeed, setCalendarFeedToken } from '@sen/db';
import { feedPath, hashFeedToken, newFeedToken } from '../../services/calendar/feed-token';
import { actorOf } from '../../services/staff-context';
import { roleProcedure, router } from '../init';

const ASSIGNABLE = ['caseworker', 'mediator', 'admin'] as const;

export const calendarRouter = router({
  /** Whether I have a feed, and since when (never the URL: only its hash is kept). */
  feed: roleProcedure(...ASSIGNABLE).query(async ({ ctx }) => {
    const feed = await getCalendarFeed(ctx.db, ctx.user.id);
    return { active: feed !== null, createdAt: feed?.createdAt ?? null };
  }),

  /** A new feed URL, replacing any earlier one (which then finds nothing). Shown once. */
  rotateFeed: roleProcedure(...ASSIGNABLE).mutation(async ({ ctx }) => {
    const token = newFeedToken();
    const { createdAt } = await setCalendarFeedToken(
      ctx.db,
      ctx.user.id,
      hashFeedToken(token),
      actorOf(ctx),
    );
    return { url: `${ctx.meta.selfOrigin}${feedPath(token)}`, createdAt };
  }),

  /** Turn my feed off: its URL finds nothing from now on. */
  stopFeed: roleProcedure(...ASSIGNABLE).mutation(async ({ ctx }) => {
    return { stopped: await deleteCalendarFeed(ctx.db, ctx.user.id, actorOf(ctx)) };
  }),
});
