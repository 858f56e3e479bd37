// Reports for a date range (aggregates only, no personal data): for every staff role.
import { z } from 'zod';
import { addCalendarDays } from '@sen/rules';
import { ruleContext } from '../../services/cases/case-detail';
import { badInput } from '../../services/service-error';
import { isoDate, uuid } from '../../services/cases/case-input';
import { buildServiceReport, serviceReportCsv } from '../../services/reports/service-report';
import { router, staffProcedure } from '../init';
import { answerSources, getLocalAuthority } from '@sen/db';
import { reportPeriod } from '../../services/reports/period';

/** A longer range would make the timeliness pass read too many cases in one request. */
const MAX_DAYS = 3 * 366;

const range = z
  .object({
    from: isoDate,
    to: isoDate,
    /** One council's cases only (the council recorded on each case). */
    localAuthorityId: uuid.optional(),
  })
  .superRefine((r, c) => {
    if (r.from > r.to) {
      c.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'The end date is before the start date.',
      });
    } else if (addCalendarDays(r.from, MAX_DAYS) < r.to) {
      c.addIssue({ code: 'custom', path: ['to'], message: 'Choose a period of 3 years or less.' });
    }
  });

/** What the audit row records about a report request: the period and the council's id. */
const auditDetail = (input: z.infer<typeof range>) => ({
  from: input.from,
  to: input.to,
  localAuthorityId: input.localAuthorityId ?? null,
});

async function knownCouncil(ctx: { db: Parameters<typeof getLocalAuthority>[0] }, id?: string) {
  if (id && !(await getLocalAuthority(ctx.db, id))) {
    const message = 'Choose a local authority from the list.';
    throw badInput(message, [{ path: 'localAuthorityId', message }]);
  }
}

export const reportsRouter = router({
  /** Every figure for the period; with `localAuthorityId`, that council's cases only. */
  service: staffProcedure.input(range).query(async ({ ctx, input }) => {
    await knownCouncil(ctx, input.localAuthorityId);
    const { calendar } = await ruleContext(ctx.db, ctx.clock.now());
    const report = await buildServiceReport(ctx.db, input, calendar);
    await ctx.audit({ action: 'report.read', detail: auditDetail(input) });
    return report;
  }),

  /**
   * The share of the bot's answers written by the offline engine and by the model, and the
   * model's refusal and failure reason codes (counts only). Chats are not linked to a council,
   * so these are always service-wide; a council in the input is refused rather than ignored.
   */
  answerSources: staffProcedure.input(range).query(async ({ ctx, input }) => {
    if (input.localAuthorityId) {
      const message = 'Chat figures are for the whole service: chats are not linked to a council.';
      throw badInput(message, [{ path: 'localAuthorityId', message }]);
    }
    const report = await answerSources(ctx.db, reportPeriod(input.from, input.to));
    await ctx.audit({
      action: 'report.read',
      detail: { from: input.from, to: input.to, report: 'answer_sources' },
    });
    return report;
  }),

  /** The same figures as one CSV file: `{ filename, csv }`. */
  csv: staffProcedure.input(range).query(async ({ ctx, input }) => {
    await knownCouncil(ctx, input.localAuthorityId);
    const { calendar } = await ruleContext(ctx.db, ctx.clock.now());
    const report = await buildServiceReport(ctx.db, input, calendar);
    await ctx.audit({ action: 'report.export', detail: auditDetail(input) });
    return serviceReportCsv(report);
  }),
});
