// How fast @sen/rules works out deadlines, against a baseline measured in the same run: a bare
// JS Date "2 months later, skip weekends" with no holidays and no explanation. The console
// recomputes every case's deadlines on each read, so this bounds the cost of a case list.
import {
  type CaseFacts,
  addWorkingDays,
  appealDeadline,
  computeCaseDeadlines,
  emptyCaseFacts,
  nextStep,
} from '@sen/rules';

const DAY = 86_400_000;
const start = Date.UTC(2024, 0, 1);
const dates = Array.from({ length: 2_000 }, (_, i) =>
  new Date(start + ((i * 7919) % 2_500) * DAY).toISOString().slice(0, 10),
);

function baseline(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 2);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const facts: CaseFacts[] = dates.map((d, i) => ({
  ...emptyCaseFacts(),
  state: 'mediation_arranged',
  decisionDate: d,
  firstContactDate: d,
  laNotifiedDate: d,
  mediationDate: addWorkingDays(d, 15),
  healthIssues: i % 3 === 0,
  appealMatters: ['plan_provision_f'],
}));

function measure(name: string, fn: (i: number) => unknown, minMs = 400): number {
  for (let i = 0; i < 2_000; i += 1) fn(i); // warm up
  let n = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 1_000; i += 1) fn(n + i);
    n += 1_000;
    elapsed = performance.now() - t0;
  }
  const perCallUs = (elapsed * 1_000) / n;
  console.log(`${name.padEnd(44)} ${perCallUs.toFixed(2).padStart(8)} µs/call`);
  return perCallUs;
}

const base = measure('baseline: Date + 2 months, skip weekends', (i) =>
  baseline(dates[i % dates.length]!),
);
const appeal = measure('appealDeadline (with explanation)', (i) =>
  appealDeadline({ decisionDate: dates[i % dates.length]! }),
);
const caseDeadlines = measure('computeCaseDeadlines (5 deadlines)', (i) =>
  computeCaseDeadlines(facts[i % facts.length]!, { today: '2025-06-01' }),
);
const route = measure('nextStep (full route, 4 answers)', () =>
  nextStep({
    age: 'child',
    about: 'ehc_decision',
    decision: 'plan_contents',
    sections: ['plan_provision_f'],
  }),
);

console.log(`\nappealDeadline / baseline: ${(appeal / base).toFixed(1)}x`);
console.log(`computeCaseDeadlines / baseline: ${(caseDeadlines / base).toFixed(1)}x`);
console.log(`nextStep / baseline: ${(route / base).toFixed(1)}x`);
const list = 50 * caseDeadlines;
console.log(
  `A 50-case console page: ${(list / 1_000).toFixed(2)} ms of deadline work (goal < 20 ms): ${list < 20_000 ? 'met' : 'MISSED'}`,
);
