import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { caseEvents, type CaseEventKind } from '../schema/index';
import type { Actor } from './audit';

export type CaseEvent = typeof caseEvents.$inferSelect;

/** Appends to a case's timeline. `detail` holds ids, states, dates and field names only. */
export async function addCaseEvent(
  db: Db,
  caseId: string,
  kind: CaseEventKind,
  actor: Actor,
  extra: { fromState?: string; toState?: string; detail?: Record<string, unknown> } = {},
): Promise<void> {
  await db.insert(caseEvents).values({
    caseId,
    at: actor.now,
    kind,
    actorId: actor.actorId ?? null,
    fromState: extra.fromState ?? null,
    toState: extra.toState ?? null,
    detail: extra.detail ?? {},
  });
}

export async function listCaseEvents(db: Db, caseId: string): Promise<CaseEvent[]> {
  return db
    .select()
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.at), asc(caseEvents.seq));
}
