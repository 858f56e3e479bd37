// Deadlines worked out in the browser as staff type, with @sen/rules: the same functions the API
// uses, so what the phone-intake form shows is what the case page will show once saved.
import {
  type CalendarOverrides,
  type CaseDeadline,
  type CaseFacts,
  certificateNeeded,
  computeCaseDeadlines,
} from '@sen/rules';

export interface LiveDeadlines {
  deadlines: CaseDeadline[];
  /** A sentence when the facts cannot be worked out yet (a date out of range). */
  problem: string | null;
}

export function liveDeadlines(
  facts: CaseFacts,
  today: string,
  calendar?: CalendarOverrides,
): LiveDeadlines {
  try {
    const all = computeCaseDeadlines(facts, { today, calendar });
    return { deadlines: all.filter((d) => d.status !== 'not_applicable'), problem: null };
  } catch (e) {
    return { deadlines: [], problem: e instanceof Error ? e.message : String(e) };
  }
}

export function certificateVerdict(
  facts: Pick<CaseFacts, 'appealMatters' | 'disabilityDiscrimination'>,
) {
  try {
    return certificateNeeded({
      appealMatters: facts.appealMatters,
      disabilityDiscrimination: facts.disabilityDiscrimination,
    });
  } catch {
    return null;
  }
}

/** How urgent a deadline looks, for the badge beside it. */
export function deadlineTone(status: CaseDeadline['status']): 'danger' | 'warn' | 'ok' | 'info' {
  switch (status) {
    case 'overdue':
      return 'danger';
    case 'due_soon':
      return 'warn';
    case 'done':
      return 'ok';
    default:
      return 'info';
  }
}

export const STATUS_LABELS: Record<CaseDeadline['status'], string> = {
  upcoming: 'Upcoming',
  due_soon: 'Due soon',
  overdue: 'Overdue',
  done: 'Done',
  not_applicable: 'No longer applies',
};
