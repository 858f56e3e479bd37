// Reports for a date range (aggregates only, no personal data): for every staff role.
import { z } from 'zod';
import { addCalendarDays } from '@sen/rules';
import { ruleContext } from '../../cases/case-detail';
import { staffCall } from '../../cases/procedures';
import { isoDate } from '../../cases/case-input';
import { buildServiceReport, serviceReportCsv } from '../../reports/service-report';
import { router } from '../init';
import { answerSources } from '@sen/db';
import { reportPeriod } from '../../reports/period';

/** A longer range would make the timeliness pass read too many cases in one request. */
const MAX_DAYS = 3 * 366;

const range = z.object({ from: isoDate, to: isoDate }).superRefine((r, c) => {
  if (r.from > r.to) {
    c.addIssue({ code: 'custom', path: ['to'], message: 'The end date is before the start date.' });
  } else if (addCalendarDays(r.from, MAX_DAYS) < r.to) {
    c.addIssue({ code: 'custom', path: ['to'], message: 'Choose a period of 3 years or less.' });
  }
});

export const reportsRouter = router({
  service: staffCall.input(range).query(async ({ ctx, input }) => {
    const { calendar } = await ruleContext(ctx.db, ctx.clock.now());
    const report = await buildServiceReport(ctx.db, input, calendar);
    await ctx.audit({ action: 'report.read', detail: { from: input.from, to: input.to } });
    return report;
  }),

  /**
   * The share of the bot's answers written by the offline engine and by the model, and the
   * model's refusal and failure reason codes (counts only).
   */
  answerSources: staffCall.input(range).query(async ({ ctx, input }) => {
    const report = await answerSources(ctx.db, reportPeriod(input.from, input.to));
    await ctx.audit({
      action: 'report.read',
      detail: { from: input.from, to: input.to, report: 'answer_sources' },
    });
    return report;
  }),

  /** The same figures as one CSV file: `{ filename, csv }`. */
  csv: staffCall.input(range).query(async ({ ctx, input }) => {
    const { calendar } = await ruleContext(ctx.db, ctx.clock.now());
    const report = await buildServiceReport(ctx.db, input, calendar);
    await ctx.audit({ action: 'report.export', detail: { from: input.from, to: input.to } });
    return serviceReportCsv(report);
  }),
});
