// What a service needs to act for one signed-in staff member: the database, the clock, who they
// are, and a way to audit as them. tRPC's context has all of it (trpc/init.ts), and so can a
// test or a command, so services never see a transport type.
import type { Db, StaffUser } from '@sen/db';
import type { Clock } from '../lib/clock';
import type { AuditEntry } from '../security/audit';

export interface StaffCtx {
  db: Db;
  clock: Clock;
  user: StaffUser;
  /** Appends to the audit log as this staff member. Never throws. */
  audit(entry: Omit<AuditEntry, 'actorId' | 'actorKind'>): Promise<void>;
}

/** The actor the @sen/db write functions record. */
export function actorOf(ctx: Pick<StaffCtx, 'clock' | 'user'>) {
  return { now: ctx.clock.now(), actorId: ctx.user.id, actorKind: 'user' as const };
}

/** zod gives `undefined` for absent keys; @sen/db treats present keys as "set this". */
export function stripUndefined<T extends object>(
  o: T,
): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as never;
}
