// What the case list's bulk "change state" offers, worked out from @sen/rules' lifecycle: every
// state some step leads to (never "certificate issued": each certificate is issued on its own
// case), with the facts any step into it needs, so the form asks for them once for all cases.
// Whether the move is allowed for each case is still decided by the API, case by case.
import {
  FACT_LABELS,
  STATE_LABELS,
  TRANSITIONS,
  TRACKS,
  type CaseState,
  type Transition,
} from '@sen/rules';

type FactName = Transition['needs'][number];

export interface BulkTarget {
  state: CaseState;
  label: string;
  needs: { name: FactName; label: string }[];
}

export function bulkTargets(): BulkTarget[] {
  const needs = new Map<CaseState, Set<FactName>>();
  for (const track of TRACKS) {
    for (const step of TRANSITIONS[track]) {
      if (step.to === 'certificate_issued') continue;
      const set = needs.get(step.to) ?? new Set<FactName>();
      for (const n of step.needs) set.add(n);
      needs.set(step.to, set);
    }
  }
  return [...needs]
    .map(([state, names]) => ({
      state,
      label: STATE_LABELS[state],
      needs: [...names].map((name) => ({ name, label: FACT_LABELS[name] })),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
}

export interface BulkResult {
  id: string;
  reference: string | null;
  ok: boolean;
  reason?: string;
}

/** "3 cases done; 2 not done." for the status line after an action. */
export function bulkSummary(results: readonly BulkResult[]): string {
  const done = results.filter((r) => r.ok).length;
  const refused = results.length - done;
  const cases = (n: number) => `${n} ${n === 1 ? 'case' : 'cases'}`;
  return refused === 0
    ? `${cases(done)} done.`
    : `${cases(done)} done; ${cases(refused)} not done (reasons below).`;
}
