// The route finder as a question flow: the widget asks one question at a time, sends all the
// answers so far to nextStep, and gets either the next question or the route with its reasons.
// Questions and their order are data here, so the widget and the API cannot drift apart.
import type { AppealMatter, Track } from './case-facts';
import { RulesInputError } from './errors';
import { type Source, sources } from './sources';
import { certificateNeeded, whoArrangesMediation } from './tracks';

export interface QuestionOption {
  value: string;
  label: string;
}

export interface Question {
  id: QuestionId;
  text: string;
  help?: string;
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
}

export type FlowStep =
  | { type: 'question'; question: Question; answered: QuestionId[] }
  | { type: 'result'; route: RouteResult; answered: QuestionId[] };

export const QUESTIONS: Readonly<Record<QuestionId, Question>> = {
  age: {
    id: 'age',
    text: 'How old is the child or young person?',
    help: 'School age ends on the last Friday in June of the school year in which they turn 16.',
    options: [
      { value: 'child', label: 'School age or younger' },
      { value: 'young_person', label: 'Over school age and under 25' },
      { value: 'over_25', label: '25 or older' },
    ],
  },
  about: {
    id: 'about',
    text: 'What is the disagreement about?',
    help: 'An EHC plan is an education, health and care plan. The council is the local authority.',
    options: [
      {
        value: 'ehc_decision',
        label: 'A council decision about an EHC needs assessment or an EHC plan',
      },
      {
        value: 'plan_health_social_care',
        label: 'Only the health or social care parts of an EHC plan',
      },
      {
        value: 'support',
        label:
          'The support from a school, nursery or college, or how the council or school does its job',
      },
      {
        value: 'disability_discrimination',
        label: 'A school treated the child unfairly because of disability',
      },
      { value: 'not_sure', label: 'I am not sure' },
    ],
  },
  decision: {
    id: 'decision',
    text: 'Which decision do you disagree with?',
    help: 'It is in the letter from the council. The date on that letter matters for deadlines.',
    options: [
      { value: 'refusal_to_assess', label: 'The council will not do an EHC needs assessment' },
      {
        value: 'no_plan_after_assessment',
        label: 'After the assessment, the council will not make a plan',
      },
      { value: 'plan_contents', label: 'What the EHC plan says (a new, changed or replaced plan)' },
      { value: 'refusal_to_reassess', label: 'The council will not do a new assessment' },
      { value: 'refusal_to_amend', label: 'After a review, the council will not change the plan' },
      { value: 'cease_plan', label: 'The council wants to stop the plan' },
      { value: 'none', label: 'There is no decision letter yet, or it is something else' },
    ],
  },
  sections: {
    id: 'sections',
    text: 'Which parts of the plan do you disagree with? Choose all that apply.',
    multiple: true,
    options: [
      { value: 'plan_needs_b', label: 'The needs it describes (section B)' },
      { value: 'plan_provision_f', label: 'The special educational support (section F)' },
      {
        value: 'plan_placement_i',
        label: 'The school or college named, or the type of school (section I)',
      },
      { value: 'no_placement_named', label: 'No school or college is named' },
      { value: 'health', label: 'The health care parts (sections C and G)' },
      { value: 'social_care', label: 'The social care parts (sections D and H)' },
    ],
  },
  care: {
    id: 'care',
    text: 'Which parts of the plan do you disagree with?',
    options: [
      { value: 'health', label: 'Health care' },
      { value: 'social_care', label: 'Social care' },
      { value: 'both', label: 'Both' },
    ],
  },
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

const IASS =
  'Your local information, advice and support service (IASS) gives free, impartial advice. Every council area has one.';

const OUT_OF_SCOPE: RouteResult = {
  outcome: 'out_of_scope',
  track: null,
  certificateNeeded: null,
  appealMatters: [],
  arranger: null,
  title: 'This service is for people under 25',
  summary:
    'EHC plans, SEN mediation and SEND appeals are for children and young people under 25. We cannot open a case for someone aged 25 or older.',
  reasons: ['A young person, in this law, is over school age and under 25.'],
  sources: sources('cfa-s83'),
  nextSteps: [
    IASS,
    'Adult social care or the local college may be able to help with support after 25.',
  ],
};

const CONTACT_IASS: RouteResult = {
  outcome: 'contact_iass',
  track: null,
  certificateNeeded: null,
  appealMatters: [],
  arranger: null,
  title: 'Talk to your local advice service first',
  summary:
    'It is hard to say which route fits without knowing more. An adviser can look at your letters and explain your options.',
  reasons: [
    'The right route depends on what the disagreement is about and whether there is a council decision.',
  ],
  sources: sources('cfa-s51', 'cfa-s57'),
  nextSteps: [
    IASS,
    'If you have a letter from the council with a decision, keep it. The date on it starts the deadlines.',
    'You can also ask us. We will call you back.',
  ],
};

const DISABILITY_CLAIM: RouteResult = {
  outcome: 'disability_claim',
  track: null,
  certificateNeeded: false,
  appealMatters: [],
  arranger: null,
  title: 'A disability discrimination claim',
  summary:
    'You can make a claim to the SEND Tribunal about disability discrimination by a school. You do not need a mediation certificate.',
  reasons: [
    'Disability discrimination claims are made under the Equality Act, not as an appeal, so no certificate is needed.',
    'The claim must be made within 6 months of what happened. The Christmas and August extensions do not apply.',
  ],
  sources: sources('equality-act-sch17', 'cfa-s55'),
  nextSteps: [
    'Write down what happened and when.',
    'Make the claim within 6 months of what happened.',
    'You can also ask for disagreement resolution with the school at any time.',
    IASS,
  ],
};

function disagreementResolution(): RouteResult {
  return {
    outcome: 'disagreement_resolution',
    track: 'disagreement_resolution',
    certificateNeeded: null,
    appealMatters: [],
    arranger: null,
    title: 'Disagreement resolution',
    summary:
      'An independent person can help you and the school, college or council talk it through and agree a way forward. Everyone has to agree to take part.',
    reasons: [
      'Disagreement resolution is for disagreements about special educational support, with or without an EHC plan.',
      'It is free and does not affect any right to appeal.',
    ],
    sources: sources('cfa-s57'),
    nextSteps: [
      'Ask us for disagreement resolution. We will contact the other side to see if they agree.',
      'If you later get a council decision you can appeal, the time to appeal starts from the date on that letter.',
    ],
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
    title: 'Mediation about the health or social care parts of the plan',
    summary:
      'You can ask for mediation about these parts. They cannot be appealed to the Tribunal on their own, so mediation is the main way to settle them.',
    reasons: [
      'Mediation is available when a plan is made, changed or replaced, including its health and social care parts.',
      ...who.steps,
    ],
    sources: [...sources('cfa-s52-54'), ...who.sources.filter((s) => s.id !== 'cfa-s52-54')],
    nextSteps: [
      'Contact the mediation adviser within 2 months of the date on the letter that came with the plan.',
      'Tell them which parts of the plan you disagree with.',
    ],
  };
}

function appealRoute(matters: AppealMatter[], health: boolean, social: boolean): RouteResult {
  const r1 = certificateNeeded({ appealMatters: matters });
  const who = whoArrangesMediation({
    healthIssues: health,
    socialCareIssues: social,
    educationIssues: true,
  });
  const care =
    health || social ? ['The health or social care parts can be included in the mediation.'] : [];
  if (!r1.needed) {
    return {
      outcome: 'appeal_no_certificate',
      track: 'mediation',
      certificateNeeded: false,
      appealMatters: matters,
      arranger: who.arranger,
      title: 'You can appeal without a mediation certificate',
      summary:
        'An appeal only about the school or college named can go straight to the SEND Tribunal. You can still choose mediation, but it does not give you more time.',
      reasons: [...r1.steps, ...care],
      sources: [...r1.sources, ...sources('tribunal-r20')],
      nextSteps: [
        'The appeal must reach the Tribunal within 2 months of the date on the decision letter, by 5pm.',
        'If you want mediation too, contact the mediation adviser soon.',
        IASS,
      ],
    };
  }
  return {
    outcome: 'mediation',
    track: 'mediation',
    certificateNeeded: true,
    appealMatters: matters,
    arranger: who.arranger,
    title: 'Contact the mediation adviser before you appeal',
    summary:
      'You must talk to a mediation adviser before you can appeal. Mediation itself is your choice. Either way you get a certificate, which you need to appeal.',
    reasons: [...r1.steps, ...care, ...who.steps],
    sources: [...r1.sources, ...sources('regs-33', 'tribunal-r20')],
    nextSteps: [
      'Find the date on the decision letter. You have 2 months from that date to contact the mediation adviser.',
      'If you do not want mediation, the adviser gives you a certificate within 3 working days.',
      'If you choose mediation, it must take place within 30 days of the council being told.',
      'After the certificate, you have until 2 months after the letter date or 1 month after the certificate, whichever is later, to appeal.',
    ],
  };
}
