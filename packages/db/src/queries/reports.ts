import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { queryRows } from '../raw-sql';

export interface ReportPeriod {
  /** Inclusive start instant. */
  from: Date;
  /** Exclusive end instant. */
  to: Date;
}

/** Narrows a report to one council's cases (the local authority on each case). */
export interface ReportScope {
  localAuthorityId?: string;
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
  /** Cases per council: opened and concluded in the period, and open now. */
  byLocalAuthority: CouncilCaseCounts[];
}

export interface CouncilCaseCounts {
  /** Null for cases with no council recorded. */
  localAuthorityId: string | null;
  name: string | null;
  opened: number;
  concluded: number;
  openNow: number;
}

const num = (v: unknown) => Number(v ?? 0);

/**
 * Aggregates for the reports page (counts only: no personal data leaves here). With a council in
 * `scope`, every case figure (and certificates, held mediations and callback requests) counts
 * only that council's cases; chat figures are not recorded per council and stay service-wide.
 */
export async function serviceReport(
  db: Db,
  period: ReportPeriod,
  scope: ReportScope = {},
): Promise<ServiceReport> {
  const la = scope.localAuthorityId;
  /** `and <col> = <council>` when the report is for one council. */
  const ofCouncil = (col: string) => (la ? sql` and ${sql.raw(col)} = ${la}::uuid` : sql``);
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
      (select count(*) from cases where ${inPeriod('created_at')}${ofCouncil('local_authority_id')}) as opened,
      (select count(*) from cases where ${inPeriod('concluded_at')}${ofCouncil('local_authority_id')}) as concluded,
      (select count(*) from cases where ${inPeriod('created_at')}
         and (health_issues or social_care_issues)${ofCouncil('local_authority_id')}) as health_social,
      (select count(*) from cases where mediation_ended_date >= ${fromDate}::date
         and mediation_ended_date < ${toDate}::date${ofCouncil('local_authority_id')}) as held,
      (select count(*) from conversations c where ${inPeriod('created_at')}
        and (exists (select 1 from messages m where m.conversation_id = c.id)
          or c.case_id is not null)) as conversations,
      (select count(*) from messages where role = 'visitor' and ${inPeriod('created_at')}) as questions,
      (select count(*) from messages where role = 'assistant' and answered and ${inPeriod('created_at')}) as answered,
      (select count(*) from message_feedback where rating = 'up' and ${inPeriod('created_at')}) as up,
      (select count(*) from message_feedback where rating = 'down' and ${inPeriod('created_at')}) as down,
      (select count(*) from callback_requests where ${inPeriod('created_at')}${ofCouncil('local_authority_id')}) as callbacks`,
  );
  const [
    openedByTrack,
    openedByChannel,
    openedByLocalAuthority,
    concludedByOutcome,
    openByState,
    certificatesByType,
    byLocalAuthority,
  ] = await Promise.all([
    countBy(
      sql`select track as key, count(*) as count from cases where ${inPeriod('created_at')}${ofCouncil('local_authority_id')} group by 1 order by 2 desc`,
    ),
    countBy(
      sql`select contact_channel as key, count(*) as count from cases where ${inPeriod('created_at')}${ofCouncil('local_authority_id')} group by 1 order by 2 desc`,
    ),
    countBy(sql`select c.local_authority_id::text as key, la.name as label, count(*) as count
        from cases c left join local_authorities la on la.id = c.local_authority_id
        where ${inPeriod('c.created_at')}${ofCouncil('c.local_authority_id')} group by 1, 2 order by 3 desc`),
    countBy(
      sql`select outcome as key, count(*) as count from cases where ${inPeriod('concluded_at')}${ofCouncil('local_authority_id')} group by 1 order by 2 desc`,
    ),
    countBy(
      sql`select state as key, count(*) as count from cases where state not in ('closed', 'withdrawn')${ofCouncil('local_authority_id')} group by 1 order by 2 desc`,
    ),
    countBy(sql`select t.type as key, count(*) as count from certificates t
        join cases c on c.id = t.case_id
        where t.issued_on >= ${fromDate}::date and t.issued_on < ${toDate}::date${ofCouncil('c.local_authority_id')}
        group by 1 order by 2 desc`),
    // One row per council with any case opened or concluded in the period, or open now.
    queryRows<Record<string, unknown>>(
      db,
      sql`select c.local_authority_id::text as id, la.name as name,
          count(*) filter (where ${inPeriod('c.created_at')}) as opened,
          count(*) filter (where ${inPeriod('c.concluded_at')}) as concluded,
          count(*) filter (where c.state not in ('closed', 'withdrawn')) as open_now
        from cases c left join local_authorities la on la.id = c.local_authority_id
        where (${inPeriod('c.created_at')} or ${inPeriod('c.concluded_at')}
          or c.state not in ('closed', 'withdrawn'))${ofCouncil('c.local_authority_id')}
        group by 1, 2 order by la.name nulls last`,
    ).then((rows) =>
      rows.map((r): CouncilCaseCounts => ({
        localAuthorityId: (r.id as string | null) ?? null,
        name: (r.name as string | null) ?? null,
        opened: num(r.opened),
        concluded: num(r.concluded),
        openNow: num(r.open_now),
      })),
    ),
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
    byLocalAuthority,
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
