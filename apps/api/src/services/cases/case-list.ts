// The case list with the one filter @sen/db's listCases cannot do itself: "has a deadline in
// this window", which needs the rules to compute deadlines. Those cases come from
// listDeadlinesDue; the other filters still apply through listCases.
import {
  listCases,
  listDeadlinesDue,
  type CaseListFilter,
  type CaseListItem,
  type Db,
  type DueDeadline,
} from '@sen/db';
import { addCalendarDays, type CalendarOverrides } from '@sen/rules';

export type DeadlineWindow = 'overdue' | '7' | '30';

/** The most cases one deadline-filtered answer lists (it is not paged). */
export const DEADLINE_LIST_CAP = 500;

export function deadlineWindow(window: DeadlineWindow, today: string) {
  if (window === 'overdue')
    return { from: addCalendarDays(today, -400), to: addCalendarDays(today, -1) };
  return { from: today, to: addCalendarDays(today, Number(window)) };
}

export interface CaseListAnswer {
  items: (CaseListItem & { nextDeadline: DueDeadline['deadline'] | null })[];
  nextCursor: string | null;
  total?: number;
}

export async function listCasesWithDeadlines(
  db: Db,
  filter: CaseListFilter,
  window: DeadlineWindow | undefined,
  rules: { today: string; calendar: CalendarOverrides },
): Promise<CaseListAnswer> {
  if (!window) {
    const page = await listCases(db, filter);
    return { ...page, items: page.items.map((i) => ({ ...i, nextDeadline: null })) };
  }
  const due = await listDeadlinesDue(db, {
    ...deadlineWindow(window, rules.today),
    today: rules.today,
    calendar: rules.calendar,
    ...(filter.assigneeId ? { assigneeId: filter.assigneeId } : {}),
  });
  const first = new Map<string, DueDeadline['deadline']>();
  for (const d of due) {
    if (window === 'overdue' && d.deadline.status !== 'overdue') continue;
    if (!first.has(d.caseId)) first.set(d.caseId, d.deadline);
  }
  const items: CaseListAnswer['items'] = [];
  let cursor: string | undefined;
  // Walk the filtered list (keyset pages) keeping the cases with a deadline in the window.
  do {
    const page = await listCases(db, { ...filter, limit: 200, withTotal: false, cursor });
    for (const item of page.items) {
      const deadline = first.get(item.id);
      if (deadline) items.push({ ...item, nextDeadline: deadline });
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < first.size && items.length < DEADLINE_LIST_CAP);
  items.sort((a, b) => a.nextDeadline!.date.localeCompare(b.nextDeadline!.date));
  const shown = items.slice(0, DEADLINE_LIST_CAP);
  return { items: shown, nextCursor: null, total: shown.length };
}
