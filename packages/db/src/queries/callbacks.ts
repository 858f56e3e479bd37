import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { DbInputError } from '../errors';
import { CALLBACK_LIMITS, textLength } from '../text-length';
import {
  CALLBACK_CONTACT_METHODS,
  CALLBACK_STATUSES,
  callbackRequests,
  cases,
  conversations,
  users,
  type CallbackContactMethod,
  type CallbackStatus,
  type PersonRole,
} from '../schema/index';
import { audit, type Actor } from './audit';
import { addCaseEvent } from './case-events';
import { addPersonInTx } from './case-people';
import { allocateCaseReference } from './case-references';
import { findLocalAuthorityByName } from './local-authorities';
import { queueCallbackNotification } from './notifications';

export type CallbackRequest = typeof callbackRequests.$inferSelect;

export interface CallbackInput {
  conversationId?: string | null;
  siteId?: string | null;
  name: string;
  contactMethod: CallbackContactMethod;
  phone?: string | null;
  email?: string | null;
  bestTime?: string | null;
  /** Free text from the widget; matched to a known local authority by name when possible. */
  localAuthority?: string | null;
  description: string;
  consent: boolean;
  /** Who the person is, when they said; defaults to parent/carer. */
  role?: Extract<PersonRole, 'parent_carer' | 'young_person'>;
}

const londonDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

function validate(input: CallbackInput): void {
  const problems: string[] = [];
  if (!input.consent) problems.push('we need your agreement to contact you');
  if (!input.name.trim()) problems.push('please give a name');
  if (!(CALLBACK_CONTACT_METHODS as readonly string[]).includes(input.contactMethod)) {
    problems.push('choose phone or email');
  }
  if (input.contactMethod === 'phone' && !/\d{6,}/.test((input.phone ?? '').replace(/\D/g, ''))) {
    problems.push('please give a phone number');
  }
  if (input.contactMethod === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email ?? '')) {
    problems.push('please give an email address');
  }
  if (!input.description.trim()) problems.push('please say briefly what it is about');
  for (const [field, max] of Object.entries(CALLBACK_LIMITS)) {
    const value = input[field as keyof CallbackInput];
    if (typeof value === 'string' && textLength(value.trim()) > max)
      problems.push(`${field} is too long (max ${max} characters)`);
  }
  if (problems.length) throw new DbInputError('invalid', problems.join('; '));
}

/**
 * A family's callback request from the widget. Opens a case straight away (state enquiry, on the
 * mediation track until staff know more) with the person on it, links the conversation, and
 * records the request, all in one transaction. Returns the case reference to show the family.
 */
export async function createCallbackRequest(
  db: Db,
  input: CallbackInput,
  actor: Actor,
): Promise<{ callback: CallbackRequest; caseId: string; reference: string }> {
  validate(input);
  const laText = input.localAuthority?.trim() || null;
  const la = laText ? await findLocalAuthorityByName(db, laText) : undefined;
  const visitor: Actor = { ...actor, actorKind: actor.actorKind ?? 'visitor' };
  return db.transaction(async (tx) => {
    // The family first reached us when the chat began (else now): the case's "first contact
    // with us", a date in England, which R3's two-month window is measured to.
    let firstContact = actor.now;
    if (input.conversationId) {
      // The chat may have been deleted (purge, erasure) after the widget checked its token: say
      // so plainly instead of failing on the foreign key. `for share` holds it until we commit.
      const [conv] = await tx
        .select({ id: conversations.id, createdAt: conversations.createdAt })
        .from(conversations)
        .where(eq(conversations.id, input.conversationId))
        .for('share');
      if (!conv) throw new DbInputError('not_found', 'That conversation has ended');
      if (conv.createdAt < firstContact) firstContact = conv.createdAt;
    }
    const reference = await allocateCaseReference(tx, actor.now);
    const [created] = await tx
      .insert(cases)
      .values({
        reference,
        track: 'mediation',
        state: 'enquiry',
        localAuthorityId: la?.id ?? null,
        contactedBy: input.role ?? 'parent_carer',
        contactChannel: 'widget_callback',
        firstContactDate: londonDay.format(firstContact),
        createdAt: actor.now,
        updatedAt: actor.now,
      })
      .returning({ id: cases.id });
    const caseId = created!.id;
    await addPersonInTx(
      tx,
      caseId,
      {
        role: input.role ?? 'parent_carer',
        fullName: input.name,
        phone: input.phone?.trim() || null,
        email: input.email?.trim() || null,
        preferredContact: input.contactMethod,
        consentToContact: true,
      },
      actor.now,
    );
    const [callback] = await tx
      .insert(callbackRequests)
      .values({
        conversationId: input.conversationId ?? null,
        siteId: input.siteId ?? null,
        caseId,
        name: input.name.trim(),
        contactMethod: input.contactMethod,
        phone: input.phone?.trim() || null,
        email: input.email?.trim() || null,
        bestTime: input.bestTime?.trim() || null,
        localAuthorityId: la?.id ?? null,
        localAuthorityText: la ? null : laText,
        description: input.description.trim(),
        consent: true,
        createdAt: actor.now,
      })
      .returning();
    if (input.conversationId) {
      await tx
        .update(conversations)
        .set({ caseId })
        .where(eq(conversations.id, input.conversationId));
    }
    await addCaseEvent(tx, caseId, 'created', visitor, {
      toState: 'enquiry',
      detail: { track: 'mediation', callbackId: callback!.id },
    });
    await audit(tx, visitor, 'callback.create', 'callback_request', callback!.id, { caseId });
    // Staff are told through the outbox, queued with the request: no request goes unannounced,
    // and no e-mail announces a request that was not saved.
    await queueCallbackNotification(tx, {
      callbackId: callback!.id,
      caseId,
      reference,
      now: actor.now,
    });
    return { callback: callback!, caseId, reference };
  });
}

export interface CallbackListItem extends CallbackRequest {
  caseReference: string | null;
  /** Who took it or finished it (null while new, or when that account is gone). */
  handledByName: string | null;
}

/**
 * Callback requests oldest first, in any mix of states: a request someone is taking stays
 * findable (Today lists new and in-progress ones), and a case or a transcript shows its own
 * requests whatever their state.
 */
export async function listCallbacks(
  db: Db,
  filter: {
    status?: CallbackStatus | readonly CallbackStatus[];
    caseId?: string;
    conversationId?: string;
    limit?: number;
  } = {},
): Promise<CallbackListItem[]> {
  const where: SQL[] = [];
  if (typeof filter.status === 'string') where.push(eq(callbackRequests.status, filter.status));
  else if (filter.status) where.push(inArray(callbackRequests.status, [...filter.status]));
  if (filter.caseId) where.push(eq(callbackRequests.caseId, filter.caseId));
  if (filter.conversationId) {
    where.push(eq(callbackRequests.conversationId, filter.conversationId));
  }
  const rows = await db
    .select({ callback: callbackRequests, caseReference: cases.reference, handler: users.name })
    .from(callbackRequests)
    .leftJoin(cases, eq(cases.id, callbackRequests.caseId))
    .leftJoin(users, eq(users.id, callbackRequests.handledById))
    .where(and(...where))
    .orderBy(asc(callbackRequests.createdAt))
    .limit(Math.min(Math.max(filter.limit ?? 100, 1), 500));
  return rows.map((r) => ({
    ...r.callback,
    caseReference: r.caseReference,
    handledByName: r.handler,
  }));
}

export async function updateCallbackStatus(
  db: Db,
  id: string,
  status: CallbackStatus,
  actor: Actor,
): Promise<CallbackRequest> {
  if (!(CALLBACK_STATUSES as readonly string[]).includes(status)) {
    throw new DbInputError('invalid', `Unknown status "${status}"`);
  }
  const [row] = await db
    .update(callbackRequests)
    .set({ status, handledById: actor.actorId ?? null, handledAt: actor.now })
    .where(eq(callbackRequests.id, id))
    .returning();
  if (!row) throw new DbInputError('not_found', 'No such callback request');
  await audit(db, actor, 'callback.status', 'callback_request', id, { status });
  return row;
}

export async function getCallback(db: Db, id: string): Promise<CallbackListItem | undefined> {
  const [row] = await db
    .select({ callback: callbackRequests, caseReference: cases.reference, handler: users.name })
    .from(callbackRequests)
    .leftJoin(cases, eq(cases.id, callbackRequests.caseId))
    .leftJoin(users, eq(users.id, callbackRequests.handledById))
    .where(eq(callbackRequests.id, id));
  return row
    ? { ...row.callback, caseReference: row.caseReference, handledByName: row.handler }
    : undefined;
}
