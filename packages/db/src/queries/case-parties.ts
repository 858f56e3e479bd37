// Who a case involves besides the family: the other party (who the disagreement is with) on the
// case row, and the other people (professionals) in case_contacts. Every change writes a
// timeline event (kinds and field names only) and an audit row in the same transaction. Whether
// a change is allowed at this point in the case's life is @sen/rules' decision, passed in as
// `guard` and made under the row lock so a case closed meanwhile is not changed.
import {
  CONTACT_ROLES,
  OTHER_PARTY_KINDS,
  type CaseFacts,
  type ChangeCheck,
  type ContactRole,
  type OtherPartyKind,
} from '@sen/rules';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { DbInputError } from '../errors';
import { caseContacts, cases } from '../schema/index';
import { audit, type Actor } from './audit';
import { addCaseEvent } from './case-events';
import { caseFactsOf, type CaseRecord } from './case-facts';

export type CaseContact = typeof caseContacts.$inferSelect;
export type CaseGuard = (facts: CaseFacts, row: CaseRecord) => ChangeCheck;

export interface ContactInput {
  role: ContactRole;
  fullName: string;
  organisation?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** Locks the case row for the rest of the transaction and applies `guard` to it. */
export async function lockCaseFor(
  db: Db,
  caseId: string,
  guard: CaseGuard | undefined,
): Promise<CaseRecord> {
  const [row] = await db.select().from(cases).where(eq(cases.id, caseId)).for('update');
  if (!row) throw new DbInputError('not_found', 'No such case');
  const check = guard?.(caseFactsOf(row), row);
  if (check && !check.ok) throw new DbInputError('invalid', check.reason);
  return row;
}

/** Sets (or clears, with nulls) who the disagreement is with. */
export async function setOtherParty(
  db: Db,
  caseId: string,
  input: { kind: OtherPartyKind | null; name: string | null; expectedVersion?: number },
  actor: Actor,
  guard?: CaseGuard,
): Promise<CaseRecord> {
  if (input.kind !== null && !(OTHER_PARTY_KINDS as readonly string[]).includes(input.kind)) {
    throw new DbInputError('invalid', `Unknown kind of other party "${input.kind}"`);
  }
  const name = input.name?.trim() || null;
  return db.transaction(async (tx) => {
    const before = await lockCaseFor(tx, caseId, guard);
    if (input.expectedVersion !== undefined && before.version !== input.expectedVersion) {
      throw new DbInputError(
        'stale',
        'Someone else changed this case since you opened it. Reload to see their changes.',
      );
    }
    if (before.otherPartyKind === input.kind && before.otherPartyName === name) return before;
    const [row] = await tx
      .update(cases)
      .set({
        otherPartyKind: input.kind,
        otherPartyName: name,
        version: before.version + 1,
        updatedAt: actor.now,
      })
      .where(eq(cases.id, caseId))
      .returning();
    // The kind is a code; the name is an organisation's, kept out of the timeline's detail all
    // the same (the detail column holds codes and field names only).
    await addCaseEvent(tx, caseId, 'other_party_set', actor, {
      detail: { kind: input.kind, named: name !== null },
    });
    await audit(tx, actor, 'case.other_party', 'case', caseId, { kind: input.kind });
    return row!;
  });
}

function validateContact(input: Partial<ContactInput>): void {
  const problems: string[] = [];
  if (input.role !== undefined && !(CONTACT_ROLES as readonly string[]).includes(input.role)) {
    problems.push(`unknown role "${input.role}"`);
  }
  if (input.fullName !== undefined && !input.fullName.trim()) problems.push('name is empty');
  if (input.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email)) {
    problems.push('email address does not look right');
  }
  if (problems.length) {
    throw new DbInputError('invalid', `Contact not saved: ${problems.join('; ')}`);
  }
}

export async function listContacts(db: Db, caseId: string): Promise<CaseContact[]> {
  return db
    .select()
    .from(caseContacts)
    .where(eq(caseContacts.caseId, caseId))
    .orderBy(asc(caseContacts.createdAt), asc(caseContacts.id));
}

async function touch(db: Db, caseId: string, now: Date) {
  await db.update(cases).set({ updatedAt: now }).where(eq(cases.id, caseId));
}

export async function addContact(
  db: Db,
  caseId: string,
  input: ContactInput,
  actor: Actor,
  guard?: CaseGuard,
): Promise<CaseContact> {
  validateContact(input);
  return db.transaction(async (tx) => {
    await lockCaseFor(tx, caseId, guard);
    const [row] = await tx
      .insert(caseContacts)
      .values({
        ...input,
        fullName: input.fullName.trim(),
        caseId,
        createdAt: actor.now,
        updatedAt: actor.now,
      })
      .returning();
    await touch(tx, caseId, actor.now);
    await addCaseEvent(tx, caseId, 'contact_added', actor, {
      detail: { contactId: row!.id, role: input.role },
    });
    await audit(tx, actor, 'contact.create', 'case_contact', row!.id, { caseId });
    return row!;
  });
}

export async function updateContact(
  db: Db,
  caseId: string,
  contactId: string,
  patch: Partial<ContactInput>,
  actor: Actor,
  guard?: CaseGuard,
): Promise<CaseContact> {
  validateContact(patch);
  return db.transaction(async (tx) => {
    await lockCaseFor(tx, caseId, guard);
    const [row] = await tx
      .update(caseContacts)
      .set({
        ...patch,
        ...(patch.fullName !== undefined ? { fullName: patch.fullName.trim() } : {}),
        updatedAt: actor.now,
      })
      .where(and(eq(caseContacts.id, contactId), eq(caseContacts.caseId, caseId)))
      .returning();
    if (!row) throw new DbInputError('not_found', 'That person is not on this case.');
    await touch(tx, caseId, actor.now);
    const fields = Object.keys(patch).sort();
    await addCaseEvent(tx, caseId, 'contact_updated', actor, { detail: { contactId, fields } });
    await audit(tx, actor, 'contact.update', 'case_contact', contactId, {
      caseId,
      fields: fields.join(','),
    });
    return row;
  });
}

export async function removeContact(
  db: Db,
  caseId: string,
  contactId: string,
  actor: Actor,
  guard?: CaseGuard,
): Promise<void> {
  await db.transaction(async (tx) => {
    await lockCaseFor(tx, caseId, guard);
    const [row] = await tx
      .delete(caseContacts)
      .where(and(eq(caseContacts.id, contactId), eq(caseContacts.caseId, caseId)))
      .returning({ role: caseContacts.role });
    if (!row) throw new DbInputError('not_found', 'That person is not on this case.');
    await touch(tx, caseId, actor.now);
    await addCaseEvent(tx, caseId, 'contact_removed', actor, {
      detail: { contactId, role: row.role },
    });
    await audit(tx, actor, 'contact.delete', 'case_contact', contactId, { caseId });
  });
}
