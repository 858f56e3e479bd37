// The route finder as a question flow: the widget asks one question at a time, sends all the
// answers so far to nextStep, and gets either the next question or the route with its reasons.
// Questions and their order are data here, so the widget and the API cannot drift apart.
import type { AppealMatter, Track } from './case-facts';
import { RulesInputError } from './errors';
import { type Source, sources } from './sources';
import { RULE_TEXTS, type RuleTextKey, type Template, english, tpl } from './texts';
import { certificateNeeded, whoArrangesMediation } from './tracks';

export interface QuestionOption {
  value: string;
  label: string;
  /** `label`'s key in RULE_TEXTS, for front ends in other languages. */
  labelKey: RuleTextKey;
}

export interface Question {
  id: QuestionId;
  text: string;
  /** `text`'s key in RULE_TEXTS. */
  textKey: RuleTextKey;
  help?: string;
  helpKey?: RuleTextKey;
  /** True when more than one option may be chosen (answer is a list). */
  multiple?: boolean;
  options: QuestionOption[];
}

export type QuestionId = 'age' | 'about' | 'decision' | 'sections' | 'care';
export type Answers = Partial<Record<string, string | string[]>>;

export type RouteOutcome =
  | 'mediation'
  | 'appeal_no_certificate'
  | 'disagreement_resolution'
  | 'disability_claim'
  | 'contact_iass'
  | 'out_of_scope';

export interface RouteResult {
  outcome: RouteOutcome;
  /** The case track this leads to, or null when the service has no case to open. */
  track: Track | null;
  /** Whether a mediation certificate is needed before appealing; null when there is no appeal. */
  certificateNeeded: boolean | null;
  /** The decisions that can be appealed, from the answers. */
  appealMatters: AppealMatter[];
  /** For mediation: who arranges it (R6). */
  arranger: 'la' | 'icb' | null;
  title: string;
  summary: string;
  reasons: string[];
  sources: Source[];
  nextSteps: string[];
  /** title, summary, reasons and nextSteps as templates (texts.ts), for other languages. */
  templates: RouteTemplates;
}

export interface RouteTemplates {
  title: Template;
  summary: Template;
  reasons: Template[];
  nextSteps: Template[];
}

/** The words of a result, written out in English beside their templates. */
function words(templates: RouteTemplates) {
  return {
    title: english(templates.title),
    summary: english(templates.summary),
    reasons: templates.reasons.map(english),
    nextSteps: templates.nextSteps.map(english),
    templates,
  };
}

export type FlowStep =
  | { type: 'question'; question: Question; answered: QuestionId[] }
  | { type: 'result'; route: RouteResult; answered: QuestionId[] };

/** The options of each question, in order; their words are RULE_TEXTS `route.<id>.<value>`. */
const QUESTION_OPTIONS: Readonly<Record<QuestionId, readonly string[]>> = {
  age: ['child', 'young_person', 'over_25'],
  about: [
    'ehc_decision',
    'plan_health_social_care',
    'support',
    'disability_discrimination',
    'not_sure',
  ],
  decision: [
    'refusal_to_assess',
    'no_plan_after_assessment',
    'plan_contents',
    'refusal_to_reassess',
    'refusal_to_amend',
    'cease_plan',
    'none',
  ],
  sections: [
    'plan_needs_b',
    'plan_provision_f',
    'plan_placement_i',
    'no_placement_named',
    'health',
    'social_care',
  ],
  care: ['health', 'social_care', 'both'],
};

function question(id: QuestionId, multiple = false): Question {
  const texts = RULE_TEXTS as Record<string, string>;
  const helpKey = `route.${id}.help`;
  return {
    id,
    text: RULE_TEXTS[`route.${id}`],
    textKey: `route.${id}`,
    ...(helpKey in texts ? { help: texts[helpKey]!, helpKey: helpKey as RuleTextKey } : {}),
    ...(multiple ? { multiple } : {}),
    options: QUESTION_OPTIONS[id].map((value) => {
      const labelKey = `route.${id}.${value}` as RuleTextKey;
      return { value, label: RULE_TEXTS[labelKey], labelKey };
    }),
  };
}

export const QUESTIONS: Readonly<Record<QuestionId, Question>> = {
  age: question('age'),
  about: question('about'),
  decision: question('decision'),
  sections: question('sections', true),
  care: question('care'),
};

/** The first question of the flow. */
export function firstQuestion(): Question {
  return QUESTIONS.age;
}

function readAnswer(answers: Answers, id: QuestionId): string[] | null {
  const value = answers[id];
  if (value === undefined || value === null) return null;
  const q = QUESTIONS[id];
  const list = Array.isArray(value) ? value : [value];
  const allowed = q.options.map((o) => o.value);
  const bad = list.find((v) => !allowed.includes(v));
  if (bad !== undefined || list.length === 0 || (!q.multiple && list.length > 1)) {
    throw new RulesInputError(
      id,
      q.multiple
        ? `Choose at least one answer to "${q.text}" from: ${allowed.join(', ')}.`
        : `The answer to "${q.text}" must be one of: ${allowed.join(', ')}.`,
    );
  }
  return [...new Set(list)];
}

/** Given every answer so far, the next question to ask or the route. Unknown questions or bad answers throw. */
export function nextStep(answers: Answers): FlowStep {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    throw new RulesInputError('answers', 'answers must be an object of question ids and answers.');
  }
  for (const key of Object.keys(answers)) {
    if (!Object.hasOwn(QUESTIONS, key)) {
      throw new RulesInputError(key, `"${key}" is not a question in this flow.`);
    }
  }
  const answered: QuestionId[] = [];
  const ask = (id: QuestionId): string[] | FlowStep => {
    const a = readAnswer(answers, id);
    if (a === null) return { type: 'question', question: QUESTIONS[id], answered: [...answered] };
    answered.push(id);
    return a;
  };
  const done = (route: RouteResult): FlowStep => ({ type: 'result', route, answered });

  const age = ask('age');
  if (!Array.isArray(age)) return age;
  if (age[0] === 'over_25') return done(OUT_OF_SCOPE);
  const about = ask('about');
  if (!Array.isArray(about)) return about;
  switch (about[0]) {
    case 'not_sure':
      return done(CONTACT_IASS);
    case 'support':
      return done(disagreementResolution());
    case 'disability_discrimination':
      return done(DISABILITY_CLAIM);
    case 'plan_health_social_care': {
      const care = ask('care');
      if (!Array.isArray(care)) return care;
      return done(
        careOnly(
          care[0] === 'health' || care[0] === 'both',
          care[0] === 'social_care' || care[0] === 'both',
        ),
      );
    }
  }
  const decision = ask('decision');
  if (!Array.isArray(decision)) return decision;
  if (decision[0] === 'none') return done(disagreementResolution());
  if (decision[0] !== 'plan_contents')
    return done(appealRoute([decision[0] as AppealMatter], false, false));
  const sections = ask('sections');
  if (!Array.isArray(sections)) return sections;
  const matters = sections.filter((s) => s !== 'health' && s !== 'social_care') as AppealMatter[];
  const health = sections.includes('health');
  const social = sections.includes('social_care');
  return done(
    matters.length === 0 ? careOnly(health, social) : appealRoute(matters, health, social),
  );
}

const IASS = tpl('result.iass');

const OUT_OF_SCOPE: RouteResult = {
  outcome: 'out_of_scope',
  track: null,
  certificateNeeded: null,
  appealMatters: [],
  arranger: null,
  sources: sources('cfa-s83'),
  ...words({
    title: tpl('result.outOfScope.title'),
    summary: tpl('result.outOfScope.summary'),
    reasons: [tpl('result.outOfScope.reason')],
    nextSteps: [IASS, tpl('result.outOfScope.adultCare')],
  }),
};

const CONTACT_IASS: RouteResult = {
  outcome: 'contact_iass',
  track: null,
  certificateNeeded: null,
  appealMatters: [],
  arranger: null,
  sources: sources('cfa-s51', 'cfa-s57'),
  ...words({
    title: tpl('result.iassFirst.title'),
    summary: tpl('result.iassFirst.summary'),
    reasons: [tpl('result.iassFirst.reason')],
    nextSteps: [IASS, tpl('result.iassFirst.keepLetter'), tpl('result.iassFirst.askUs')],
  }),
};

const DISABILITY_CLAIM: RouteResult = {
  outcome: 'disability_claim',
  track: null,
  certificateNeeded: false,
  appealMatters: [],
  arranger: null,
  sources: sources('equality-act-sch17', 'cfa-s55'),
  ...words({
    title: tpl('result.disability.title'),
    summary: tpl('result.disability.summary'),
    reasons: [tpl('result.disability.reasonAct'), tpl('result.disability.reasonTime')],
    nextSteps: [
      tpl('result.disability.writeDown'),
      tpl('result.disability.within6Months'),
      tpl('result.disability.resolution'),
      IASS,
    ],
  }),
};

function disagreementResolution(): RouteResult {
  return {
    outcome: 'disagreement_resolution',
    track: 'disagreement_resolution',
    certificateNeeded: null,
    appealMatters: [],
    arranger: null,
    sources: sources('cfa-s57'),
    ...words({
      title: tpl('result.resolution.title'),
      summary: tpl('result.resolution.summary'),
      reasons: [tpl('result.resolution.reasonWhat'), tpl('result.resolution.reasonFree')],
      nextSteps: [tpl('result.resolution.askUs'), tpl('result.resolution.laterDecision')],
    }),
  };
}

function careOnly(health: boolean, social: boolean): RouteResult {
  const who = whoArrangesMediation({ healthIssues: health, socialCareIssues: social });
  return {
    outcome: 'mediation',
    track: 'mediation',
    certificateNeeded: false,
    appealMatters: [],
    arranger: who.arranger,
    sources: [...sources('cfa-s52-54'), ...who.sources.filter((s) => s.id !== 'cfa-s52-54')],
    ...words({
      title: tpl('result.careOnly.title'),
      summary: tpl('result.careOnly.summary'),
      reasons: [tpl('result.careOnly.reason'), ...who.stepTemplates],
      nextSteps: [tpl('result.careOnly.contact'), tpl('result.careOnly.tellParts')],
    }),
  };
}

function appealRoute(matters: AppealMatter[], health: boolean, social: boolean): RouteResult {
  const r1 = certificateNeeded({ appealMatters: matters });
  const who = whoArrangesMediation({
    healthIssues: health,
    socialCareIssues: social,
    educationIssues: true,
  });
  const care = health || social ? [tpl('result.careIncluded')] : [];
  if (!r1.needed) {
    return {
      outcome: 'appeal_no_certificate',
      track: 'mediation',
      certificateNeeded: false,
      appealMatters: matters,
      arranger: who.arranger,
      sources: [...r1.sources, ...sources('tribunal-r20')],
      ...words({
        title: tpl('result.noCertificate.title'),
        summary: tpl('result.noCertificate.summary'),
        reasons: [...r1.stepTemplates, ...care],
        nextSteps: [
          tpl('result.noCertificate.deadline'),
          tpl('result.noCertificate.mediationToo'),
          IASS,
        ],
      }),
    };
  }
  return {
    outcome: 'mediation',
    track: 'mediation',
    certificateNeeded: true,
    appealMatters: matters,
    arranger: who.arranger,
    sources: [...r1.sources, ...sources('regs-33', 'tribunal-r20')],
    ...words({
      title: tpl('result.mediation.title'),
      summary: tpl('result.mediation.summary'),
      reasons: [...r1.stepTemplates, ...care, ...who.stepTemplates],
      nextSteps: [
        tpl('result.mediation.findDate'),
        tpl('result.mediation.declined'),
        tpl('result.mediation.within30Days'),
        tpl('result.mediation.appealBy'),
      ],
    }),
  };
}
