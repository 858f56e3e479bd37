// The mediation or disagreement resolution meeting of a case: arrange or change it (checked by
// @sen/rules' canArrangeMeeting, before and again under the row lock), and download it as an
// .ics event. The event carries the case reference, the time and the place only.
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { caseFactsOf, getCalendarMeeting, saveMeeting } from '@sen/db';
import { canArrangeMeeting, type MeetingPlan } from '@sen/rules';
import { auditRead, changeableCase, readableCase } from '../../services/cases/case-access';
import { actorOf, type StaffCtx } from '../../services/staff-context';
import { caseDeadlines, nextSteps, ruleContext } from '../../services/cases/case-detail';
import { uuid } from '../../services/cases/case-input';
import { meetingInput, type MeetingInputValue } from '../../services/cases/meeting-input';
import { factProblems, summarise } from '../../services/cases/fact-checks';
import { badInput, type FieldProblem } from '../../services/service-error';
import { meetingsCalendar } from '../../services/calendar/ics';
import { roleProcedure, router, staffProcedure } from '../init';

const CHANGERS = ['caseworker', 'mediator', 'admin'] as const;

function planOf(m: MeetingInputValue): MeetingPlan {
  return {
    date: m.date,
    startTime: m.startTime,
    endTime: m.endTime ?? null,
    venue: m.venue ?? null,
    onlineUrl: m.onlineUrl ?? null,
  };
}

/** A rules refusal as a 400 that marks the field it is about. */
function refusal(reason: string, field: string | undefined) {
  const path = field === 'otherPartyKind' ? 'otherPartyKind' : field ? `meeting.${field}` : null;
  return badInput(reason, path ? [{ path, message: reason }] : []);
}

/** The same date checks as the case's mediation date (not more than a year ahead, in order). */
async function dateProblems(ctx: StaffCtx, date: string, facts: ReturnType<typeof caseFactsOf>) {
  const { today } = await ruleContext(ctx.db, ctx.clock.now());
  return factProblems({ mediationDate: date }, facts, today, 'meeting.').map((p): FieldProblem => ({
    ...p,
    path: p.path.replace('mediationDate', 'date'),
  }));
}

export const meetingsRouter = router({
  /** Arrange the meeting or change it; the case's mediation date follows its date. */
  save: roleProcedure(...CHANGERS)
    .input(
      z.object({
        caseId: uuid,
        expectedVersion: z.number().int().min(1).optional(),
        meeting: meetingInput,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const before = await changeableCase(ctx, input.caseId);
      const plan = planOf(input.meeting);
      const check = canArrangeMeeting(caseFactsOf(before), plan, before.otherPartyKind);
      if (!check.ok) throw refusal(check.reason, check.field);
      const problems = await dateProblems(ctx, plan.date, caseFactsOf(before));
      if (problems.length) throw badInput(`Not saved: ${summarise(problems)}`, problems);
      const { meeting: m } = input;
      const saved = await saveMeeting(
        ctx.db,
        before.id,
        {
          ...plan,
          attendees: m.attendees,
          supporter: m.supporter ?? null,
          interpreter: m.interpreter ?? null,
          ...(input.expectedVersion !== undefined
            ? { expectedVersion: input.expectedVersion }
            : {}),
        },
        actorOf(ctx),
        (facts, row) => canArrangeMeeting(facts, plan, row.otherPartyKind),
      );
      const { today, calendar } = await ruleContext(ctx.db, ctx.clock.now());
      return {
        case: saved.case,
        meeting: saved.meeting,
        deadlines: caseDeadlines(saved.case, today, calendar),
        nextSteps: nextSteps(saved.case),
      };
    }),

  /**
   * The meeting as an iCalendar file (a POST answer, like certificates: nothing in a URL).
   * Anyone who may read the case may add its meeting to their calendar.
   */
  ics: staffProcedure.input(z.object({ caseId: uuid })).mutation(async ({ ctx, input }) => {
    const row = await readableCase(ctx, input.caseId);
    const meeting = await getCalendarMeeting(ctx.db, row.id);
    if (!meeting) {
      throw new TRPCError({
        code: 'NOT_FOUND',
        message: 'No meeting is arranged on this case yet. Save the meeting first.',
      });
    }
    await auditRead(ctx, row.id, 'case.meeting_ics');
    const host = new URL(ctx.meta.selfOrigin).hostname;
    return {
      fileName: `${row.reference}-meeting.ics`,
      contentType: 'text/calendar' as const,
      text: meetingsCalendar([meeting], { host }),
    };
  }),
});
