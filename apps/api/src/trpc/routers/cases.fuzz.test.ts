import fc from 'fast-check';
import type { StaffUser } from '@sen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declinedCase } from '../../testing/cases';
import {
  callTrpc,
  createStaff,
  createTestApp,
  sessionCookie,
  type TestApp,
} from '../../testing/harness';

// Property: whatever a signed-in admin sends to the case-work procedures, the answer is never a
// 5xx (bad input is a 4xx with a message), and nothing the caller typed comes back as an error
// from the database.
let t: TestApp;
let admin: StaffUser;
let cookie: string;
let caseId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await createStaff(t, 'admin');
  cookie = await sessionCookie(t, admin.id);
  caseId = (await declinedCase(t, admin.id)).id;
});
afterAll(() => t.close());

const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom(
    '',
    '\u0000',
    '2026-02-30',
    '9999-12-31',
    '0001-01-01',
    "'; drop table cases; --",
    '=1+1',
    '%_\\',
  ),
  fc.integer(),
  fc.constant(null),
);
const dateish = fc.oneof(
  hostile,
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2300-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

const procedures: [string, fc.Arbitrary<unknown>][] = [
  [
    'cases.list',
    fc.record(
      {
        q: hostile,
        state: hostile,
        assigneeId: hostile,
        cursor: hostile,
        limit: fc.oneof(fc.integer(), hostile),
      },
      { requiredKeys: [] },
    ),
  ],
  [
    'cases.create',
    fc.record(
      {
        track: fc.oneof(fc.constant('mediation'), hostile),
        decisionDate: dateish,
        localAuthorityId: fc.oneof(fc.uuid(), hostile),
        appealMatters: fc.array(hostile, { maxLength: 3 }),
        people: fc.array(
          fc.record({
            role: fc.constant('parent_carer'),
            fullName: hostile,
            email: hostile,
            phone: hostile,
            dateOfBirth: dateish,
          }),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: [] },
    ),
  ],
  [
    'cases.update',
    fc
      .record({
        patch: fc.record(
          {
            decisionDate: dateish,
            mediationDate: dateish,
            agreementKind: hostile,
            outcome: hostile,
          },
          { requiredKeys: [] },
        ),
      })
      .map((x) => ({ id: caseId, ...x })),
  ],
  [
    'cases.transition',
    fc
      .record({
        to: fc.oneof(fc.constantFrom('certificate_issued', 'closed'), hostile),
        facts: fc.record({ certificateIssuedDate: dateish }, { requiredKeys: [] }),
      })
      .map((x) => ({ id: caseId, ...x })),
  ],
  [
    'certificates.issue',
    fc
      .record({ issuedOn: dateish, type: hostile }, { requiredKeys: [] })
      .map((x) => ({ caseId, ...x })),
  ],
  ['reports.csv', fc.record({ from: dateish, to: dateish })],
];

describe('case work under hostile input', () => {
  for (const [path, input] of procedures) {
    it(`${path} never answers 5xx`, async () => {
      await fc.assert(
        fc.asyncProperty(input, async (body) => {
          const res = await callTrpc(t, path, body, { cookie });
          expect(
            res.status,
            `${path} ${JSON.stringify(body)} -> ${res.raw.slice(0, 200)}`,
          ).toBeLessThan(500);
        }),
        { numRuns: 30 },
      );
    });
  }
});
