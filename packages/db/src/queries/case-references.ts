import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { queryRows } from '../raw-sql';

export const CASE_REFERENCE_PREFIX = 'MED';
export const CASE_REFERENCE_PATTERN = /^MED-\d{4}-\d{4,}$/i;

/**
 * The next reference for the year, e.g. `MED-2026-0042`. One upsert takes the row lock on the
 * year's counter, so two concurrent callers on PostgreSQL can never get the same number; call it
 * inside the transaction that inserts the case so a rollback does not leave the number used.
 * (A rolled-back number is skipped, never reused.)
 */
export async function allocateCaseReference(db: Db, now: Date): Promise<string> {
  const year = now.getUTCFullYear();
  const [row] = await queryRows<{ last: number }>(
    db,
    sql`insert into case_reference_counters (year, last) values (${year}, 1)
        on conflict (year) do update set last = case_reference_counters.last + 1
        returning last`,
  );
  return formatCaseReference(year, Number(row!.last));
}

export function formatCaseReference(year: number, n: number): string {
  return `${CASE_REFERENCE_PREFIX}-${year}-${String(n).padStart(4, '0')}`;
}
