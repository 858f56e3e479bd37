import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { DbInputError } from '../errors';
import { CERTIFICATE_TYPES, cases, certificates, type CertificateType } from '../schema/index';
import { audit, type Actor } from './audit';
import { isIsoDate } from '@sen/rules';
import { addCaseEvent } from './case-events';

export type Certificate = typeof certificates.$inferSelect;

/**
 * Records a mediation certificate and sets the case's `certificateIssuedDate` fact (which starts
 * the appeal clock in @sen/rules), with a timeline event and audit row, in one transaction.
 * The state move (e.g. to certificate_issued) is a separate transitionCase call.
 */
export async function issueCertificate(
  db: Db,
  caseId: string,
  input: { type: CertificateType; issuedOn: string },
  actor: Actor,
): Promise<Certificate> {
  if (!(CERTIFICATE_TYPES as readonly string[]).includes(input.type)) {
    throw new DbInputError('invalid', `Unknown certificate type "${input.type}"`);
  }
  if (!isIsoDate(input.issuedOn)) {
    throw new DbInputError('invalid', 'Issue date is not a date (YYYY-MM-DD)');
  }
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
    if (!before) throw new DbInputError('not_found', 'No such case');
    const [row] = await tx
      .insert(certificates)
      .values({
        caseId,
        type: input.type,
        issuedOn: input.issuedOn,
        issuedById: actor.actorId ?? null,
        createdAt: actor.now,
      })
      .returning();
    await tx
      .update(cases)
      .set({
        certificateIssuedDate: input.issuedOn,
        version: before.version + 1,
        updatedAt: actor.now,
      })
      .where(eq(cases.id, caseId));
    await addCaseEvent(tx, caseId, 'certificate_issued', actor, {
      detail: { certificateId: row!.id, type: input.type, issuedOn: input.issuedOn },
    });
    await audit(tx, actor, 'certificate.issue', 'certificate', row!.id, {
      caseId,
      type: input.type,
    });
    return row!;
  });
}

/**
 * Reissues a certificate (a corrected name, a lost copy): a new row pointing at the first
 * certificate, which is kept. The case's `certificateIssuedDate` is left alone, so the appeal
 * deadline does not move. Timeline event and audit row in the same transaction.
 */
export async function reissueCertificate(
  db: Db,
  originalId: string,
  input: { issuedOn: string; reason: string },
  actor: Actor,
): Promise<Certificate> {
  if (!isIsoDate(input.issuedOn)) {
    throw new DbInputError('invalid', 'Issue date is not a date (YYYY-MM-DD)');
  }
  const reason = input.reason.trim();
  if (!reason) throw new DbInputError('invalid', 'Say why the certificate is reissued');
  return db.transaction(async (tx) => {
    const [given] = await tx.select().from(certificates).where(eq(certificates.id, originalId));
    if (!given) throw new DbInputError('not_found', 'No such certificate');
    // Always point at the first certificate, so a chain of reissues reads as one history.
    const firstId = given.reissueOfId ?? given.id;
    const [row] = await tx
      .insert(certificates)
      .values({
        caseId: given.caseId,
        type: given.type,
        issuedOn: input.issuedOn,
        issuedById: actor.actorId ?? null,
        reissueOfId: firstId,
        reissueReason: reason,
        createdAt: actor.now,
      })
      .returning();
    await addCaseEvent(tx, given.caseId, 'certificate_reissued', actor, {
      detail: { certificateId: row!.id, reissueOf: firstId, issuedOn: input.issuedOn },
    });
    await audit(tx, actor, 'certificate.reissue', 'certificate', row!.id, {
      caseId: given.caseId,
      reissueOf: firstId,
    });
    return row!;
  });
}

export async function listCertificates(db: Db, caseId: string): Promise<Certificate[]> {
  return db
    .select()
    .from(certificates)
    .where(eq(certificates.caseId, caseId))
    .orderBy(asc(certificates.issuedOn), asc(certificates.createdAt));
}

export async function getCertificate(db: Db, id: string): Promise<Certificate | undefined> {
  const [row] = await db.select().from(certificates).where(eq(certificates.id, id));
  return row;
}
