import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { queryRows } from '../raw-sql';

export interface ReportPeriod {
  /** Inclusive start instant. */
  from: Date;
  /** Exclusive end instant. */
  to: Date;
}

export interface CountBy {
  key: string | null;
  label?: string | null;
  count: number;
}

export interface ServiceReport {
  period: { from: string; to: string };
  casesOpened: number;
  casesConcluded: number;
  openedByTrack: CountBy[];
  openedByChannel: CountBy[];
  openedByLocalAuthority: CountBy[];
  concludedByOutcome: CountBy[];
  /** Open cases now, by state (not limited to the period). */
  openByState: CountBy[];
  mediationsHeld: number;
  certificatesByType: CountBy[];
  /** Cases with health or social care matters among those opened. */
  healthOrSocialCare: number;
  conversations: number;
  questions: number;
  answered: number;
  feedbackUp: number;
  feedbackDown: number;
  callbacks: number;
}

const num = (v: unknown) => Number(v ?? 0);

/** Aggregates for the reports page (counts only: no personal data leaves here). */
export async function serviceReport(db: Db, period: ReportPeriod): Promise<ServiceReport> {
  const from = period.from.toISOString();
  const to = period.to.toISOString();
  const fromDate = from.slice(0, 10);
  const toDate = to.slice(0, 10);
  const inPeriod = (col: string) =>
    sql.raw(`${col} >= '${from}'::timestamptz and ${col} < '${to}'::timestamptz`);
  const countBy = (query: ReturnType<typeof sql>) =>
    queryRows<{ key: string | null; label?: string | null; count: number }>(db, query).then(
      (rows) => rows.map((r) => ({ ...r, count: num(r.count) })),
    );

  const [totals] = await queryRows<Record<string, unknown>>(
    db,
    sql`select
      (select count(*) from cases where ${inPeriod('created_at')}) as opened,
      (select count(*) from cases where ${inPeriod('concluded_at')}) as concluded,
      (select count(*) from cases where ${inPeriod('created_at')}
         and (health_issues or social_care_issues)) as health_social,
      (select count(*) from cases where mediation_ended_date >= ${fromDate}::date
         and mediation_ended_date < ${toDate}::date) as held,
      (select count(*) from conversations c where ${inPeriod('created_at')}
        and (exists (select 1 from messages m where m.conversation_id = c.id)
          or c.case_id is not null)) as conversations,
      (select count(*) from messages where role = 'visitor' and ${inPeriod('created_at')}) as questions,
      (select count(*) from messages where role = 'assistant' and answered and ${inPeriod('created_at')}) as answered,
      (select count(*) from message_feedback where rating = 'up' and ${inPeriod('created_at')}) as up,
      (select count(*) from message_feedback where rating = 'down' and ${inPeriod('created_at')}) as down,
      (select count(*) from callback_requests where ${inPeriod('created_at')}) as callbacks`,
  );
  const [
    openedByTrack,
    openedByChannel,
    openedByLocalAuthority,
    concludedByOutcome,
    openByState,
    certificatesByType,
  ] = await Promise.all([
    countBy(
      sql`select track as key, count(*) as count from cases where ${inPeriod('created_at')} group by 1 order by 2 desc`,
    ),
    countBy(
      sql`select contact_channel as key, count(*) as count from cases where ${inPeriod('created_at')} group by 1 order by 2 desc`,
    ),
    countBy(sql`select c.local_authority_id::text as key, la.name as label, count(*) as count
        from cases c left join local_authorities la on la.id = c.local_authority_id
        where ${inPeriod('c.created_at')} group by 1, 2 order by 3 desc`),
    countBy(
      sql`select outcome as key, count(*) as count from cases where ${inPeriod('concluded_at')} group by 1 order by 2 desc`,
    ),
    countBy(
      sql`select state as key, count(*) as count from cases where state not in ('closed', 'withdrawn') group by 1 order by 2 desc`,
    ),
    countBy(sql`select type as key, count(*) as count from certificates
        where issued_on >= ${fromDate}::date and issued_on < ${toDate}::date group by 1 order by 2 desc`),
  ]);
  return {
    period: { from, to },
    casesOpened: num(totals?.opened),
    casesConcluded: num(totals?.concluded),
    openedByTrack,
    openedByChannel,
    openedByLocalAuthority,
    concludedByOutcome,
    openByState,
    mediationsHeld: num(totals?.held),
    certificatesByType,
    healthOrSocialCare: num(totals?.health_social),
    conversations: num(totals?.conversations),
    questions: num(totals?.questions),
    answered: num(totals?.answered),
    feedbackUp: num(totals?.up),
    feedbackDown: num(totals?.down),
    callbacks: num(totals?.callbacks),
  };
}

export interface DashboardCounts {
  openCases: number;
  myOpenCases: number;
  unassignedOpenCases: number;
  newCallbacks: number;
  conversationsToday: number;
}

export async function dashboardCounts(
  db: Db,
  input: { userId: string; startOfToday: Date },
): Promise<DashboardCounts> {
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`select
      (select count(*) from cases where state not in ('closed', 'withdrawn')) as open,
      (select count(*) from cases where state not in ('closed', 'withdrawn') and assignee_id = ${input.userId}) as mine,
      (select count(*) from cases where state not in ('closed', 'withdrawn') and assignee_id is null) as unassigned,
      (select count(*) from callback_requests where status = 'new') as callbacks,
      (select count(*) from conversations c where created_at >= ${input.startOfToday.toISOString()}::timestamptz
        and (exists (select 1 from messages m where m.conversation_id = c.id)
          or c.case_id is not null)) as today`,
  );
  return {
    openCases: num(row?.open),
    myOpenCases: num(row?.mine),
    unassignedOpenCases: num(row?.unassigned),
    newCallbacks: num(row?.callbacks),
    conversationsToday: num(row?.today),
  };
}
