import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { DbInputError } from '../errors';
import {
  casePeople,
  cases,
  PERSON_ROLES,
  PREFERRED_CONTACT,
  type PersonRole,
  type PreferredContact,
} from '../schema/index';
import { audit, type Actor } from './audit';
import { isIsoDate } from '@sen/rules';
import { addCaseEvent } from './case-events';

export type CasePerson = typeof casePeople.$inferSelect;

export interface PersonInput {
  role: PersonRole;
  fullName: string;
  dateOfBirth?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: string | null;
  preferredContact?: PreferredContact | null;
  consentToContact?: boolean;
  accessNeeds?: string | null;
}

function validatePerson(input: Partial<PersonInput>): void {
  const problems: string[] = [];
  if (input.role !== undefined && !(PERSON_ROLES as readonly string[]).includes(input.role)) {
    problems.push(`unknown role "${input.role}"`);
  }
  if (input.fullName !== undefined && !input.fullName.trim()) problems.push('name is empty');
  if (input.dateOfBirth && !isIsoDate(input.dateOfBirth)) {
    problems.push('date of birth is not a date (YYYY-MM-DD)');
  }
  if (input.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email)) {
    problems.push('email address does not look right');
  }
  if (
    input.preferredContact &&
    !(PREFERRED_CONTACT as readonly string[]).includes(input.preferredContact)
  ) {
    problems.push(`unknown contact preference "${input.preferredContact}"`);
  }
  if (problems.length)
    throw new DbInputError('invalid', `Person not saved: ${problems.join('; ')}`);
}

/** Inside a transaction that already wrote the case (createCase, callbacks). */
export async function addPersonInTx(
  db: Db,
  caseId: string,
  input: PersonInput,
  now: Date,
): Promise<CasePerson> {
  validatePerson(input);
  const [row] = await db
    .insert(casePeople)
    .values({
      ...input,
      fullName: input.fullName.trim(),
      caseId,
      consentRecordedAt: input.consentToContact ? now : null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  return row!;
}

async function touchCase(db: Db, caseId: string, now: Date): Promise<void> {
  const rows = await db
    .update(cases)
    .set({ updatedAt: now })
    .where(eq(cases.id, caseId))
    .returning({ id: cases.id });
  if (rows.length === 0) throw new DbInputError('not_found', 'No such case');
}

export async function addPerson(
  db: Db,
  caseId: string,
  input: PersonInput,
  actor: Actor,
): Promise<CasePerson> {
  validatePerson(input);
  return db.transaction(async (tx) => {
    await touchCase(tx, caseId, actor.now);
    const person = await addPersonInTx(tx, caseId, input, actor.now);
    await addCaseEvent(tx, caseId, 'person_added', actor, {
      detail: { personId: person.id, role: input.role },
    });
    await audit(tx, actor, 'person.create', 'case_person', person.id, { caseId });
    return person;
  });
}

export async function updatePerson(
  db: Db,
  personId: string,
  patch: Partial<PersonInput>,
  actor: Actor,
): Promise<CasePerson> {
  validatePerson(patch);
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(casePeople)
      .where(eq(casePeople.id, personId))
      .for('update');
    if (!before) throw new DbInputError('not_found', 'No such person');
    const consentChanged =
      patch.consentToContact !== undefined && patch.consentToContact !== before.consentToContact;
    const [row] = await tx
      .update(casePeople)
      .set({
        ...patch,
        ...(patch.fullName !== undefined ? { fullName: patch.fullName.trim() } : {}),
        ...(consentChanged ? { consentRecordedAt: actor.now } : {}),
        updatedAt: actor.now,
      })
      .where(eq(casePeople.id, personId))
      .returning();
    await touchCase(tx, before.caseId, actor.now);
    const fields = Object.keys(patch).sort();
    await addCaseEvent(tx, before.caseId, 'person_updated', actor, {
      detail: { personId, fields },
    });
    await audit(tx, actor, 'person.update', 'case_person', personId, {
      caseId: before.caseId,
      fields: fields.join(','),
    });
    return row!;
  });
}

export async function removePerson(db: Db, personId: string, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(casePeople)
      .where(eq(casePeople.id, personId))
      .returning({ caseId: casePeople.caseId, role: casePeople.role });
    if (!row) throw new DbInputError('not_found', 'No such person');
    await touchCase(tx, row.caseId, actor.now);
    await addCaseEvent(tx, row.caseId, 'person_removed', actor, {
      detail: { personId, role: row.role },
    });
    await audit(tx, actor, 'person.delete', 'case_person', personId, { caseId: row.caseId });
  });
}

export async function listPeople(db: Db, caseId: string): Promise<CasePerson[]> {
  return db
    .select()
    .from(casePeople)
    .where(eq(casePeople.caseId, caseId))
    .orderBy(asc(casePeople.createdAt), asc(casePeople.id));
}
