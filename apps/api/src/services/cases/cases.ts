// Case work for one staff member: the list, one case with its deadlines and next steps, phone
// intake, facts, the lifecycle, assignment, people, notes, and an admin's subject-access export
// and erasure. Who may do what is decided per case in case-access.ts; every read is audited here
// and every change is audited by @sen/db in the same transaction as the change.
import {
  addNote,
  addPerson,
  caseFactsOf,
  createCase,
  deleteCase,
  eraseSubject,
  exportSubjectData,
  getLocalAuthority,
  getUser,
  listCertificates,
  listPeople,
  removePerson,
  transitionCase,
  updateCase,
  updatePerson,
  type CaseListFilter,
  type CaseRecord,
} from '@sen/db';
import {
  canTransition,
  FACT_LABELS,
  formatDate,
  type CaseDateField,
  type CaseState,
  type Track,
} from '@sen/rules';
import { badInput, conflict, forbidden, ServiceError } from '../service-error';
import { actorOf, stripUndefined, type StaffCtx } from '../staff-context';
import { auditRead, changeableCase, readableCase } from './case-access';
import { caseDeadlines, caseDetail, nextSteps, ruleContext } from './case-detail';
import type { CasePatchInput, CreateCaseInput, PersonInputValue } from './case-input';
import { listCasesWithDeadlines } from './case-list';
import { factProblems, summarise } from './fact-checks';

export interface CaseListInput {
  q?: string | undefined;
  state?: CaseState | CaseState[] | undefined;
  track?: Track | undefined;
  localAuthorityId?: string | undefined;
  /** A user id, 'me', or 'none' (unassigned). */
  assigneeId?: string | undefined;
  deadlineWithin?: 'overdue' | '7' | '30' | undefined;
  open?: boolean | undefined;
  sort?: 'updated' | 'created' | undefined;
  limit: number;
  cursor?: string | undefined;
  withTotal?: boolean | undefined;
}

/** Search and filter; a mediator only ever sees cases assigned to them. */
export async function listCasesFor(ctx: StaffCtx, input: CaseListInput) {
  const me = ctx.user;
  let assigneeId = input.assigneeId === 'me' ? me.id : input.assigneeId;
  if (me.role === 'mediator') {
    if (assigneeId && assigneeId !== me.id) {
      await ctx.audit({ action: 'case.list', detail: { results: 0, search: !!input.q } });
      return { items: [], nextCursor: null, total: 0 };
    }
    assigneeId = me.id;
  }
  const filter: CaseListFilter = {
    ...(input.q ? { q: input.q } : {}),
    ...(input.state ? { state: input.state } : {}),
    ...(input.track ? { track: input.track } : {}),
    ...(input.localAuthorityId ? { localAuthorityId: input.localAuthorityId } : {}),
    ...(assigneeId ? { assigneeId } : {}),
    ...(input.open ? { open: true } : {}),
    ...(input.sort ? { sort: input.sort } : {}),
    ...(input.cursor ? { cursor: input.cursor } : {}),
    limit: input.limit,
    withTotal: input.withTotal ?? false,
  };
  const rules = await ruleContext(ctx.db, ctx.clock.now());
  const page = await listCasesWithDeadlines(ctx.db, filter, input.deadlineWithin, rules);
  await ctx.audit({
    action: 'case.list',
    detail: { results: page.items.length, search: !!input.q, page: !!input.cursor },
  });
  return page;
}

/** One case: facts, people, computed deadlines, next steps, timeline, notes, certificates. */
export async function readCase(ctx: StaffCtx, caseId: string) {
  const row = await readableCase(ctx, caseId);
  await auditRead(ctx, row.id);
  return caseDetail(ctx.db, row, ctx.clock.now());
}

/** Phone intake. A caseworker's new case is theirs; an admin may assign it to anyone. */
export async function openCase(ctx: StaffCtx, input: CreateCaseInput) {
  const { people, note, assigneeId: wanted, ...details } = input;
  await checkFacts(ctx, details, null, '');
  for (const [i, p] of people.entries()) await checkPerson(ctx, p, `people.${i}.`);
  let assigneeId: string | null = ctx.user.role === 'caseworker' ? ctx.user.id : null;
  if (ctx.user.role === 'admin' && wanted) {
    await checkAssignee(ctx, wanted);
    assigneeId = wanted;
  }
  const row = await createCase(
    ctx.db,
    { ...stripUndefined(details), people: people.map(stripUndefined), assigneeId },
    actorOf(ctx),
  );
  if (note) await addNote(ctx.db, row.id, note, actorOf(ctx));
  const detail = await caseDetail(ctx.db, row, ctx.clock.now());
  return { id: row.id, reference: row.reference, ...detail };
}

/** Facts and details (not the state: see `moveCase`; not the assignee: see `assignCase`). */
export async function changeCase(
  ctx: StaffCtx,
  input: { id: string; expectedVersion?: number | undefined; patch: CasePatchInput },
) {
  const before = await changeableCase(ctx, input.id);
  await checkFacts(ctx, input.patch, before, 'patch.');
  const row = await updateCase(
    ctx.db,
    before.id,
    {
      patch: stripUndefined(input.patch),
      ...(input.expectedVersion !== undefined ? { expectedVersion: input.expectedVersion } : {}),
    },
    actorOf(ctx),
  );
  return changed(ctx, row);
}

/**
 * One lifecycle step, checked by @sen/rules. `facts` are recorded with the move (e.g. the date
 * mediation ended); a missing fact is bad input naming it (`facts.<name>`).
 */
export async function moveCase(
  ctx: StaffCtx,
  input: {
    id: string;
    /** The state the person saw; the move is refused if the case has moved since. */
    from?: CaseState | undefined;
    to: CaseState;
    facts?: CasePatchInput | undefined;
    expectedVersion?: number | undefined;
  },
) {
  const before = await changeableCase(ctx, input.id);
  if (input.from && input.from !== before.state) {
    throw conflict(
      'Someone has moved this case on since you opened it. Reload to see where it is now.',
    );
  }
  const facts = stripUndefined(input.facts ?? {});
  await checkFacts(ctx, facts, before, 'facts.');
  const merged = { ...caseFactsOf(before), ...facts } as ReturnType<typeof caseFactsOf>;
  if (input.to === 'certificate_issued') await certificateOnRecord(ctx, before.id, merged);
  const check = canTransition(merged, input.to);
  if (!check.ok) {
    throw badInput(
      check.reason,
      check.missing.map((f) => ({
        path: `facts.${f}`,
        message: `Fill in ${FACT_LABELS[f as keyof typeof FACT_LABELS] ?? f}.`,
      })),
    );
  }
  const row = await transitionCase(
    ctx.db,
    before.id,
    {
      from: before.state,
      to: input.to,
      facts,
      // The version this check was made against: a change in between refuses the move.
      expectedVersion: input.expectedVersion ?? before.version,
      // Checked again under the row lock, against the facts as they are then.
      guard: (f) => canTransition(f, input.to),
    },
    actorOf(ctx),
  );
  return changed(ctx, row);
}

/** Admin: anyone (or nobody). Caseworker: take an unassigned case for themself. */
export async function assignCase(ctx: StaffCtx, input: { id: string; assigneeId: string | null }) {
  const before = await readableCase(ctx, input.id);
  if (ctx.user.role === 'caseworker') {
    const ok = before.assigneeId === null && input.assigneeId === ctx.user.id;
    if (!ok) {
      await ctx.audit({
        action: 'access.denied',
        entityType: 'case',
        entityId: before.id,
        detail: { reason: 'assign', role: ctx.user.role },
      });
      throw forbidden(
        before.assigneeId === null
          ? 'You can assign an unassigned case to yourself. Ask an admin to assign it to someone else.'
          : 'This case is already assigned. Ask an admin to reassign it.',
      );
    }
  }
  if (input.assigneeId) await checkAssignee(ctx, input.assigneeId);
  const row = await updateCase(
    ctx.db,
    before.id,
    { patch: { assigneeId: input.assigneeId } },
    actorOf(ctx),
  );
  return changed(ctx, row);
}

export async function addCaseNote(ctx: StaffCtx, caseId: string, body: string) {
  const row = await changeableCase(ctx, caseId);
  return addNote(ctx.db, row.id, body, actorOf(ctx));
}

export async function addCasePerson(ctx: StaffCtx, caseId: string, person: PersonInputValue) {
  const row = await changeableCase(ctx, caseId);
  await checkPerson(ctx, person, 'person.');
  return addPerson(ctx.db, row.id, stripUndefined(person), actorOf(ctx));
}

export async function changeCasePerson(
  ctx: StaffCtx,
  input: { caseId: string; personId: string; patch: Partial<PersonInputValue> },
) {
  const row = await changeableCase(ctx, input.caseId);
  await personOnCase(ctx, row.id, input.personId);
  await checkPerson(ctx, input.patch, 'patch.');
  return updatePerson(ctx.db, input.personId, stripUndefined(input.patch), actorOf(ctx));
}

export async function removeCasePerson(ctx: StaffCtx, caseId: string, personId: string) {
  const row = await changeableCase(ctx, caseId);
  await personOnCase(ctx, row.id, personId);
  await removePerson(ctx.db, personId, actorOf(ctx));
  return { ok: true as const };
}

/**
 * Subject access (admin): everything held about one person on this case (`personId`), or about
 * every person on it. The export is audited with counts only.
 */
export async function exportCaseSubjects(
  ctx: StaffCtx,
  input: { id: string; personId?: string | undefined },
) {
  const row = await readableCase(ctx, input.id);
  const personIds = await subjectIds(ctx, row.id, input.personId);
  return exportSubjectData(ctx.db, { personIds }, actorOf(ctx));
}

/**
 * Erasure (admin). With `personId`: that person's records, callback requests and chats; the
 * case's facts stay. Without: the whole case and everything attached. `confirmReference` must
 * repeat the case reference, because this cannot be undone.
 */
export async function eraseFromCase(
  ctx: StaffCtx,
  input: { id: string; confirmReference: string; personId?: string | undefined },
) {
  const row = await readableCase(ctx, input.id);
  if (input.confirmReference.toUpperCase() !== row.reference.toUpperCase()) {
    throw badInput(`Type ${row.reference} to confirm.`, [
      { path: 'confirmReference', message: `Type ${row.reference} to confirm.` },
    ]);
  }
  if (!input.personId) {
    // The whole case, and only this case (a person on it may be on others too).
    const gone = await deleteCase(ctx.db, row.id, actorOf(ctx), {
      confirmReference: input.confirmReference,
    });
    return { ...gone, cases: 1, casesToReview: [] as string[] };
  }
  const personIds = await subjectIds(ctx, row.id, input.personId);
  return eraseSubject(ctx.db, { personIds }, actorOf(ctx));
}

async function checkFacts(
  ctx: StaffCtx,
  patch: CasePatchInput,
  before: CaseRecord | null,
  prefix: string,
) {
  if (patch.localAuthorityId && !(await getLocalAuthority(ctx.db, patch.localAuthorityId))) {
    const message = 'Choose a local authority from the list.';
    throw badInput(message, [{ path: `${prefix}localAuthorityId`, message }]);
  }
  const { today } = await ruleContext(ctx.db, ctx.clock.now());
  const problems = factProblems(
    patch as Partial<Record<CaseDateField, string | null>>,
    before ? caseFactsOf(before) : {},
    today,
    prefix,
  );
  if (problems.length) throw badInput(`Not saved: ${summarise(problems)}`, problems);
}

/** The case after a change, with what the console redraws. */
async function changed(ctx: StaffCtx, row: CaseRecord) {
  const { today, calendar } = await ruleContext(ctx.db, ctx.clock.now());
  return { case: row, deadlines: caseDeadlines(row, today, calendar), nextSteps: nextSteps(row) };
}

async function checkPerson(ctx: StaffCtx, person: { dateOfBirth?: string | null }, prefix: string) {
  const { today } = await ruleContext(ctx.db, ctx.clock.now());
  if (person.dateOfBirth && person.dateOfBirth > today) {
    const message = 'A date of birth cannot be in the future.';
    throw badInput(message, [{ path: `${prefix}dateOfBirth`, message }]);
  }
}

async function checkAssignee(ctx: StaffCtx, assigneeId: string) {
  const user = await getUser(ctx.db, assigneeId);
  if (!user || user.disabled || user.role === 'viewer') {
    throw badInput('Choose an active caseworker, mediator or admin.', [
      { path: 'assigneeId', message: 'Choose an active caseworker, mediator or admin.' },
    ]);
  }
}

/**
 * "Certificate issued" must mean a certificate exists (with its PDF), on the date the case
 * records: `certificates.issue` first, then this move.
 */
async function certificateOnRecord(
  ctx: StaffCtx,
  caseId: string,
  facts: { certificateIssuedDate: string | null },
) {
  const certificates = await listCertificates(ctx.db, caseId);
  if (certificates.length === 0) {
    throw badInput('Issue the certificate first; then record this step.');
  }
  const date = facts.certificateIssuedDate;
  if (date && !certificates.some((c) => c.issuedOn === date)) {
    const message = `No certificate was issued on ${formatDate(date)}. The certificate on record is dated ${formatDate(certificates.at(-1)!.issuedOn)}.`;
    throw badInput(message, [{ path: 'facts.certificateIssuedDate', message }]);
  }
}

async function personOnCase(ctx: StaffCtx, caseId: string, personId: string) {
  const people = await listPeople(ctx.db, caseId);
  if (!people.some((p) => p.id === personId)) {
    throw new ServiceError('not_found', 'That person is not on this case.');
  }
}

async function subjectIds(ctx: StaffCtx, caseId: string, personId: string | undefined) {
  if (personId) {
    await personOnCase(ctx, caseId, personId);
    return [personId];
  }
  const ids = (await listPeople(ctx.db, caseId)).map((p) => p.id);
  if (ids.length === 0) {
    throw badInput(
      'No people are recorded on this case, so there is no personal data to export or erase here.',
    );
  }
  return ids;
}
