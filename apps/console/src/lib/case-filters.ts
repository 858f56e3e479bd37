// The case list's filters: what the form holds, and the API input built from it. Search text is
// sent in the POST body only; it is never put in the URL.
import { STATES, TRACKS, type CaseState, type Track } from '@sen/rules';

export const DEADLINE_WINDOWS = {
  overdue: 'Overdue',
  '7': 'Due within 7 days',
  '30': 'Due within 30 days',
} as const;
export type DeadlineWindow = keyof typeof DEADLINE_WINDOWS;

export interface CaseFilterForm {
  q: string;
  state: string;
  track: string;
  localAuthorityId: string;
  assigneeId: string;
  deadline: string;
  /** Include closed and withdrawn cases. */
  includeClosed: boolean;
  /** '' (most recently updated first) or 'created' (newest cases first). */
  sort: string;
}

export const EMPTY_FILTERS: CaseFilterForm = {
  q: '',
  state: '',
  track: '',
  localAuthorityId: '',
  assigneeId: '',
  deadline: '',
  includeClosed: false,
  sort: '',
};

export interface CaseListInput {
  q?: string;
  state?: CaseState;
  track?: Track;
  localAuthorityId?: string;
  assigneeId?: string;
  deadlineWithin?: DeadlineWindow;
  open?: boolean;
  sort?: 'created';
  limit: number;
  cursor?: string;
  withTotal?: boolean;
}

export function filterProblem(f: CaseFilterForm): string | null {
  const q = f.q.trim();
  if (q && !/\d/.test(q) && q.length < 2)
    return 'Type at least 2 letters of a name, or part of a reference.';
  return null;
}

export function toListInput(
  f: CaseFilterForm,
  page: { limit?: number; cursor?: string } = {},
): CaseListInput {
  const input: CaseListInput = { limit: page.limit ?? 50 };
  const q = f.q.trim();
  if (q) input.q = q;
  if ((STATES as readonly string[]).includes(f.state)) input.state = f.state as CaseState;
  if ((TRACKS as readonly string[]).includes(f.track)) input.track = f.track as Track;
  if (f.localAuthorityId) input.localAuthorityId = f.localAuthorityId;
  if (f.assigneeId) input.assigneeId = f.assigneeId;
  if (f.deadline in DEADLINE_WINDOWS) input.deadlineWithin = f.deadline as DeadlineWindow;
  // A filter on a closed state shows closed cases whatever the checkbox says.
  if (!f.includeClosed && !input.state) input.open = true;
  if (f.sort === 'created') input.sort = 'created';
  if (page.cursor) input.cursor = page.cursor;
  else input.withTotal = true;
  return input;
}

/** "Showing 50 of 1,234 cases" for the live region above the table. */
export function resultsSummary(shown: number, total: number | undefined): string {
  const fmt = (n: number) => n.toLocaleString('en-GB');
  if (total === undefined) return `Showing ${fmt(shown)} case${shown === 1 ? '' : 's'}.`;
  if (total === 0) return 'No cases match.';
  return `Showing ${fmt(shown)} of ${fmt(total)} case${total === 1 ? '' : 's'}.`;
}

export function activeFilterCount(f: CaseFilterForm): number {
  return (
    (['state', 'track', 'localAuthorityId', 'assigneeId', 'deadline'] as const).filter(
      (k) => f[k] !== '',
    ).length + (f.includeClosed ? 1 : 0)
  );
}

/** The small-screen disclosure button's words: "Filters" or "Filters (2 active)". */
export function filtersToggleLabel(active: number): string {
  return active ? `Filters (${active} active)` : 'Filters';
}
