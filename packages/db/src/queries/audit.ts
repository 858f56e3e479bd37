import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog, type AuditActorKind } from '../schema/index';

export type AuditEntry = typeof auditLog.$inferSelect;

export interface AuditInput {
  at: Date;
  actorKind: AuditActorKind;
  actorId?: string | null;
  /** A dotted action name such as `case.transition`; never free text. */
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  /** Ids, codes, field names and flags only: no names, emails or typed text. */
  detail?: Record<string, string | number | boolean | null> | null;
}

/** An actor for mutations: who did it (a staff user, the system, or a widget visitor) and when. */
export interface Actor {
  now: Date;
  actorId?: string | null;
  actorKind?: AuditActorKind;
}

export async function recordAudit(db: Db, entry: AuditInput): Promise<void> {
  await db.insert(auditLog).values({
    at: entry.at,
    actorKind: entry.actorKind,
    actorId: entry.actorId ?? null,
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    detail: entry.detail ?? null,
  });
}

/** Shorthand used by the query functions: the actor plus what happened to which row. */
export function audit(
  db: Db,
  actor: Actor,
  action: string,
  entityType: string | null,
  entityId: string | null,
  detail?: AuditInput['detail'],
): Promise<void> {
  return recordAudit(db, {
    at: actor.now,
    actorKind: actor.actorKind ?? (actor.actorId ? 'user' : 'system'),
    actorId: actor.actorId ?? null,
    action,
    entityType,
    entityId,
    detail: detail ?? null,
  });
}

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  /** Return entries older than this id (the last id of the previous page). */
  beforeId?: number;
  limit?: number;
}

/** Newest first, keyset-paginated by id. */
export async function listAudit(
  db: Db,
  filter: AuditFilter = {},
): Promise<{ items: AuditEntry[]; nextBeforeId: number | null }> {
  const limit = Math.min(Math.max(filter.limit ?? 50, 1), 500);
  const where: SQL[] = [];
  if (filter.entityType) where.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) where.push(eq(auditLog.entityId, filter.entityId));
  if (filter.actorId) where.push(eq(auditLog.actorId, filter.actorId));
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.from) where.push(gte(auditLog.at, filter.from));
  if (filter.to) where.push(lt(auditLog.at, filter.to));
  if (filter.beforeId !== undefined) where.push(lt(auditLog.id, filter.beforeId));
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  return { items, nextBeforeId: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}
