import {
  computeCaseDeadlines,
  type CalendarOverrides,
  type CaseDeadline,
  type IsoDate,
  isIsoDate,
} from '@sen/rules';
import { and, eq, gte, isNull, lte, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { DbInputError } from '../errors';
import { cases, localAuthorities, users } from '../schema/index';
import { caseFactsOf, CLOSED_STATES, type CaseRecord } from './case-facts';
import { getSettings } from './settings';

async function calendarFor(db: Db, calendar?: CalendarOverrides): Promise<CalendarOverrides> {
  return calendar ?? (await getSettings(db)).bankHolidayOverrides;
}

/**
 * A case's deadlines, computed now from its facts by @sen/rules (never stored). Uses the admin's
 * bank-holiday overrides from settings unless a calendar is given.
 */
export async function getCaseDeadlines(
  db: Db,
  caseId: string,
  options: { today: IsoDate; calendar?: CalendarOverrides; dueSoonDays?: number },
): Promise<CaseDeadline[]> {
  const [row] = await db.select().from(cases).where(eq(cases.id, caseId));
  if (!row) throw new DbInputError('not_found', 'No such case');
  return computeCaseDeadlines(caseFactsOf(row), {
    today: options.today,
    calendar: await calendarFor(db, options.calendar),
    ...(options.dueSoonDays !== undefined ? { dueSoonDays: options.dueSoonDays } : {}),
  });
}

export interface DueDeadline {
  caseId: string;
  reference: string;
  state: string;
  assigneeId: string | null;
  assigneeName: string | null;
  localAuthorityName: string | null;
  deadline: CaseDeadline;
}

export interface DeadlinesDueFilter {
  /** First and last day of the window, inclusive. */
  from: IsoDate;
  to: IsoDate;
  today: IsoDate;
  assigneeId?: string | 'none';
  /** Also list deadlines already met (status done). Default false. */
  includeDone?: boolean;
  calendar?: CalendarOverrides;
}

/**
 * For each date fact: how many days after it (min, max) any deadline it starts can fall. A case
 * is a candidate when some fact puts a deadline inside the window. The bounds are the rules'
 * periods widened by a week or more each side (weekends, bank holidays, the Christmas and August
 * extensions of the appeal deadline); deadlines.test.ts checks the selection against computing
 * every case.
 * - decision: adviser contact and appeal, 2 months (59-62 days), appeal up to ~34 days later
 * - declined, LA cannot arrange, mediation ended: certificate within 3 working days
 * - LA told: health body notice (3 working days, so 3 days or more; 40 allows weeks of
 *   admin-added closures), mediation within exactly 30 days (laNotifiedNear)
 * - mediation date: notice at least 5 working days (so 5 days or more) before it
 * - certificate issued: appeal 1 month after it, plus extensions
 * - agreement: the body acts within 1 to 14 weeks
 */
const FACT_LAGS: readonly [keyof typeof cases.$inferSelect, number, number][] = [
  ['decisionDate', 50, 110],
  ['declinedDate', 0, 21],
  ['laNotifiedDate', 3, 40],
  ['laCannotArrangeDate', 0, 21],
  ['mediationDate', -28, -5],
  ['mediationEndedDate', 0, 21],
  ['certificateIssuedDate', 21, 80],
  ['agreementDate', 0, 120],
];

/**
 * Facts whose deadlines are a whole number of months later (the decision letter: 2 months for
 * the adviser and the appeal; the certificate: 1 month for the appeal). PostgreSQL's month
 * arithmetic clamps to the month's end as the law does, so the unrolled deadline is exact and
 * only the roll forward needs slack: up to 14 days normally (a weekend plus bank holidays and
 * admin-added days), to the first working day of September for August, and past New Year for
 * 25 December to 1 January.
 */
const MONTH_FACTS = { decisionDate: 2, certificateIssuedDate: 1 } as const;

function monthDeadlineNear(
  column: typeof cases.decisionDate,
  months: number,
  w: { from: string; to: string },
): SQL {
  const due = sql`(${column} + ${`${months} months`}::interval)::date`;
  const near = (slack: number) =>
    sql`${due} between ${shift(w.from, -slack)}::date and ${w.to}::date`;
  return sql`(${near(14)}
    or (extract(month from ${due}) = 8 and ${near(50)})
    or ((extract(month from ${due}) = 12 and extract(day from ${due}) >= 25
         or extract(month from ${due}) = 1 and extract(day from ${due}) = 1) and ${near(25)}))`;
}

/**
 * The mediation must take place exactly 30 calendar days after the council was told (no roll
 * forward); only the health body notice (3 working days, and only with health issues) needs the
 * wider range. Most open cases have this fact, so the narrower test keeps many rows out of JS.
 */
function laNotifiedNear(w: { from: string; to: string }): SQL {
  return sql`(${cases.laNotifiedDate} between ${shift(w.from, -30)}::date and ${shift(w.to, -30)}::date
    or ${cases.healthIssues})`;
}

const shift = (iso: IsoDate, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Only what the rules and the list need, flat: every column read is parsed and mapped in JS for
 * each candidate (thousands at 100,000 cases), and the timestamps would cost a Date each.
 */
const FACT_COLUMNS = {
  id: cases.id,
  reference: cases.reference,
  track: cases.track,
  state: cases.state,
  assigneeId: cases.assigneeId,
  decisionDate: cases.decisionDate,
  firstContactDate: cases.firstContactDate,
  declinedDate: cases.declinedDate,
  mediationRequestedDate: cases.mediationRequestedDate,
  laNotifiedDate: cases.laNotifiedDate,
  laCannotArrangeDate: cases.laCannotArrangeDate,
  mediationDate: cases.mediationDate,
  mediationEndedDate: cases.mediationEndedDate,
  agreementDate: cases.agreementDate,
  certificateIssuedDate: cases.certificateIssuedDate,
  appealMatters: cases.appealMatters,
  healthIssues: cases.healthIssues,
  socialCareIssues: cases.socialCareIssues,
  educationIssues: cases.educationIssues,
  disabilityDiscrimination: cases.disabilityDiscrimination,
  agreementKind: cases.agreementKind,
} satisfies Partial<Record<keyof CaseRecord, unknown>>;

/** Every column the rules read (all of FACT_COLUMNS but the list's own id, reference, assignee). */
const FACT_KEY_FIELDS = (Object.keys(FACT_COLUMNS) as (keyof typeof FACT_COLUMNS)[]).filter(
  (f) => f !== 'id' && f !== 'reference' && f !== 'assigneeId',
);

/**
 * A case's deadlines are a pure function of its facts, today and the calendar, and the rules cost
 * most of this query's time at 100,000 cases (thousands of candidates). The console asks for the
 * same window again and again, so results are kept by the facts themselves (not by id or
 * version: nothing can make them stale) for the current (today, calendar); bounded, and emptied
 * when either changes.
 */
const MEMO_MAX = 5000;
let memo: { key: string; byFacts: Map<string, CaseDeadline[]> } | null = null;

function memoFor(today: IsoDate, calendar: CalendarOverrides): Map<string, CaseDeadline[]> {
  const key = `${today}|${JSON.stringify(calendar)}`;
  if (memo?.key !== key) memo = { key, byFacts: new Map() };
  return memo.byFacts;
}

const factsKey = (c: Record<keyof typeof FACT_COLUMNS, unknown>): string =>
  FACT_KEY_FIELDS.map((f) => JSON.stringify(c[f])).join(',');

/**
 * Deadlines whose date falls in [from, to], across open cases, soonest first. Candidates are
 * selected in SQL by their date facts (open cases only, partial index), then @sen/rules computes
 * the deadlines and this keeps those inside the window.
 */
export async function listDeadlinesDue(db: Db, filter: DeadlinesDueFilter): Promise<DueDeadline[]> {
  for (const [name, value] of Object.entries({
    from: filter.from,
    to: filter.to,
    today: filter.today,
  })) {
    if (!isIsoDate(value)) throw new DbInputError('invalid', `${name} is not a date (YYYY-MM-DD)`);
  }
  if (filter.from > filter.to)
    throw new DbInputError('invalid', 'The window ends before it starts');
  const where: SQL[] = [
    notInArray(cases.state, [...CLOSED_STATES]),
    or(
      ...FACT_LAGS.map(([field, minLag, maxLag]) => {
        const column = cases[field] as typeof cases.decisionDate;
        const inRange = and(
          gte(column, shift(filter.from, -maxLag)),
          lte(column, shift(filter.to, -minLag)),
        );
        const months = MONTH_FACTS[field as keyof typeof MONTH_FACTS];
        if (months) return and(inRange, monthDeadlineNear(column, months, filter));
        if (field === 'laNotifiedDate') return and(inRange, laNotifiedNear(filter));
        return inRange;
      }),
    )!,
  ];
  if (filter.assigneeId === 'none') where.push(isNull(cases.assigneeId));
  else if (filter.assigneeId) where.push(eq(cases.assigneeId, filter.assigneeId));
  const rows = await db
    .select({
      ...FACT_COLUMNS,
      assigneeName: users.name,
      localAuthorityName: localAuthorities.name,
    })
    .from(cases)
    .leftJoin(users, eq(users.id, cases.assigneeId))
    .leftJoin(localAuthorities, eq(localAuthorities.id, cases.localAuthorityId))
    .where(and(...where));
  const calendar = await calendarFor(db, filter.calendar);
  const memo = memoFor(filter.today, calendar);
  const due: DueDeadline[] = [];
  for (const c of rows) {
    const facts = factsKey(c);
    let deadlines = memo.get(facts);
    if (!deadlines) {
      deadlines = computeCaseDeadlines(c, { today: filter.today, calendar });
      if (memo.size >= MEMO_MAX) memo.clear();
      memo.set(facts, deadlines);
    }
    for (const deadline of deadlines) {
      if (deadline.date < filter.from || deadline.date > filter.to) continue;
      if (deadline.status === 'not_applicable') continue;
      if (deadline.status === 'done' && !filter.includeDone) continue;
      due.push({
        caseId: c.id,
        reference: c.reference,
        state: c.state,
        assigneeId: c.assigneeId,
        assigneeName: c.assigneeName,
        localAuthorityName: c.localAuthorityName,
        deadline,
      });
    }
  }
  return due.sort(
    (a, b) =>
      a.deadline.date.localeCompare(b.deadline.date) || a.reference.localeCompare(b.reference),
  );
}
