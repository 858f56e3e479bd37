import { describe, expect, it } from 'vitest';
import { type Answers, QUESTIONS, RulesInputError, firstQuestion, nextStep } from './index';

function route(answers: Answers) {
  const step = nextStep(answers);
  if (step.type !== 'result')
    throw new Error(`expected a result, got question ${step.question.id}`);
  return step.route;
}

describe('route flow', () => {
  it('starts with the age question, with options and help', () => {
    expect(firstQuestion().id).toBe('age');
    const step = nextStep({});
    expect(step).toEqual({ type: 'question', question: QUESTIONS.age, answered: [] });
  });

  it('asks one question at a time', () => {
    expect(nextStep({ age: 'child' })).toMatchObject({
      type: 'question',
      question: { id: 'about' },
      answered: ['age'],
    });
    expect(nextStep({ age: 'child', about: 'ehc_decision' })).toMatchObject({
      question: { id: 'decision' },
    });
    expect(
      nextStep({ age: 'child', about: 'ehc_decision', decision: 'plan_contents' }),
    ).toMatchObject({
      question: { id: 'sections', multiple: true },
    });
    expect(nextStep({ age: 'child', about: 'plan_health_social_care' })).toMatchObject({
      question: { id: 'care' },
    });
  });

  it('is out of scope at 25 or over', () => {
    const r = route({ age: 'over_25' });
    expect(r).toMatchObject({ outcome: 'out_of_scope', track: null, certificateNeeded: null });
    expect(r.sources[0]?.id).toBe('cfa-s83');
  });

  it('sends "not sure" to the local advice service', () => {
    expect(route({ age: 'child', about: 'not_sure' }).outcome).toBe('contact_iass');
  });

  it('routes support at school to disagreement resolution', () => {
    const r = route({ age: 'young_person', about: 'support' });
    expect(r).toMatchObject({
      outcome: 'disagreement_resolution',
      track: 'disagreement_resolution',
    });
    expect(r.sources[0]?.id).toBe('cfa-s57');
    expect(route({ age: 'child', about: 'ehc_decision', decision: 'none' }).outcome).toBe(
      'disagreement_resolution',
    );
  });

  it('routes disability discrimination to a claim with no certificate', () => {
    const r = route({ age: 'child', about: 'disability_discrimination' });
    expect(r).toMatchObject({ outcome: 'disability_claim', certificateNeeded: false });
    expect(r.reasons.join(' ')).toContain('6 months');
  });

  it('needs a certificate for a refusal to assess', () => {
    const r = route({ age: 'child', about: 'ehc_decision', decision: 'refusal_to_assess' });
    expect(r).toMatchObject({
      outcome: 'mediation',
      track: 'mediation',
      certificateNeeded: true,
      appealMatters: ['refusal_to_assess'],
      arranger: 'la',
    });
    expect(r.nextSteps.join(' ')).toContain('1 month after the certificate');
    expect(r.nextSteps.join(' ')).not.toMatch(/30 days (from|after) the certificate/);
    expect(r.sources.map((s) => s.id)).toEqual(
      expect.arrayContaining(['cfa-s55', 'regs-33', 'tribunal-r20']),
    );
  });

  it('needs no certificate for a school-only appeal', () => {
    const r = route({
      age: 'child',
      about: 'ehc_decision',
      decision: 'plan_contents',
      sections: ['plan_placement_i'],
    });
    expect(r).toMatchObject({ outcome: 'appeal_no_certificate', certificateNeeded: false });
    expect(r.summary).toContain('does not give you more time');
    const withHealth = route({
      age: 'child',
      about: 'ehc_decision',
      decision: 'plan_contents',
      sections: ['no_placement_named', 'health'],
    });
    expect(withHealth.reasons).toContain(
      'The health or social care parts can be included in the mediation.',
    );
  });

  it('needs a certificate when needs or provision are in the appeal, and the ICB takes part for health', () => {
    const r = route({
      age: 'child',
      about: 'ehc_decision',
      decision: 'plan_contents',
      sections: ['plan_placement_i', 'plan_provision_f', 'health', 'plan_provision_f'],
    });
    expect(r.certificateNeeded).toBe(true);
    expect(r.appealMatters).toEqual(['plan_placement_i', 'plan_provision_f']);
    expect(r.reasons.join(' ')).toContain(
      'the health body (the integrated care board) must take part',
    );
  });

  it('health or social care parts only: mediation, no appeal, right arranger', () => {
    expect(route({ age: 'child', about: 'plan_health_social_care', care: 'health' })).toMatchObject(
      {
        outcome: 'mediation',
        certificateNeeded: false,
        arranger: 'icb',
      },
    );
    expect(
      route({ age: 'child', about: 'plan_health_social_care', care: 'social_care' }).arranger,
    ).toBe('la');
    expect(route({ age: 'child', about: 'plan_health_social_care', care: 'both' }).arranger).toBe(
      'la',
    );
    expect(
      route({
        age: 'child',
        about: 'ehc_decision',
        decision: 'plan_contents',
        sections: ['health'],
      }).arranger,
    ).toBe('icb');
  });

  it('ignores answers to questions off the path (after going back)', () => {
    expect(route({ age: 'child', about: 'support', decision: 'cease_plan' }).outcome).toBe(
      'disagreement_resolution',
    );
  });

  it('rejects bad answers clearly', () => {
    expect(() => nextStep({ age: 'twelve' })).toThrow(RulesInputError);
    expect(() => nextStep({ age: 'twelve' })).toThrow(
      'The answer to "How old is the child or young person?" must be one of: child, young_person, over_25.',
    );
    expect(() => nextStep({ age: ['child', 'young_person'] })).toThrow(/must be one of/);
    expect(() => nextStep({ colour: 'blue' })).toThrow('"colour" is not a question in this flow.');
    expect(() =>
      nextStep({ age: 'child', about: 'ehc_decision', decision: 'plan_contents', sections: [] }),
    ).toThrow(/Choose at least one answer/);
    expect(() => nextStep(null as never)).toThrow(/answers must be an object/);
    expect(() => nextStep([] as never)).toThrow(/answers must be an object/);
    expect(() => nextStep({ toString: 'x' } as never)).toThrow(/not a question/);
  });

  it('every option of every question leads somewhere without error', () => {
    const walk = (answers: Answers, depth: number): number => {
      const step = nextStep(answers);
      if (step.type === 'result') {
        expect(step.route.title.length).toBeGreaterThan(5);
        expect(step.route.nextSteps.length).toBeGreaterThan(0);
        return 1;
      }
      expect(depth).toBeLessThan(6);
      let n = 0;
      for (const o of step.question.options)
        n += walk({ ...answers, [step.question.id]: o.value }, depth + 1);
      return n;
    };
    expect(walk({}, 0)).toBeGreaterThan(10);
  });
});
