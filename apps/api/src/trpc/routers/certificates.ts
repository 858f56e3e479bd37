// Mediation certificates: issue one (its type follows from the case's stage, per @sen/rules) and
// download it as a PDF through tRPC (base64 in a POST answer, so nothing personal is in a URL).
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { getCertificate, issueCertificate, listCertificates, reissueCertificate } from '@sen/db';
import { CERTIFICATE_TYPES } from '@sen/db/schema';
import { certificateWindow, FACT_LABELS, formatDate, stateLabel } from '@sen/rules';
import { changeableCase, readableCase } from '../../services/cases/case-access';
import { actorOf } from '../../services/staff-context';
import { ruleContext } from '../../services/cases/case-detail';
import { isoDate, uuid } from '../../services/cases/case-input';
import { badInput } from '../../services/service-error';
import {
  appealDeadlineAfter,
  CERTIFICATE_BASES,
  certificateDue,
  certificateNeedFor,
  certificateTypeFor,
} from '../../services/certificates/certificate-basis';
import { certificateDocument } from '../../services/certificates/certificate-document';
import { certificatePdf } from '../../services/certificates/certificate-pdf';
import { roleProcedure, router, staffProcedure } from '../init';

const NOT_FOUND = 'We could not find that certificate.';

/** The case a certificate belongs to, from the audit row written when it was issued. */
export const certificatesRouter = router({
  /**
   * Issues the certificate the case's stage calls for (R4 declined, R11 after mediation, R12
   * cannot be arranged) and records its date on the case, which starts the appeal clock. The
   * lifecycle move to "certificate issued" is `cases.transition`.
   */
  issue: roleProcedure('caseworker', 'mediator', 'admin')
    .input(
      z.object({
        caseId: uuid,
        /** Optional check: refused when it is not the type the case's stage calls for. */
        type: z.enum(CERTIFICATE_TYPES).optional(),
        /** Default: today. */
        issuedOn: isoDate.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const row = await changeableCase(ctx, input.caseId);
      const { today, calendar } = await ruleContext(ctx.db, ctx.clock.now());
      const issuedOn = input.issuedOn ?? today;
      const type = certificateTypeFor(row.track, row.state);
      if (!type) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message:
            row.track === 'mediation'
              ? `A certificate is issued once mediation is declined, has taken place, or cannot be arranged within 30 days. This case is “${stateLabel(row.track, row.state)}”.`
              : 'Disagreement resolution does not lead to a mediation certificate.',
        });
      }
      if (input.type && input.type !== type) {
        throw badInput(
          `At this stage the case needs a “${CERTIFICATE_BASES[type].title.replace(/^Mediation certificate: /, '')}” certificate.`,
          [{ path: 'type', message: 'Not the certificate this stage calls for.' }],
        );
      }
      const basis = CERTIFICATE_BASES[type];
      const start = row[basis.startField];
      if (!start) {
        const message = `Fill in ${FACT_LABELS[basis.startField]} first.`;
        throw badInput(message, [{ path: basis.startField, message }]);
      }
      if (issuedOn > today) {
        throw badInput('The issue date cannot be in the future.', [
          { path: 'issuedOn', message: 'The issue date cannot be in the future.' },
        ]);
      }
      if (issuedOn < start) {
        const message = `The issue date cannot be before ${FACT_LABELS[basis.startField]} (${formatDate(start)}).`;
        throw badInput(message, [{ path: 'issuedOn', message }]);
      }
      // R3: the adviser can issue only when contact came within 2 months of the decision.
      if (row.decisionDate && row.firstContactDate) {
        const window = certificateWindow({
          decisionDate: row.decisionDate,
          contactDate: row.firstContactDate,
          calendar,
        });
        if (!window.canIssue) {
          throw new TRPCError({
            code: 'BAD_REQUEST',
            message: `A certificate cannot be issued: first contact came after ${window.dateText}, more than 2 months after the decision letter. The family can ask the Tribunal for permission to appeal without one.`,
          });
        }
      }
      const existing = await listCertificates(ctx.db, row.id);
      const same = existing.find((c) => c.type === type);
      if (same) {
        throw new TRPCError({
          code: 'CONFLICT',
          message: `This certificate was already issued on ${formatDate(same.issuedOn)}. Download it from the case.`,
        });
      }
      const certificate = await issueCertificate(ctx.db, row.id, { type, issuedOn }, actorOf(ctx));
      const due = certificateDue(row, type, calendar);
      const need = certificateNeedFor(row);
      return {
        certificate,
        type,
        rule: basis.rule,
        title: basis.title,
        /** The 3-working-day deadline it answered, and whether it was met. */
        due,
        onTime: due ? issuedOn <= due.date : null,
        appeal: appealDeadlineAfter(row, issuedOn, calendar),
        needed: need.needed,
        neededExplanation: need.explanation,
      };
    }),

  /**
   * A new copy of an issued certificate (a name corrected, a copy lost), with the reason. The
   * first certificate is kept and both stay on the case; the certificate's date, and so the
   * appeal deadline, stay the first one's. Audited as `certificate.reissue`.
   */
  reissue: roleProcedure('caseworker', 'mediator', 'admin')
    .input(
      z.object({
        id: uuid,
        reason: z
          .string()
          .trim()
          .min(1, 'Say why the certificate is reissued.')
          .max(300, 'Keep the reason under 300 characters.'),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const cert = await getCertificate(ctx.db, input.id);
      if (!cert) throw new TRPCError({ code: 'NOT_FOUND', message: NOT_FOUND });
      const row = await changeableCase(ctx, cert.caseId);
      const { today } = await ruleContext(ctx.db, ctx.clock.now());
      const copy = await reissueCertificate(
        ctx.db,
        cert.id,
        { issuedOn: today, reason: input.reason },
        actorOf(ctx),
      );
      return { certificate: copy, caseId: row.id };
    }),

  /** The certificate as a PDF: `{ fileName, filename, contentType, base64 }`. */
  pdf: staffProcedure
    .input(z.object({ id: uuid, caseId: uuid.optional() }))
    .query(async ({ ctx, input }) => {
      const cert = await getCertificate(ctx.db, input.id);
      // `caseId`, when given, must be the certificate's own case.
      if (!cert || (input.caseId && input.caseId !== cert.caseId))
        throw new TRPCError({ code: 'NOT_FOUND', message: NOT_FOUND });
      const row = await readableCase(ctx, cert.caseId);
      const { calendar } = await ruleContext(ctx.db, ctx.clock.now());
      const bytes = await certificatePdf(
        await certificateDocument(ctx.db, row, cert, { calendar, now: ctx.clock.now() }),
      );
      await ctx.audit({
        action: 'certificate.download',
        entityType: 'certificate',
        entityId: cert.id,
        detail: { caseId: row.id, type: cert.type },
      });
      const fileName = `mediation-certificate-${row.reference}-${cert.issuedOn}.pdf`;
      return {
        fileName,
        filename: fileName,
        contentType: 'application/pdf' as const,
        base64: Buffer.from(bytes).toString('base64'),
      };
    }),
});
