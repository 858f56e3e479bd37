import { Hono } from 'hono';
import { z } from 'zod';
import {
  adviserContactDeadline,
  appealDeadline,
  certificateDueDate,
  disabilityClaimDeadline,
  mediationArrangeBy,
  mediationNoticeBy,
  RulesInputError,
  type DeadlineResult,
  type RuleOptions,
  todayInEngland,
} from '@sen/rules';
import type { AppDeps } from '../../system/deps';
import { DEFAULT_SETTINGS } from '@sen/db';
import { widgetError } from '../http-errors';
import { settingsOrLastKnown } from '../../services/settings/service-info';
import { readToolBody } from './shared';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date such as 2026-03-31');

type Labelled = { label: string; labelKey: string; result: DeadlineResult };
type Run = (d: object, o: RuleOptions) => Labelled[];

/**
 * Each result's label in English and its key in the widget's message catalogues
 * (apps/widget/src/strings), so the widget can show it in the family's language.
 */
const LABELS = {
  deadlineLabelAdviser: {
    labelKey: 'deadlineLabelAdviser',
    label: 'Contact a mediation adviser by',
  },
  deadlineLabelAppeal: { labelKey: 'deadlineLabelAppeal', label: 'Appeal to the SEND Tribunal by' },
  deadlineLabelCertificate: {
    labelKey: 'deadlineLabelCertificate',
    label: 'The mediation certificate is due by',
  },
  deadlineLabelMediationBy: {
    labelKey: 'deadlineLabelMediationBy',
    label: 'The mediation must take place by',
  },
  deadlineLabelMediationNotice: {
    labelKey: 'deadlineLabelMediationNotice',
    label: 'Notice of the mediation must be given by',
  },
  deadlineLabelDisabilityClaim: {
    labelKey: 'deadlineLabelDisabilityClaim',
    label: 'Make a disability discrimination claim by',
  },
} as const;

const CALCULATIONS: Record<string, { dates: z.ZodType<object>; run: Run }> = {
  /** Everything that runs from a decision letter: the adviser contact and appeal deadlines. */
  from_decision: {
    dates: z.object({
      decisionDate: isoDate,
      certificateDate: isoDate.nullish(),
      placementOnly: z.boolean().optional(),
    }),
    run: (d, o) => {
      const x = d as {
        decisionDate: string;
        certificateDate?: string | null;
        placementOnly?: boolean;
      };
      return [
        {
          ...LABELS.deadlineLabelAdviser,
          result: adviserContactDeadline({ decisionDate: x.decisionDate, ...o }),
        },
        { ...LABELS.deadlineLabelAppeal, result: appealDeadline({ ...x, ...o }) },
      ];
    },
  },
  appeal: {
    dates: z.object({
      decisionDate: isoDate,
      certificateDate: isoDate.nullish(),
      placementOnly: z.boolean().optional(),
    }),
    run: (d, o) => [
      {
        ...LABELS.deadlineLabelAppeal,
        result: appealDeadline({ ...(d as { decisionDate: string }), ...o }),
      },
    ],
  },
  adviser_contact: {
    dates: z.object({ decisionDate: isoDate }),
    run: (d, o) => [
      {
        ...LABELS.deadlineLabelAdviser,
        result: adviserContactDeadline({ ...(d as { decisionDate: string }), ...o }),
      },
    ],
  },
  certificate_due: {
    dates: z.object({
      from: isoDate,
      reason: z.enum(['declined', 'mediation_ended', 'la_cannot_arrange']).optional(),
    }),
    run: (d, o) => [
      {
        ...LABELS.deadlineLabelCertificate,
        result: certificateDueDate({ ...(d as { from: string }), ...o }),
      },
    ],
  },
  mediation_by: {
    dates: z.object({ from: isoDate, healthOnly: z.boolean().optional() }),
    run: (d, o) => [
      {
        ...LABELS.deadlineLabelMediationBy,
        result: mediationArrangeBy({ ...(d as { from: string }), ...o }),
      },
    ],
  },
  mediation_notice: {
    dates: z.object({ mediationDate: isoDate }),
    run: (d, o) => [
      {
        ...LABELS.deadlineLabelMediationNotice,
        result: mediationNoticeBy({ ...(d as { mediationDate: string }), ...o }),
      },
    ],
  },
  disability_claim: {
    dates: z.object({ actDate: isoDate }),
    run: (d, o) => [
      {
        ...LABELS.deadlineLabelDisabilityClaim,
        result: disabilityClaimDeadline({ ...(d as { actDate: string }), ...o }),
      },
    ],
  },
};

const Body = z.object({
  calculation: z.string().refine((k) => Object.hasOwn(CALCULATIONS, k), {
    message: `use one of ${Object.keys(CALCULATIONS).join(', ')}`,
  }),
  dates: z.record(z.string(), z.unknown()),
});

/** POST /deadlines: the deadline calculator, with the service's bank-holiday overrides applied. */
export function deadlineRoutes(deps: AppDeps) {
  const app = new Hono();
  app.post('/', async (c) => {
    const body = await readToolBody(deps, c, Body);
    if (!body.ok) return body.res;
    const calc = CALCULATIONS[body.data.calculation]!;
    const dates = calc.dates.safeParse(body.data.dates);
    if (!dates.success) {
      const i = dates.error.issues[0];
      return widgetError(
        deps,
        c,
        400,
        'bad_request',
        `Please check ${i?.path.join('.') || 'the dates'}: ${i?.message ?? 'not valid'}.`,
      );
    }
    // The admin's bank-holiday overrides, as last read if the database does not answer now:
    // the calculator needs no database of its own.
    const settings = await settingsOrLastKnown(deps);
    let results: Labelled[];
    try {
      results = calc.run(dates.data, {
        today: todayInEngland(deps.clock.now()),
        calendar: settings?.bankHolidayOverrides ?? DEFAULT_SETTINGS.bankHolidayOverrides,
      });
    } catch (error) {
      if (error instanceof RulesInputError)
        return widgetError(deps, c, 400, 'bad_request', error.message);
      throw error;
    }
    return c.json({
      results: results.map(({ label, labelKey, result: r }) => ({
        label,
        labelKey,
        rule: r.rule,
        date: r.date,
        dateText: r.dateText,
        explanation: r.explanation,
        steps: r.steps,
        warnings: r.warnings.map((w) => w.message),
        // The same in templates (@sen/rules texts), for the widget in other languages.
        stepTemplates: r.stepTemplates ?? [],
        warningTemplates: r.warningTemplates ?? [],
        source: r.source,
        byFivePm: r.byFivePm,
      })),
    });
  });
  return app;
}
