// Issuing: on a case the caller may change (each caller has a declined case assigned to them).
// Download: every role may read, a mediator only their assigned cases (the certificate used
// here is on the mediator's case; the 404 for others is in certificates.test.ts).
import type { StaffRole } from '@sen/db/schema';
import { certifiedCase, declinedCase } from '../../testing/cases';
import { defineAccess, STAFF, type AccessFixtures, type Caller } from '../../testing/access';

type Extra = {
  issue: Record<Caller, string>;
  reissue: Record<Caller, string>;
  certificateId: string;
  certificateCaseId: string;
};
const extra = (fx: AccessFixtures) => fx.extra.certificates as Extra;

export default defineAccess({
  async setup(fx) {
    const issue = {} as Record<Caller, string>;
    const reissue = {} as Record<Caller, string>;
    for (const caller of ['anonymous', ...STAFF] as Caller[]) {
      const owner =
        caller === 'anonymous' || caller === 'viewer' ? null : fx.users[caller as StaffRole].id;
      issue[caller] = (await declinedCase(fx.t, owner)).id;
      reissue[caller] = (await certifiedCase(fx.t, owner)).certificate.id;
    }
    const { row, certificate } = await certifiedCase(fx.t, fx.users.mediator.id);
    return {
      certificates: { issue, reissue, certificateId: certificate.id, certificateCaseId: row.id },
    };
  },
  cases: [
    {
      path: 'certificates.issue',
      allow: ['caseworker', 'mediator', 'admin'],
      input: (fx, c) => ({ caseId: extra(fx).issue[c], issuedOn: '2026-01-05' }),
    },
    {
      path: 'certificates.reissue',
      allow: ['caseworker', 'mediator', 'admin'],
      input: (fx, c) => ({ id: extra(fx).reissue[c], reason: 'The child’s name was misspelt.' }),
    },
    {
      path: 'certificates.pdf',
      allow: STAFF,
      input: (fx) => ({ id: extra(fx).certificateId }),
    },
  ],
});
