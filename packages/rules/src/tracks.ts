// R1 (is a certificate needed before an appeal?) and R6 (who arranges the mediation?).
import { APPEAL_MATTERS, type AppealMatter, PLACEMENT_ONLY_MATTERS } from './case-facts';
import { RulesInputError } from './errors';
import { readObject } from './inputs';
import { type Source, sources } from './sources';

export interface Explained {
  explanation: string;
  steps: string[];
  source: string;
  sources: Source[];
}

function explained(steps: string[], cited: Source[]): Explained {
  return {
    explanation: steps.join(' '),
    steps,
    source: cited.map((s) => s.cite).join('; '),
    sources: cited,
  };
}

/** Plain-English names of the appealable decisions, for lists and explanations. */
export const APPEAL_MATTER_LABELS: Readonly<Record<AppealMatter, string>> = {
  refusal_to_assess: 'the council will not carry out an EHC needs assessment',
  no_plan_after_assessment: 'the council will not make an EHC plan after the assessment',
  plan_needs_b: 'the special educational needs described in the plan (section B)',
  plan_provision_f: 'the special educational support in the plan (section F)',
  plan_placement_i: 'the school or college named in the plan, or its type (section I)',
  no_placement_named: 'no school or college is named in the plan',
  refusal_to_reassess: 'the council will not carry out a new assessment',
  refusal_to_amend: 'the council will not change the plan after a review',
  cease_plan: 'the council wants to stop the plan',
};

export function readAppealMatters(value: unknown, field = 'appealMatters'): AppealMatter[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    throw new RulesInputError(field, `${field} must be a list of decisions.`);
  }
  for (const m of value) {
    if (!APPEAL_MATTERS.includes(m as AppealMatter)) {
      throw new RulesInputError(
        field,
        `"${String(m)}" is not a decision that can be appealed. Use one of: ${APPEAL_MATTERS.join(', ')}.`,
      );
    }
  }
  return value as AppealMatter[];
}

export interface CertificateNeededInput {
  /** The decisions being appealed (APPEAL_MATTERS). */
  appealMatters?: readonly string[];
  /** A disability discrimination claim (Equality Act), not an appeal under s.51. */
  disabilityDiscrimination?: boolean;
}

export interface CertificateNeededResult extends Explained {
  rule: 'R1';
  /** True when a mediation certificate is needed before appealing. */
  needed: boolean;
  /** True when at least one decision can be appealed to the SEND Tribunal. */
  appealable: boolean;
}

/** R1: is a mediation certificate needed before appealing? (CFA s.55(2)-(3)) */
export function certificateNeeded(input: CertificateNeededInput): CertificateNeededResult {
  const o = readObject(input, 'certificateNeeded');
  const matters = readAppealMatters(o['appealMatters']);
  const steps: string[] = [];
  if (o['disabilityDiscrimination'] === true) {
    steps.push(
      'A disability discrimination claim is made under the Equality Act, not as an appeal, so it needs no mediation certificate.',
    );
  }
  if (matters.length === 0) {
    steps.push('No decision that can be appealed to the SEND Tribunal was given.');
    return {
      rule: 'R1',
      needed: false,
      appealable: false,
      ...explained(steps, sources('cfa-s51', 'cfa-s55')),
    };
  }
  const others = matters.filter((m) => !PLACEMENT_ONLY_MATTERS.includes(m));
  if (others.length === 0) {
    steps.push(
      'The appeal is only about the school or college named in the plan, its type, or that none is named.',
      'For that, you do not need a mediation certificate. You can still choose mediation.',
    );
  } else {
    steps.push(
      `The appeal includes ${others.map((m) => APPEAL_MATTER_LABELS[m]).join('; ')}.`,
      'Before appealing this, you must contact a mediation adviser and get a mediation certificate, whether or not you then choose mediation.',
    );
  }
  return {
    rule: 'R1',
    needed: others.length > 0,
    appealable: true,
    ...explained(steps, sources('cfa-s51', 'cfa-s55')),
  };
}

export interface WhoArrangesInput {
  healthIssues?: boolean;
  educationIssues?: boolean;
  socialCareIssues?: boolean;
}

export interface WhoArrangesResult extends Explained {
  rule: 'R6';
  /** `la`: the local authority; `icb`: the integrated care board. */
  arranger: 'la' | 'icb';
  /** True when the health body must take part although the council arranges it. */
  healthBodyTakesPart: boolean;
}

/** R6: who arranges the mediation (CFA ss.53-54, Regs 35-36). */
export function whoArrangesMediation(input: WhoArrangesInput): WhoArrangesResult {
  const o = readObject(input, 'whoArrangesMediation');
  const health = o['healthIssues'] === true;
  const other = o['educationIssues'] === true || o['socialCareIssues'] === true;
  if (health && !other) {
    return {
      rule: 'R6',
      arranger: 'icb',
      healthBodyTakesPart: true,
      ...explained(
        [
          'The mediation is only about health care.',
          'The health body (the integrated care board) arranges it, within 30 days of being told.',
        ],
        sources('cfa-s52-54', 'regs-36'),
      ),
    };
  }
  const steps = health
    ? [
        'The mediation is about health care and other things.',
        'The council arranges it, and the health body (the integrated care board) must take part.',
        'The council must tell the health body within 3 working days.',
      ]
    : ['The mediation is about education or social care.', 'The council arranges it.'];
  return {
    rule: 'R6',
    arranger: 'la',
    healthBodyTakesPart: health,
    ...explained(steps, sources('cfa-s52-54', 'regs-35')),
  };
}
