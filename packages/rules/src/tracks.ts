// R1 (is a certificate needed before an appeal?) and R6 (who arranges the mediation?).
import { APPEAL_MATTERS, type AppealMatter, PLACEMENT_ONLY_MATTERS } from './case-facts';
import { RulesInputError } from './errors';
import { readObject } from './inputs';
import { type Source, sources } from './sources';
import { RULE_TEXTS, type Template, english, tpl } from './texts';

export interface Explained {
  explanation: string;
  steps: string[];
  /** `steps` as templates (texts.ts), where a front end shows them in other languages. */
  stepTemplates?: Template[];
  source: string;
  sources: Source[];
}

function explained(
  templates: Template[],
  cited: Source[],
): Explained & { stepTemplates: Template[] } {
  const steps = templates.map(english);
  return {
    explanation: steps.join(' '),
    steps,
    stepTemplates: templates,
    source: cited.map((s) => s.cite).join('; '),
    sources: cited,
  };
}

/** Plain-English names of the appealable decisions, for lists and explanations. */
export const APPEAL_MATTER_LABELS: Readonly<Record<AppealMatter, string>> = Object.fromEntries(
  APPEAL_MATTERS.map((m) => [m, RULE_TEXTS[`matter.${m}`]]),
) as Record<AppealMatter, string>;

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
  stepTemplates: Template[];
  /** True when a mediation certificate is needed before appealing. */
  needed: boolean;
  /** True when at least one decision can be appealed to the SEND Tribunal. */
  appealable: boolean;
}

/** R1: is a mediation certificate needed before appealing? (CFA s.55(2)-(3)) */
export function certificateNeeded(input: CertificateNeededInput): CertificateNeededResult {
  const o = readObject(input, 'certificateNeeded');
  const matters = readAppealMatters(o['appealMatters']);
  const steps: Template[] = [];
  if (o['disabilityDiscrimination'] === true) steps.push(tpl('r1.disabilityClaim'));
  if (matters.length === 0) {
    steps.push(tpl('r1.nothingAppealable'));
    return {
      rule: 'R1',
      needed: false,
      appealable: false,
      ...explained(steps, sources('cfa-s51', 'cfa-s55')),
    };
  }
  const others = matters.filter((m) => !PLACEMENT_ONLY_MATTERS.includes(m));
  if (others.length === 0) {
    steps.push(tpl('r1.placementOnly'), tpl('r1.placementOnlyNoCertificate'));
  } else {
    steps.push(
      tpl('r1.includes', { matters: { list: others.map((m) => tpl(`matter.${m}`)) } }),
      tpl('r1.certificateNeeded'),
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
  stepTemplates: Template[];
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
      ...explained([tpl('r6.healthOnly'), tpl('r6.icbArranges')], sources('cfa-s52-54', 'regs-36')),
    };
  }
  const steps = health
    ? [tpl('r6.healthAndOther'), tpl('r6.councilWithHealth'), tpl('r6.tellHealthBody')]
    : [tpl('r6.educationOrCare'), tpl('r6.councilArranges')];
  return {
    rule: 'R6',
    arranger: 'la',
    healthBodyTakesPart: health,
    ...explained(steps, sources('cfa-s52-54', 'regs-35')),
  };
}
