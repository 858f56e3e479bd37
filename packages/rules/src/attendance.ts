// R9 (who may attend mediation) and R10 (finding out the child's views).
import { RulesInputError } from './errors';
import { readObject } from './inputs';
import { type Explained } from './tracks';
import { sources } from './sources';

export const ATTENDEE_ROLES = [
  'parent_or_young_person',
  'council_or_health_body',
  'supporter_or_advocate',
  'child',
  'other',
] as const;
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number];

export interface AttendanceInput {
  role: AttendeeRole;
  /** Whether the parent (rather than a young person) is the party: only then can the child come. */
  partyIsParent?: boolean;
  parentAgrees?: boolean;
  mediatorAgrees?: boolean;
  /** Every party consents (for `other`). */
  allPartiesAgree?: boolean;
  /** For council or health body staff: they can make decisions to settle the disagreement. */
  canSettle?: boolean;
}

export interface AttendanceResult extends Explained {
  rule: 'R9';
  /** True when the person may attend now, with what has been agreed so far. */
  mayAttend: boolean;
  /** What is still needed before they may attend (empty when nothing is). */
  stillNeeded: string[];
}

function result(mayAttend: boolean, stillNeeded: string[], steps: string[]): AttendanceResult {
  const cited = sources('regs-37', 'regs-38');
  return {
    rule: 'R9',
    mayAttend,
    stillNeeded,
    explanation: steps.join(' '),
    steps,
    source: cited.map((s) => s.cite).join('; '),
    sources: cited,
  };
}

/** R9: may this person attend the mediation? (Regs 37(1), 38) */
export function mayAttendMediation(input: AttendanceInput): AttendanceResult {
  const o = readObject(input, 'mayAttendMediation') as Partial<AttendanceInput>;
  switch (o.role) {
    case 'parent_or_young_person':
      return result(true, [], ['The parent or young person is a party, so they may attend.']);
    case 'supporter_or_advocate':
      return result(
        true,
        [],
        [
          'The parent or young person may bring a supporter or advocate. Nobody else has to agree.',
          'The supporter can be a friend, a volunteer or a lawyer.',
        ],
      );
    case 'council_or_health_body':
      return o.canSettle === false
        ? result(
            false,
            ['someone who can make decisions to settle the disagreement'],
            [
              'The council and the health body are parties, but whoever attends for them must be able to make decisions to settle the disagreement.',
              'This person cannot, so someone who can must attend.',
            ],
          )
        : result(
            true,
            [],
            [
              'The council and the health body are parties.',
              'Whoever attends for them must be able to make decisions to settle the disagreement.',
            ],
          );
    case 'child': {
      if (o.partyIsParent === false) {
        return result(
          false,
          ['a parent to be the party'],
          [
            'A young person takes part as the party themself. The rule about a child attending applies when a parent is the party.',
          ],
        );
      }
      const needed = [
        ...(o.parentAgrees === true ? [] : ['the parent’s agreement']),
        ...(o.mediatorAgrees === true ? [] : ['the mediator’s agreement']),
      ];
      return result(needed.length === 0, needed, [
        'The child may attend if the parent and the mediator both agree.',
        needed.length === 0 ? 'Both have agreed.' : `Still needed: ${needed.join(' and ')}.`,
      ]);
    }
    case 'other': {
      const ok = o.allPartiesAgree === true || o.mediatorAgrees === true;
      return result(ok, ok ? [] : ['the agreement of all parties, or of the mediator'], [
        'Anyone else may attend if all the parties agree. If the parties do not all agree, the mediator decides.',
        ok ? 'That agreement has been given.' : 'That agreement has not been given yet.',
      ]);
    }
    default:
      throw new RulesInputError('role', `role must be one of: ${ATTENDEE_ROLES.join(', ')}.`);
  }
}

export interface ChildViewsResult extends Explained {
  rule: 'R10';
  /** True when the mediator must take reasonable steps to find out the child's views. */
  mediatorMustSeekViews: boolean;
}

/** R10: where a parent is the party, the mediator must try to find out the child's views. */
export function childViewsRequired(input: { party: 'parent' | 'young_person' }): ChildViewsResult {
  const o = readObject(input, 'childViewsRequired');
  if (o['party'] !== 'parent' && o['party'] !== 'young_person') {
    throw new RulesInputError('party', 'party must be "parent" or "young_person".');
  }
  const required = o['party'] === 'parent';
  const steps = required
    ? [
        'A parent is taking part for their child.',
        'The mediator must take reasonable steps to find out what the child thinks and wants.',
      ]
    : ['The young person is taking part themself, so they give their own views.'];
  const cited = sources('regs-38');
  return {
    rule: 'R10',
    mediatorMustSeekViews: required,
    explanation: steps.join(' '),
    steps,
    source: cited.map((s) => s.cite).join('; '),
    sources: cited,
  };
}
