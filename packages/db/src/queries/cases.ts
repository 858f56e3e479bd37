import type { CaseFacts, CaseState, Track } from '@sen/rules';
import {
  and,
  desc,
  eq,
  gte,
  inArray,
  isNull,
  lt,
  notInArray,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Db } from '../client';
import { DbInputError } from '../errors';
import {
  CASE_OUTCOMES,
  CONTACT_CHANNELS,
  CONTACTED_BY,
  callbackRequests,
  caseNotes,
  casePeople,
  cases,
  localAuthorities,
  users,
  type CaseOutcome,
  type ContactChannel,
  type ContactedBy,
} from '../schema/index';
import { audit, type Actor } from './audit';
import { addCaseEvent } from './case-events';
import { allocateCaseReference, CASE_REFERENCE_PATTERN } from './case-references';
import { caseFactsOf, CLOSED_STATES, validateFacts, type CaseRecord } from './case-facts';
import { addPersonInTx, type PersonInput } from './case-people';
import { queueAssignmentNotification } from './notifications';

/** Everything about a case that is not a person or a note. */
export interface CaseDetailsPatch extends Partial<Omit<CaseFacts, 'state'>> {
  localAuthorityId?: string | null;
  assigneeId?: string | null;
  contactedBy?: ContactedBy | null;
  contactChannel?: ContactChannel | null;
  outcome?: CaseOutcome | null;
}

export interface CreateCaseInput extends CaseDetailsPatch {
  track: Track;
  state?: CaseState;
  people?: PersonInput[];
}

function validateDetails(patch: CaseDetailsPatch & { state?: CaseState }): void {
  validateFacts(patch);
  if (patch.contactedBy && !(CONTACTED_BY as readonly string[]).includes(patch.contactedBy)) {
    throw new DbInputError('invalid', `Unknown "contacted by" value "${patch.contactedBy}"`);
  }
  if (
    patch.contactChannel &&
    !(CONTACT_CHANNELS as readonly string[]).includes(patch.contactChannel)
  ) {
    throw new DbInputError('invalid', `Unknown contact channel "${patch.contactChannel}"`);
  }
  if (patch.outcome && !(CASE_OUTCOMES as readonly string[]).includes(patch.outcome)) {
    throw new DbInputError('invalid', `Unknown outcome "${patch.outcome}"`);
  }
}

/** Creates a case with its reference, people, a `created` timeline event and an audit row. */
export async function createCase(
  db: Db,
  input: CreateCaseInput,
  actor: Actor,
): Promise<CaseRecord> {
  const { people = [], ...details } = input;
  const state = input.state ?? 'enquiry';
  validateDetails({ ...details, state });
  return db.transaction(async (tx) => {
    const reference = await allocateCaseReference(tx, actor.now);
    const [row] = await tx
      .insert(cases)
      .values({
        ...details,
        reference,
        state,
        concludedAt: (CLOSED_STATES as readonly string[]).includes(state) ? actor.now : null,
        createdAt: actor.now,
        updatedAt: actor.now,
      })
      .returning();
    for (const person of people) await addPersonInTx(tx, row!.id, person, actor.now);
    await addCaseEvent(tx, row!.id, 'created', actor, {
      toState: state,
      detail: { track: input.track },
    });
    await audit(tx, actor, 'case.create', 'case', row!.id, { track: input.track, state });
    if (row!.assigneeId) {
      // Queued with the case, so the e-mail goes if and only if the case was created.
      await queueAssignmentNotification(tx, {
        caseId: row!.id,
        reference,
        assigneeId: row!.assigneeId,
        actorId: actor.actorId ?? null,
        eventId: `${row!.id}:${row!.version}`,
        now: actor.now,
      });
    }
    return row!;
  });
}

export async function getCase(db: Db, id: string): Promise<CaseRecord | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id));
  return row;
}

export async function getCaseByReference(
  db: Db,
  reference: string,
): Promise<CaseRecord | undefined> {
  const [row] = await db
    .select()
    .from(cases)
    .where(eq(cases.reference, reference.trim().toUpperCase()));
  return row;
}

async function lockCase(db: Db, id: string, expectedVersion?: number): Promise<CaseRecord> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id)).for('update');
  if (!row) throw new DbInputError('not_found', 'No such case');
  if (expectedVersion !== undefined && row.version !== expectedVersion) {
    throw new DbInputError(
      'stale',
      'Someone else changed this case since you opened it. Reload to see their changes.',
    );
  }
  return row;
}

function changesBetween(before: CaseRecord, patch: CaseDetailsPatch) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const old = before[key as keyof CaseRecord];
    if (JSON.stringify(old) !== JSON.stringify(value)) changes[key] = { from: old, to: value };
  }
  return changes;
}

/**
 * Updates facts and details (not the state: see transitionCase). With `expectedVersion`, refuses
 * to overwrite a newer change. Writes a timeline event listing what changed (dates, flags and
 * ids only) and an audit row, in one transaction.
 */
export async function updateCase(
  db: Db,
  id: string,
  input: { patch: CaseDetailsPatch; expectedVersion?: number },
  actor: Actor,
): Promise<CaseRecord> {
  const patch = Object.fromEntries(
    Object.entries(input.patch).filter(([k, v]) => v !== undefined && k !== 'state'),
  ) as CaseDetailsPatch;
  validateDetails(patch);
  return db.transaction(async (tx) => {
    const before = await lockCase(tx, id, input.expectedVersion);
    const changes = changesBetween(before, patch);
    if (Object.keys(changes).length === 0) return before;
    const [row] = await tx
      .update(cases)
      .set({ ...patch, version: before.version + 1, updatedAt: actor.now })
      .where(eq(cases.id, id))
      .returning();
    const assignedOnly = Object.keys(changes).every((k) => k === 'assigneeId');
    await addCaseEvent(tx, id, assignedOnly ? 'assigned' : 'facts_updated', actor, {
      detail: { changes },
    });
    await audit(tx, actor, assignedOnly ? 'case.assign' : 'case.update', 'case', id, {
      fields: Object.keys(changes).sort().join(','),
    });
    if (changes.assigneeId && row!.assigneeId) {
      // In the same transaction: the assignee is told if and only if the assignment holds.
      await queueAssignmentNotification(tx, {
        caseId: id,
        reference: row!.reference,
        assigneeId: row!.assigneeId,
        actorId: actor.actorId ?? null,
        eventId: `${id}:${row!.version}`,
        now: actor.now,
      });
    }
    return row!;
  });
}

export async function assignCase(
  db: Db,
  id: string,
  assigneeId: string | null,
  actor: Actor,
): Promise<CaseRecord> {
  return updateCase(db, id, { patch: { assigneeId } }, actor);
}

export interface TransitionInput {
  /** The state the caller checked the move from (with @sen/rules' lifecycle). */
  from: CaseState;
  to: CaseState;
  /** Facts the move records, e.g. `mediationEndedDate` when moving to mediation_held. */
  facts?: CaseDetailsPatch;
  expectedVersion?: number;
  /**
   * Checked under the row lock against the case's current facts merged with `facts`, e.g.
   * `(f) => canTransition(f, to)` from @sen/rules, so a fact changed by someone else between
   * the caller's check and this write cannot slip an illegal move through.
   */
  guard?: (facts: CaseFacts) => { ok: boolean; reason: string };
}

/**
 * Moves a case to another state, with the facts the move records, a timeline event and an audit
 * row in one transaction. Whether the move is allowed is @sen/rules' decision, made by the
 * caller; this function refuses if the case is no longer in `from` (someone moved it meanwhile).
 */
export async function transitionCase(
  db: Db,
  id: string,
  input: TransitionInput,
  actor: Actor,
): Promise<CaseRecord> {
  const facts = Object.fromEntries(
    Object.entries(input.facts ?? {}).filter(([k, v]) => v !== undefined && k !== 'state'),
  ) as CaseDetailsPatch;
  validateDetails({ ...facts, state: input.to });
  return db.transaction(async (tx) => {
    const before = await lockCase(tx, id, input.expectedVersion);
    if (before.state !== input.from) {
      throw new DbInputError(
        'stale',
        `This case is now "${before.state}", not "${input.from}". Reload and try again.`,
      );
    }
    if (input.guard) {
      const check = input.guard({ ...caseFactsOf(before), ...facts, state: before.state });
      if (!check.ok) throw new DbInputError('invalid', check.reason);
    }
    const closing = (CLOSED_STATES as readonly string[]).includes(input.to);
    const [row] = await tx
      .update(cases)
      .set({
        ...facts,
        state: input.to,
        concludedAt: closing ? (before.concludedAt ?? actor.now) : null,
        version: before.version + 1,
        updatedAt: actor.now,
      })
      .where(eq(cases.id, id))
      .returning();
    const changes = changesBetween(before, facts);
    await addCaseEvent(tx, id, 'transition', actor, {
      fromState: before.state,
      toState: input.to,
      detail: Object.keys(changes).length ? { changes } : {},
    });
    await audit(tx, actor, 'case.transition', 'case', id, { from: before.state, to: input.to });
    return row!;
  });
}

// ---------------------------------------------------------------------------------------------
// The console's case list.

export type CaseSort = 'updated' | 'created';

export interface CaseListFilter {
  /**
   * A reference, whole or in part ("MED-2026-0042", "0042", "MED-2026"), or part of a person's
   * name (2+ letters), or words in a note or in the description a family gave with a callback
   * request (3+ characters).
   */
  q?: string;
  state?: CaseState | CaseState[];
  track?: Track;
  localAuthorityId?: string;
  /** A user id, or `'none'` for unassigned cases. */
  assigneeId?: string | 'none';
  /** Only open cases (not closed or withdrawn). */
  open?: boolean;
  createdFrom?: Date;
  createdTo?: Date;
  updatedFrom?: Date;
  updatedTo?: Date;
  sort?: CaseSort;
  /** 1-200, default 50. */
  limit?: number;
  /** From the previous page's `nextCursor`. */
  cursor?: string;
  /** Also count the matches, up to TOTAL_CAP (one more query; the console shows "n cases"). */
  withTotal?: boolean;
}

export interface CaseListItem {
  id: string;
  reference: string;
  track: Track;
  state: CaseState;
  localAuthorityId: string | null;
  localAuthorityName: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  /** The first parent/carer or young person on the case, for recognising it in a list. */
  personName: string | null;
  decisionDate: string | null;
  mediationDate: string | null;
  outcome: CaseOutcome | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface CaseListPage {
  items: CaseListItem[];
  nextCursor: string | null;
  /** With `withTotal`: the number of matches, at most TOTAL_CAP. */
  total?: number;
  /** True when there are more than TOTAL_CAP matches (show "10,000+"). */
  totalCapped?: boolean;
}

export const TOTAL_CAP = 10_000;

interface Cursor {
  t: string;
  id: string;
}

const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decodeCursor(value: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(value, 'base64url').toString()) as Cursor;
    if (typeof c.t === 'string' && typeof c.id === 'string' && !Number.isNaN(Date.parse(c.t)))
      return c;
  } catch {
    // fall through
  }
  throw new DbInputError('invalid', 'That page link is out of date; start from the first page.');
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function filterConditions(filter: CaseListFilter): SQL[] {
  const where: SQL[] = [];
  const states = filter.state === undefined ? [] : [filter.state].flat();
  if (states.length) {
    for (const s of states) validateFacts({ state: s });
    where.push(states.length === 1 ? eq(cases.state, states[0]!) : inArray(cases.state, states));
  }
  if (filter.track) {
    validateFacts({ track: filter.track });
    where.push(eq(cases.track, filter.track));
  }
  if (filter.open) where.push(notInArray(cases.state, [...CLOSED_STATES]));
  if (filter.localAuthorityId) where.push(eq(cases.localAuthorityId, filter.localAuthorityId));
  if (filter.assigneeId === 'none') where.push(isNull(cases.assigneeId));
  else if (filter.assigneeId) where.push(eq(cases.assigneeId, filter.assigneeId));
  if (filter.createdFrom) where.push(gte(cases.createdAt, filter.createdFrom));
  if (filter.createdTo) where.push(lt(cases.createdAt, filter.createdTo));
  if (filter.updatedFrom) where.push(gte(cases.updatedAt, filter.updatedFrom));
  if (filter.updatedTo) where.push(lt(cases.updatedAt, filter.updatedTo));
  const q = filter.q?.trim();
  if (q) {
    if (CASE_REFERENCE_PATTERN.test(q)) {
      where.push(eq(cases.reference, q.toUpperCase()));
    } else if (/^(med)?[\d-]*\d[\d-]*$|^med-/i.test(q)) {
      // A reference fragment ("0042", "2026-00", "MED-2026"): the trigram index serves it.
      where.push(sql`${cases.reference} ilike ${`%${likeEscape(q)}%`}`);
    } else if (q.length >= 2) {
      const like = `%${likeEscape(q)}%`;
      const matches = [
        inArray(
          cases.id,
          sql`(select ${casePeople.caseId} from ${casePeople} where ${casePeople.fullName} ilike ${like})`,
        ),
      ];
      // Free text (notes, the family's own description from a callback request) from 3
      // characters: the trigram indexes serve those, and 2 letters would match most notes.
      if (q.length >= 3) {
        matches.push(
          inArray(
            cases.id,
            sql`(select ${caseNotes.caseId} from ${caseNotes} where ${caseNotes.body} ilike ${like})`,
          ),
          inArray(
            cases.id,
            sql`(select ${callbackRequests.caseId} from ${callbackRequests} where ${callbackRequests.caseId} is not null and ${callbackRequests.description} ilike ${like})`,
          ),
        );
      }
      where.push(or(...matches)!);
    } else {
      throw new DbInputError(
        'invalid',
        'Type at least 2 letters of a name, or part of a reference',
      );
    }
  }
  return where;
}

/**
 * One page of cases, newest activity first (or newest created), with keyset pagination: each
 * page costs the same however deep, and the indexes on (filter column, updated_at desc, id desc)
 * serve every common console filter (see bench/src/case-list.bench.ts).
 */
export async function listCases(db: Db, filter: CaseListFilter = {}): Promise<CaseListPage> {
  const limit = Math.min(Math.max(Math.trunc(filter.limit ?? 50), 1), 200);
  const sortColumn = filter.sort === 'created' ? cases.createdAt : cases.updatedAt;
  const where = filterConditions(filter);
  const pageWhere = [...where];
  if (filter.cursor) {
    const c = decodeCursor(filter.cursor);
    // A row comparison, which PostgreSQL serves as one range of the (sort, id) index.
    pageWhere.push(sql`(${sortColumn}, ${cases.id}) < (${c.t}::timestamptz, ${c.id}::uuid)`);
  }
  const personName = sql<string | null>`(
    select p.full_name from ${casePeople} p
    where p.case_id = ${cases.id} and p.role <> 'child'
    order by p.created_at, p.id limit 1)`;
  const rows = await db
    .select({
      id: cases.id,
      reference: cases.reference,
      track: cases.track,
      state: cases.state,
      localAuthorityId: cases.localAuthorityId,
      localAuthorityName: localAuthorities.name,
      assigneeId: cases.assigneeId,
      assigneeName: users.name,
      personName,
      decisionDate: cases.decisionDate,
      mediationDate: cases.mediationDate,
      outcome: cases.outcome,
      createdAt: cases.createdAt,
      updatedAt: cases.updatedAt,
    })
    .from(cases)
    .leftJoin(localAuthorities, eq(localAuthorities.id, cases.localAuthorityId))
    .leftJoin(users, eq(users.id, cases.assigneeId))
    .where(and(...pageWhere))
    .orderBy(desc(sortColumn), desc(cases.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor({
          t: (filter.sort === 'created' ? last.createdAt : last.updatedAt).toISOString(),
          id: last.id,
        })
      : null;
  const page: CaseListPage = { items, nextCursor };
  if (filter.withTotal) {
    // Counting stops at TOTAL_CAP: "10,000+ cases" reads as well as an exact number, and an
    // exact count of a large unfiltered table is the one query that cannot use an index.
    const matching = db
      .select({ one: sql`1`.as('one') })
      .from(cases)
      .where(and(...where))
      .limit(TOTAL_CAP + 1)
      .as('matching');
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(matching);
    const n = row?.n ?? 0;
    page.total = Math.min(n, TOTAL_CAP);
    page.totalCapped = n > TOTAL_CAP;
  }
  return page;
}
