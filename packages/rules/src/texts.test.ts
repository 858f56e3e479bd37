import { describe, expect, it } from 'vitest';
import { addCalendarDays, formatDate } from './dates';
import { adviserContactDeadline, appealDeadline } from './deadlines';
import { QUESTIONS, nextStep, type Answers } from './route-flow';
import { RULE_TEXTS, renderTemplate, type Template } from './texts';
import { certificateNeeded, whoArrangesMediation } from './tracks';

/** English with the rules' own long dates: must be the sentence the rules wrote. */
const english = (t: Template) => renderTemplate(t, {}, formatDate);

/** Every key a template uses, nested ones included. */
function keysOf(t: Template): string[] {
  const nested = Object.values(t.params ?? {}).flatMap((p) =>
    typeof p === 'object'
      ? 'text' in p
        ? keysOf(p.text)
        : 'list' in p
          ? p.list.flatMap(keysOf)
          : []
      : [],
  );
  return [t.key, ...nested];
}

describe('explanation templates', () => {
  it('write out, in English, exactly the sentences the rules return', () => {
    // Every day of 2025-2026 as a decision date, with and without a certificate a month later
    // and a school-only appeal: Christmas, August, weekends and bank holidays all come up.
    for (let i = 0; i < 730; i += 1) {
      const decisionDate = addCalendarDays('2025-01-01', i);
      const certificateDate = addCalendarDays(decisionDate, 20 + (i % 60));
      for (const input of [
        { decisionDate, today: '2026-03-02' },
        { decisionDate, certificateDate, today: addCalendarDays(decisionDate, 61) },
        { decisionDate, certificateDate, placementOnly: true },
        { decisionDate, certificateDate: addCalendarDays(decisionDate, -3) },
      ]) {
        for (const result of [adviserContactDeadline(input), appealDeadline(input)]) {
          expect(result.stepTemplates!.map(english)).toEqual(result.steps);
          expect(result.warningTemplates!.map(english)).toEqual(
            result.warnings.map((w) => w.message),
          );
        }
      }
    }
  });

  it('give every route question, option and result in English as before', () => {
    for (const q of Object.values(QUESTIONS)) {
      expect(RULE_TEXTS[q.textKey]).toBe(q.text);
      if (q.help) expect(RULE_TEXTS[q.helpKey!]).toBe(q.help);
      for (const o of q.options) expect(RULE_TEXTS[o.labelKey]).toBe(o.label);
    }
    const paths: Answers[] = [
      { age: 'over_25' },
      { age: 'child', about: 'not_sure' },
      { age: 'child', about: 'support' },
      { age: 'child', about: 'disability_discrimination' },
      { age: 'child', about: 'plan_health_social_care', care: 'health' },
      { age: 'child', about: 'plan_health_social_care', care: 'both' },
      { age: 'child', about: 'ehc_decision', decision: 'none' },
      { age: 'child', about: 'ehc_decision', decision: 'cease_plan' },
      {
        age: 'child',
        about: 'ehc_decision',
        decision: 'plan_contents',
        sections: ['plan_placement_i', 'health'],
      },
      {
        age: 'child',
        about: 'ehc_decision',
        decision: 'plan_contents',
        sections: ['plan_needs_b', 'plan_provision_f', 'social_care'],
      },
      { age: 'child', about: 'ehc_decision', decision: 'plan_contents', sections: ['health'] },
    ];
    for (const answers of paths) {
      const step = nextStep(answers);
      if (step.type !== 'result') throw new Error('expected a result');
      const { route } = step;
      expect(english(route.templates.title)).toBe(route.title);
      expect(english(route.templates.summary)).toBe(route.summary);
      expect(route.templates.reasons.map(english)).toEqual(route.reasons);
      expect(route.templates.nextSteps.map(english)).toEqual(route.nextSteps);
    }
    const r1 = certificateNeeded({
      appealMatters: ['cease_plan', 'plan_needs_b'],
      disabilityDiscrimination: true,
    });
    expect(r1.stepTemplates.map(english)).toEqual(r1.steps);
    const r6 = whoArrangesMediation({ healthIssues: true });
    expect(r6.stepTemplates.map(english)).toEqual(r6.steps);
  });

  it('use only keys that have English text', () => {
    const result = appealDeadline({ decisionDate: '2025-10-27', certificateDate: '2025-11-30' });
    const route = nextStep({
      age: 'child',
      about: 'ehc_decision',
      decision: 'plan_contents',
      sections: ['plan_needs_b', 'health'],
    });
    if (route.type !== 'result') throw new Error('expected a result');
    const used = [
      ...result.stepTemplates!.flatMap(keysOf),
      ...Object.values(route.route.templates).flat().flatMap(keysOf),
    ];
    for (const key of used) expect(RULE_TEXTS, key).toHaveProperty([key]);
  });

  it('render with a translation, its own date format and a nested reason', () => {
    const texts = {
      'r13.notWorkingDay': '{date}: kein Arbeitstag ({reason}).',
      'reason.sunday': 'Sonntag',
    };
    const rendered = renderTemplate(
      {
        key: 'r13.notWorkingDay',
        params: { date: { date: '2025-05-04' }, reason: { text: { key: 'reason.sunday' } } },
      },
      texts,
      (iso) => iso.split('-').reverse().join('.'),
    );
    expect(rendered).toBe('04.05.2025: kein Arbeitstag (Sonntag).');
    // Numbers, plain text and unknown placeholders (left visible so they get noticed).
    expect(
      renderTemplate(
        { key: 'r1.includes', params: { matters: 3 } },
        { 'r1.includes': '{matters} {other}' },
        String,
      ),
    ).toBe('3 {other}');
    expect(
      renderTemplate({ key: 'reason.bankHoliday', params: { name: 'Easter Monday' } }, {}, String),
    ).toBe('a bank holiday (Easter Monday)');
    // A key the translation lacks falls back to English.
    expect(renderTemplate({ key: 'reason.saturday' }, texts, String)).toBe('a Saturday');
  });
});
