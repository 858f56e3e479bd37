// Case work (services/cases/cases.ts): the list, one case, intake, facts, the lifecycle,
// assignment, people, notes, and an admin's subject-access export and erasure. Each procedure is
// its input, who may call it, and one call.
import { z } from 'zod';
import {
  casePatchInput,
  createCaseInput,
  noteBody,
  personInput,
  stateInput,
  trackInput,
  uuid,
} from '../../services/cases/case-input';
import {
  addCaseNote,
  addCasePerson,
  assignCase,
  changeCase,
  changeCasePerson,
  eraseFromCase,
  exportCaseSubjects,
  listCasesFor,
  moveCase,
  openCase,
  readCase,
  removeCasePerson,
} from '../../services/cases/cases';
import { cleanText } from '../../lib/text';
import { roleProcedure, router, staffProcedure } from '../init';

const CHANGERS = ['caseworker', 'mediator', 'admin'] as const;

const listInput = z.object({
  /** A reference (or part), 2+ letters of a name, or 3+ characters of a note or callback
   * description. Sent in the POST body, never a URL. */
  q: z.string().transform(cleanText).pipe(z.string().trim().max(100)).optional(),
  state: z.union([stateInput, z.array(stateInput).max(14)]).optional(),
  track: trackInput.optional(),
  localAuthorityId: uuid.optional(),
  /** A user id, 'me', or 'none' (unassigned). */
  assigneeId: z.union([uuid, z.literal('me'), z.literal('none')]).optional(),
  deadlineWithin: z.enum(['overdue', '7', '30']).optional(),
  open: z.boolean().optional(),
  sort: z.enum(['updated', 'created']).optional(),
  limit: z.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  withTotal: z.boolean().optional(),
});

const byId = z.object({ id: uuid });

export const casesRouter = router({
  /** Search and filter; a mediator only ever sees cases assigned to them. */
  list: staffProcedure.input(listInput).query(({ ctx, input }) => listCasesFor(ctx, input)),

  /** One case: facts, people, computed deadlines, next steps, timeline, notes, certificates. */
  get: staffProcedure.input(byId).query(({ ctx, input }) => readCase(ctx, input.id)),

  /** Phone intake. A caseworker's new case is theirs; an admin may assign it to anyone. */
  create: roleProcedure('caseworker', 'admin')
    .input(createCaseInput)
    .mutation(({ ctx, input }) => openCase(ctx, input)),

  /** Facts and details (not the state: see `transition`; not the assignee: see `assign`). */
  update: roleProcedure(...CHANGERS)
    .input(
      z.object({
        id: uuid,
        expectedVersion: z.number().int().min(1).optional(),
        patch: casePatchInput,
      }),
    )
    .mutation(({ ctx, input }) => changeCase(ctx, input)),

  /**
   * One lifecycle step, checked by @sen/rules. `facts` are recorded with the move (e.g. the date
   * mediation ended); a missing fact is a 400 naming it (`data.fieldErrors`: `facts.<name>`).
   */
  transition: roleProcedure(...CHANGERS)
    .input(
      z.object({
        id: uuid,
        /** The state the person saw; the move is refused if the case has moved since. */
        from: stateInput.optional(),
        to: stateInput,
        facts: casePatchInput.optional(),
        expectedVersion: z.number().int().min(1).optional(),
      }),
    )
    .mutation(({ ctx, input }) => moveCase(ctx, input)),

  /** Admin: anyone (or nobody). Caseworker: take an unassigned case for themself. */
  assign: roleProcedure('caseworker', 'admin')
    .input(z.object({ id: uuid, assigneeId: uuid.nullable() }))
    .mutation(({ ctx, input }) => assignCase(ctx, input)),

  addNote: roleProcedure(...CHANGERS)
    .input(z.object({ caseId: uuid, body: noteBody }))
    .mutation(({ ctx, input }) => addCaseNote(ctx, input.caseId, input.body)),

  addPerson: roleProcedure(...CHANGERS)
    .input(z.object({ caseId: uuid, person: personInput }))
    .mutation(({ ctx, input }) => addCasePerson(ctx, input.caseId, input.person)),

  updatePerson: roleProcedure(...CHANGERS)
    .input(z.object({ caseId: uuid, personId: uuid, patch: personInput.partial() }))
    .mutation(({ ctx, input }) => changeCasePerson(ctx, input)),

  removePerson: roleProcedure(...CHANGERS)
    .input(z.object({ caseId: uuid, personId: uuid }))
    .mutation(({ ctx, input }) => removeCasePerson(ctx, input.caseId, input.personId)),

  /**
   * Subject access (admin): everything held about one person on this case (`personId`), or about
   * every person on it. JSON; the export is audited with counts only.
   */
  exportSubjectData: roleProcedure('admin')
    .input(z.object({ id: uuid, personId: uuid.optional() }))
    .mutation(({ ctx, input }) => exportCaseSubjects(ctx, input)),

  /**
   * Erasure (admin). With `personId`: that person's records, callback requests and chats; the
   * case's facts stay. Without: the whole case and everything attached. `confirmReference`
   * must repeat the case reference, because this cannot be undone.
   */
  erase: roleProcedure('admin')
    .input(
      z.object({
        id: uuid,
        confirmReference: z.string().trim().max(40),
        personId: uuid.optional(),
      }),
    )
    .mutation(({ ctx, input }) => eraseFromCase(ctx, input)),
});
