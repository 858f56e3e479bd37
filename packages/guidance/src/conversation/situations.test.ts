import { describe, expect, it } from 'vitest';
import data from '../../data/situations.json';
import { situationReader, situations, SituationsFile } from './situations';

describe('situations read from a family’s story (data/situations.json)', () => {
  it('has a valid data file', () => {
    expect(() => SituationsFile.parse(data)).not.toThrow();
  });

  it('reads every example story in the data as its own situation', () => {
    const misread = data.situations.flatMap((s) =>
      s.examples
        .map((e) => ({ story: e, want: s.id, got: situations.read(e)?.id }))
        .filter((r) => r.got !== r.want),
    );
    expect(misread).toEqual([]);
  });

  // Stories written for this test, not in the data: the method must carry past its examples.
  it.each([
    ['We asked the LA for an EHC needs assessment and they said no last week', 'refusal_to_assess'],
    ['Got a letter today, they are going to cease his EHCP when he leaves year 11', 'cease_plan'],
    ['the nursery keeps ignoring what the SENCO agreed for my little girl', 'not_delivering'],
    [
      'I believe the school discriminated against him, they excluded him for his ADHD',
      'discrimination',
    ],
    ['the final EHCP has no speech and language therapy in section F', 'plan_contents'],
    // Section I with any other part needs a certificate: never read as the school alone.
    [
      'what about if we appeal the school they named and the physio in the plan',
      'placement_with_provision_named',
    ],
    ['I only disagree with the school they named, the rest of the plan is fine', 'placement'],
  ])('reads %j', (story, id) => expect(situations.read(story)?.id).toBe(id));

  it.each([
    'Is mediation free?',
    'What is your phone number?',
    'Can I bring my partner to the meeting?',
    'Can you help with a disagreement about his provision?',
    'The school has been really supportive this term',
    'what happens if I get overwhelmed in the meeting?',
  ])('reads no situation into %j', (m) => expect(situations.read(m)).toBeUndefined());

  // A child with no plan yet is the family's situation, not the council refusing to issue one.
  it.each([
    "if I ask you to help with the row with the academy about his support (he's got no plan), can the academy just refuse to take part?",
    'no plan, just SEN support, and the school wont let him have the reading sessions any more',
    'the head declined to meet us again, she is without a plan and falling behind',
  ])('does not read a refused plan into %j', (m) =>
    expect(situations.read(m)?.id).not.toBe('no_plan_after_assessment'),
  );

  it('refuses data that names a concept it does not define', () => {
    expect(() =>
      situationReader({
        concepts: { a: ['x'] },
        situations: [{ id: 's', all: [['a', 'missing']], route: {}, examples: ['x1', 'x2', 'x3'] }],
      }),
    ).toThrow(/unknown concept "missing"/);
  });
});
