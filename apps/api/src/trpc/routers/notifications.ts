// Each member of staff's own e-mail preferences (Account): every kind is on by default and can
// be turned off. Only one's own: there is no way to change someone else's here.
import { z } from 'zod';
import { listNotificationOptOuts, setNotificationEnabled } from '@sen/db';
import { NOTIFICATION_KINDS, type NotificationKind, type StaffRole } from '@sen/db/schema';
import { actorOf } from '../../services/staff-context';
import { router, staffProcedure } from '../init';

/** The kinds a role can receive at all (the rest are not offered). */
const KINDS_FOR: Record<StaffRole, readonly NotificationKind[]> = {
  admin: NOTIFICATION_KINDS,
  caseworker: NOTIFICATION_KINDS,
  mediator: ['case_assigned'],
  viewer: [],
};

export const notificationsRouter = router({
  /** The kinds this person can receive, each on or off. */
  preferences: staffProcedure.query(async ({ ctx }) => {
    const off = new Set(await listNotificationOptOuts(ctx.db, ctx.user.id));
    return KINDS_FOR[ctx.user.role].map((kind) => ({ kind, enabled: !off.has(kind) }));
  }),

  setPreference: staffProcedure
    .input(z.object({ kind: z.enum(NOTIFICATION_KINDS), enabled: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      await setNotificationEnabled(ctx.db, ctx.user.id, input.kind, input.enabled, actorOf(ctx));
      return { kind: input.kind, enabled: input.enabled };
    }),
});
