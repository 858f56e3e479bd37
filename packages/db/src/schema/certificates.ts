import { date, index, pgTable, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { createdAt } from './columns';
import { users } from './users';

/** Why the mediation certificate was issued (Regs 34(1), 39(1), 39(2)-(3)). */
export const CERTIFICATE_TYPES = [
  'declined_mediation',
  'after_mediation',
  'la_cannot_arrange',
] as const;
export type CertificateType = (typeof CERTIFICATE_TYPES)[number];

export const certificates = pgTable(
  'certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    type: text('type').$type<CertificateType>().notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    issuedById: uuid('issued_by_id').references(() => users.id, { onDelete: 'set null' }),
    /**
     * A reissue (a name corrected, a lost copy) is a new row pointing at the first certificate,
     * which is kept: both stay on the case and the audit log. The certificate's date for the
     * appeal stays the first one's, so a reissue never moves the appeal deadline.
     */
    reissueOfId: uuid('reissue_of_id').references((): AnyPgColumn => certificates.id, {
      onDelete: 'cascade',
    }),
    /** Why it was reissued, in staff's words (printed on the new copy). */
    reissueReason: text('reissue_reason'),
    createdAt: createdAt(),
  },
  (t) => [index('certificates_case_idx').on(t.caseId)],
);
