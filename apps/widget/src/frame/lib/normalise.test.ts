// Contract tests: the shapes come from @sen/rules itself (as the API sends them), so a change
// there that the widget cannot show fails here.
import { adviserContactDeadline, appealDeadline, nextStep, type DeadlineResult } from '@sen/rules';
import { describe, expect, it } from 'vitest';
import { normaliseCitations, normaliseDeadlines, normaliseTriage } from './normalise';

const overTheWire = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('normaliseTriage', () => {
  it('reads the first question of the route flow', () => {
    const step = normaliseTriage(overTheWire(nextStep({})));
    expect(step?.type).toBe('question');
    if (step?.type !== 'question') return;
    expect(step.question.id).toBe('age');
    expect(step.question.text).toMatch(/\w/);
    expect(step.question.multiple).toBe(false);
    expect(step.question.options.length).toBeGreaterThan(1);
    expect(step.question.options.every((o) => o.value && o.label)).toBe(true);
  });

  it('reads a question where several answers may be chosen', () => {
    const step = normaliseTriage(
      overTheWire(nextStep({ age: 'child', about: 'ehc_decision', decision: 'plan_contents' })),
    );
    expect(step).toMatchObject({ type: 'question', question: { id: 'sections', multiple: true } });
  });

  it('reads a route with its reasons, next steps and sources', () => {
    const step = normaliseTriage(
      overTheWire(
        nextStep({
          age: 'child',
          about: 'ehc_decision',
          decision: 'plan_contents',
          sections: ['plan_provision_f'],
        }),
      ),
    );
    expect(step?.type).toBe('result');
    if (step?.type !== 'result') return;
    expect(step.result.title).toMatch(/\w/);
    expect(step.result.summary.length).toBeGreaterThan(0);
    expect(step.result.reasons.length).toBeGreaterThan(0);
    expect(step.result.nextSteps.length).toBeGreaterThan(0);
    expect(step.result.sources[0]).toMatchObject({
      cite: expect.any(String),
      url: expect.stringMatching(/^https:/),
    });
  });

  it('refuses what it cannot show', () => {
    expect(normaliseTriage(null)).toBeNull();
    expect(
      normaliseTriage({ type: 'question', question: { id: 'x', text: 'y', options: [] } }),
    ).toBeNull();
    expect(normaliseTriage({ type: 'result' })).toBeNull();
  });
});

describe('normaliseDeadlines', () => {
  const wire = (label: string, r: DeadlineResult) =>
    overTheWire({
      label,
      rule: r.rule,
      date: r.date,
      dateText: r.dateText,
      explanation: r.explanation,
      steps: r.steps,
      warnings: r.warnings.map((w) => w.message),
      source: r.source,
      byFivePm: r.byFivePm,
    });

  it('reads the API’s results, steps and the 5pm rule', () => {
    const appeal = appealDeadline({ decisionDate: '2026-03-03' });
    const adviser = adviserContactDeadline({ decisionDate: '2026-03-03' });
    const items = normaliseDeadlines({
      results: [
        wire('Contact a mediation adviser by', adviser),
        wire('Appeal to the SEND Tribunal by', appeal),
      ],
    });
    expect(items).toHaveLength(2);
    expect(items[1]).toMatchObject({
      label: 'Appeal to the SEND Tribunal by',
      date: appeal.date,
      dateText: appeal.dateText,
      byFivePm: true,
      source: appeal.source,
    });
    expect(items[1]!.steps).toEqual(appeal.steps);
    expect(items[0]!.byFivePm).toBe(false);
  });

  it('drops items without a proper date', () => {
    expect(normaliseDeadlines({ results: [{ label: 'x', date: 'soon' }] })).toEqual([]);
    expect(normaliseDeadlines('nope')).toEqual([]);
  });
});

describe('normaliseCitations', () => {
  it('keeps quote, title, url and as-of date; drops unsafe links and empty quotes', () => {
    expect(
      normaliseCitations([
        {
          title: 'Mediation',
          quote: 'Mediation is free.',
          url: 'https://example.org/m',
          asOf: '2026-01-05',
        },
        { title: 'Bad link', quote: 'Q', url: 'javascript:alert(1)' },
        { title: 'No quote', quote: '' },
      ]),
    ).toEqual([
      {
        title: 'Mediation',
        quote: 'Mediation is free.',
        url: 'https://example.org/m',
        asOf: '2026-01-05',
      },
      { title: 'Bad link', quote: 'Q', url: '', asOf: '' },
    ]);
  });
});
