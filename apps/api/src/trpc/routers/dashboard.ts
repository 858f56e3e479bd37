// "Today": the signed-in person's overdue and coming deadlines (computed by @sen/rules from the
// db's deadlines-in-window query), open callback requests (for those who handle them), the cases
// waiting on them and the chat questions nobody could answer. Admins see every case's deadlines.
import {
  dashboardCounts,
  listCallbacks,
  listCases,
  listConversations,
  listDeadlinesDue,
} from '@sen/db';
import { addCalendarDays } from '@sen/rules';
import { ruleContext } from '../../services/cases/case-detail';
import { londonMidnight } from '../../services/reports/period';
import { router, staffProcedure } from '../init';

/** How far ahead "upcoming" looks. */
const WINDOW_DAYS = 14;
/** How far back overdue deadlines are still shown. */
const OVERDUE_DAYS = 365;
/** Unanswered chat questions are counted over this many days. */
const UNANSWERED_DAYS = 30;

export const dashboardRouter = router({
  today: staffProcedure.query(async ({ ctx }) => {
    const me = ctx.user;
    const now = ctx.clock.now();
    const { today, calendar } = await ruleContext(ctx.db, now);
    const everyone = me.role === 'admin';
    const handlesCallbacks = me.role === 'admin' || me.role === 'caseworker';
    const [deadlines, waiting, callbacks, conversations, counts] = await Promise.all([
      listDeadlinesDue(ctx.db, {
        from: addCalendarDays(today, -OVERDUE_DAYS),
        to: addCalendarDays(today, WINDOW_DAYS),
        today,
        calendar,
        ...(everyone ? {} : { assigneeId: me.id }),
      }),
      listCases(ctx.db, { assigneeId: me.id, open: true, limit: 50 }),
      // New and in-progress requests: one someone is taking stays on Today until it is done.
      handlesCallbacks
        ? listCallbacks(ctx.db, { status: ['new', 'in_progress'], limit: 50 })
        : Promise.resolve([]),
      listConversations(ctx.db, {
        from: londonMidnight(addCalendarDays(today, -UNANSWERED_DAYS)),
        needsReview: true,
        limit: 200,
      }),
      dashboardCounts(ctx.db, { userId: me.id, startOfToday: londonMidnight(today) }),
    ]);
    await ctx.audit({ action: 'dashboard.read', detail: { deadlines: deadlines.length } });
    return {
      today,
      windowDays: WINDOW_DAYS,
      scope: everyone ? ('all' as const) : ('mine' as const),
      /** Overdue first (oldest first), then upcoming, soonest first. */
      deadlines,
      overdueCount: deadlines.filter((d) => d.deadline.status === 'overdue').length,
      callbacks,
      newCallbacks: counts.newCallbacks,
      waitingOnMe: waiting.items,
      unansweredCount: conversations.items.reduce((n, c) => n + c.unanswered, 0),
      counts,
    };
  }),
});
