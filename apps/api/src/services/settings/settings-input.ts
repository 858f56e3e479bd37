// What an admin may save in settings, checked here so each mistake gets its own sentence; @sen/db
// checks again before writing.
import { bankHolidays, FIRST_YEAR, isIsoDate, LAST_YEAR } from '@sen/rules';
import { STAFF_ROLES } from '@sen/db/schema';
import { z } from 'zod';
import { cleanText } from '../../lib/text';

const text = (max: number, label: string) =>
  z
    .string()
    .transform(cleanText)
    .pipe(z.string().trim().max(max, `${label}: at most ${max} characters.`));

const requiredText = (max: number, label: string) =>
  text(max, label).pipe(z.string().min(1, `${label} cannot be empty.`));

const optionalText = (max: number, label: string) =>
  text(max, label)
    .transform((s) => s || null)
    .nullable();

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const officeDay = z
  .object({
    day: z
      .number()
      .int()
      .min(0, 'Day must be 0 (Sunday) to 6 (Saturday).')
      .max(6, 'Day must be 0 (Sunday) to 6 (Saturday).'),
    open: z.string().regex(HHMM, 'Opening time must be HH:MM (24-hour), e.g. 09:30.'),
    close: z.string().regex(HHMM, 'Closing time must be HH:MM (24-hour), e.g. 17:00.'),
  })
  .refine((d) => d.open < d.close, {
    message: 'Each day must close after it opens.',
  });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates must be written YYYY-MM-DD.');

/** A real calendar date within the years @sen/rules covers, or a sentence saying why not. */
export function isoDateProblem(d: string): string | null {
  if (!isIsoDate(d)) return `${d} is not a real date.`;
  const y = Number(d.slice(0, 4));
  if (y < FIRST_YEAR || y > LAST_YEAR) return `${d} is outside ${FIRST_YEAR}-${LAST_YEAR}.`;
  return null;
}

function isComputedBankHoliday(d: string): boolean {
  return bankHolidays(Number(d.slice(0, 4))).some((h) => h.date === d);
}

const bankHolidayOverrides = z
  .object({
    add: z.array(isoDate).max(100, 'At most 100 added days.'),
    remove: z.array(isoDate).max(100, 'At most 100 removed days.'),
  })
  .superRefine((o, ctx) => {
    for (const [list, key] of [
      [o.add, 'add'],
      [o.remove, 'remove'],
    ] as const) {
      list.forEach((d, i) => {
        const problem = isoDateProblem(d);
        if (problem) ctx.addIssue({ code: 'custom', path: [key, i], message: problem });
      });
    }
    if (!ctx.issues.length) {
      o.add.forEach((d, i) => {
        if (o.remove.includes(d)) {
          ctx.addIssue({
            code: 'custom',
            path: ['add', i],
            message: `${d} is both added and removed.`,
          });
        } else if (isComputedBankHoliday(d)) {
          ctx.addIssue({
            code: 'custom',
            path: ['add', i],
            message: `${d} is already a bank holiday.`,
          });
        }
      });
      o.remove.forEach((d, i) => {
        if (!o.add.includes(d) && !isComputedBankHoliday(d)) {
          ctx.addIssue({
            code: 'custom',
            path: ['remove', i],
            message: `${d} is not a bank holiday in England and Wales, so it cannot be removed.`,
          });
        }
      });
    }
  })
  .transform((o) => ({ add: [...new Set(o.add)].sort(), remove: [...new Set(o.remove)].sort() }));

const officeClosures = z
  .array(
    z.object({
      from: isoDate,
      to: isoDate,
      label: requiredText(80, 'Closure label'),
    }),
  )
  .max(50, 'At most 50 closures.')
  .superRefine((list, ctx) => {
    list.forEach((c, i) => {
      const problem = isoDateProblem(c.from) ?? isoDateProblem(c.to);
      if (problem) ctx.addIssue({ code: 'custom', path: [i], message: problem });
      else if (c.from > c.to)
        ctx.addIssue({
          code: 'custom',
          path: [i, 'to'],
          message: `"${c.label}" ends before it starts.`,
        });
    });
  })
  .transform((list) => [...list].sort((a, b) => a.from.localeCompare(b.from)));

const requireTotpForRoles = z
  .array(z.enum(STAFF_ROLES, { message: 'Roles are admin, caseworker, mediator or viewer.' }))
  .max(STAFF_ROLES.length * 2)
  .transform((roles) => STAFF_ROLES.filter((r) => roles.includes(r)));

export const settingsPatchSchema = z
  .object({
    serviceName: requiredText(120, 'Service name'),
    phone: requiredText(40, 'Phone number').refine(
      (p) => /^\+?[\d\s()-]{5,}$/.test(p) && (p.match(/\d/g)?.length ?? 0) >= 5,
      'Phone number: digits, spaces and brackets only, e.g. 020 7946 0000.',
    ),
    email: optionalText(254, 'Email').refine(
      (e) => e === null || z.email().safeParse(e).success,
      'Email must be an address such as mediation@example.org.',
    ),
    address: optionalText(400, 'Address'),
    websiteUrl: optionalText(300, 'Website').refine(
      (u) => u === null || /^https?:\/\/[^\s]+$/.test(u),
      'Website must start with https://.',
    ),
    officeHours: z
      .array(officeDay)
      .max(14, 'At most two opening periods a day.')
      .superRefine((days, ctx) => {
        // Overlapping periods on one day would make "open now" ambiguous.
        for (let i = 0; i < days.length; i++) {
          for (let j = i + 1; j < days.length; j++) {
            const a = days[i]!;
            const b = days[j]!;
            if (a.day === b.day && a.open < b.close && b.open < a.close) {
              ctx.addIssue({
                code: 'custom',
                path: [j],
                message: `${DAY_NAMES[a.day]} has opening periods that overlap.`,
              });
            }
          }
        }
      })
      .transform((days) => [...days].sort((a, b) => a.day - b.day || a.open.localeCompare(b.open))),
    officeHoursText: text(300, 'Opening times wording'),
    crisisMessage: requiredText(1000, 'Crisis message').refine(
      (m) => /\b999\b/.test(m),
      'The crisis message must tell people to call 999 in an emergency.',
    ),
    retentionClosedCaseMonths: z
      .number()
      .int('Whole months only.')
      .min(12, 'Keep closed cases for at least 12 months.')
      .max(240, 'Keep closed cases for at most 240 months (20 years).'),
    retentionConversationDays: z
      .number()
      .int('Whole days only.')
      .min(7, 'Keep conversations for at least 7 days.')
      .max(3650, 'Keep conversations for at most 3,650 days (10 years).'),
    bankHolidayOverrides,
    officeClosures,
    requireTotpForRoles,
  })
  .partial()
  .strict();

export type SettingsPatchInput = z.output<typeof settingsPatchSchema>;
