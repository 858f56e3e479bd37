import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { queryRows } from '../raw-sql';

// Synthetic cases for benchmarks and load tests: made-up names, fixed seed, a realistic mix
// (old cases mostly concluded, open ones recent, 10% unassigned, two people per case).
const FIRST = [
  'Amara',
  'Ben',
  'Chloe',
  'Daniel',
  'Eve',
  'Farah',
  'George',
  'Hana',
  'Isaac',
  'Jade',
  'Kofi',
  'Leah',
  'Mohammed',
  'Nia',
  'Oliver',
  'Priya',
  'Quinn',
  'Rosa',
  'Sam',
  'Tariq',
  'Uma',
  'Victor',
  'Wen',
  'Yusuf',
  'Zara',
];
const LAST = [
  'Smith',
  'Jones',
  'Okonkwo',
  'Patel',
  'Williams',
  'Brown',
  'Khan',
  'Taylor',
  'Nowak',
  'Davies',
  'Evans',
  'Ahmed',
  'Wilson',
  'Thomas',
  'Roberts',
  'Johnson',
  'Lewis',
  'Walker',
  'Murphy',
  'Garcia',
  'Hughes',
  'Edwards',
  'Begum',
  'Clarke',
  'Mensah',
  'Kowalski',
  'Singh',
  'Osei',
  'Ali',
  'Hall',
  'Green',
  'Wood',
  'Young',
  'King',
  'Wright',
  'Scott',
  'Adams',
  'Baker',
  'Hill',
  'Moore',
];
const OPEN_STATES = [
  'enquiry',
  'information_given',
  'mediation_requested',
  'mediation_arranged',
  'mediation_held',
  'agreement',
  'no_agreement',
  'certificate_issued',
  'follow_up',
];

const arr = (xs: string[]) => sql.raw(`array[${xs.map((x) => `'${x}'`).join(',')}]`);

export interface GeneratedCases {
  cases: number;
  people: number;
  /** An open, assigned case to aim single-row and filtered queries at. */
  sample: { id: string; reference: string; assigneeId: string; localAuthorityId: string };
}

export async function generateSampleCases(
  db: Db,
  options: { cases: number },
): Promise<GeneratedCases> {
  const CASES = Math.trunc(options.cases);
  await db.execute(sql`select setseed(0.42)`);
  await db.execute(sql`insert into users (email, name, role, password_hash)
    select 'staff' || g || '@example.org', 'Staff ' || g, 'caseworker', 'x'
    from generate_series(1, 12) g`);
  await db.execute(sql`insert into local_authorities (name)
    select 'Authority ' || g from generate_series(1, 33) g`);
  // Old cases are mostly concluded; the last months hold the open ones, as in a real service.
  await db.execute(sql`
    with staff as (select array_agg(id order by email) ids from users),
         las as (select array_agg(id order by name) ids from local_authorities),
         base as (
           select g,
                  timestamptz '2021-01-01' + (g::float / ${CASES}) * interval '5 years 10 months'
                    + random() * interval '1 day' as created,
                  random() as r1, random() as r2, random() as r3
           from generate_series(1, ${CASES}) g),
         numbered as (
           select *, row_number() over (partition by extract(year from created) order by g) as n
           from base)
    insert into cases (reference, track, state, local_authority_id, assignee_id, contact_channel,
                       decision_date, first_contact_date, la_notified_date, mediation_date,
                       concluded_at, created_at, updated_at)
    select 'MED-' || extract(year from created)::int || '-' ||
             lpad(n::text, greatest(4, length(n::text)), '0'),
           case when r1 < 0.85 then 'mediation' else 'disagreement_resolution' end,
           st.state,
           las.ids[1 + floor(r2 * 33)::int],
           case when r3 < 0.1 then null else staff.ids[1 + floor(r3 * 12)::int] end,
           (${arr(['phone', 'email', 'web_form', 'widget_callback'])})[1 + floor(r1 * 4)::int],
           (created - (r2 * 40)::int * interval '1 day')::date,
           created::date,
           case when r3 < 0.6 then (created + interval '3 days')::date end,
           case when r3 < 0.5 then (created + interval '25 days')::date end,
           case when st.state in ('closed', 'withdrawn') then created + interval '90 days' end,
           created,
           created + r3 * interval '90 days'
    from numbered, staff, las,
      lateral (select case
        when created < timestamptz '2026-06-01' and r2 < 0.93 then (case when r1 < 0.9 then 'closed' else 'withdrawn' end)
        else (${arr(OPEN_STATES)})[1 + floor(r1 * ${OPEN_STATES.length})::int] end as state) st`);
  await db.execute(sql`
    insert into case_people (case_id, role, full_name, email, created_at, updated_at)
    select c.id, p.role,
           (${arr(FIRST)})[1 + floor(random() * ${FIRST.length})::int] || ' ' ||
           (${arr(LAST)})[1 + floor(random() * ${LAST.length})::int],
           case when p.role = 'parent_carer' then 'p' || substr(c.id::text, 1, 8) || '@example.org' end,
           c.created_at, c.created_at
    from cases c
    cross join lateral (select unnest(array['parent_carer', 'child']) as role) p`);
  await db.execute(sql`analyze`);
  const [counts] = await queryRows<{ cases: number; people: number }>(
    db,
    sql`select (select count(*)::int from cases) as cases, (select count(*)::int from case_people) as people`,
  );
  const [sample] = await queryRows<{
    id: string;
    reference: string;
    assignee_id: string;
    local_authority_id: string;
  }>(
    db,
    sql`select id, reference, assignee_id, local_authority_id from cases
        where assignee_id is not null and state not in ('closed', 'withdrawn')
        order by reference desc limit 1`,
  );
  if (!sample) throw new Error('No open assigned case was generated; use more cases');
  return {
    cases: Number(counts?.cases),
    people: Number(counts?.people),
    sample: {
      id: sample.id,
      reference: sample.reference,
      assigneeId: sample.assignee_id,
      localAuthorityId: sample.local_authority_id,
    },
  };
}
