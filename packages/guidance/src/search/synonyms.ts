import { analyze } from '../text/analyze';

/**
 * Words families use for the ideas the published text names. Exact equivalents (EHC plan /
 * EHCP, LA / council, SENDIASS / IASS) are folded at analysis time in text/analyze.ts. Here a
 * question word pulls in its relatives: SAME groups name one idea (pay / free / fee), NEAR
 * groups a neighbouring one (son / young person), so they count for less.
 */
const SAME: string[][] = [
  [
    'free',
    'cost',
    'costs',
    'charge',
    'charges',
    'pay',
    'paying',
    'fee',
    'fees',
    'price',
    'money',
    'expensive',
    'afford',
  ],
  ['voluntary', 'compulsory', 'mandatory', 'obligatory', 'optional', 'forced', 'obliged'],
  ['confidential', 'confidentiality', 'private', 'privacy', 'secret'],
  ['impartial', 'independent', 'neutral', 'takesides', 'biased', 'bias', 'unbiased'],
  ['advice', 'advise', 'recommend', 'recommendation', 'suggest'],
  ['judgement', 'judgment', 'judge', 'verdict', 'ruling'],
  ['attend', 'attendance', 'participate', 'present', 'takepart'],
  ['disagreement', 'disagree', 'dispute', 'conflict', 'argument', 'row', 'fight', 'clash'],
  ['parent', 'carer', 'mum', 'mother', 'dad', 'father', 'guardian'],
  ['child', 'children', 'kid', 'pupil'],
  ['youngperson', 'adult'],
  ['age', 'aged', 'eligible', 'eligibility'],
  ['appeal', 'appealing', 'challenge', 'lodge'],
  ['certificate', 'cert', 'certificat'],
  ['statement', 'lda', 'ldas'],
  [
    'affect',
    'effect',
    'impact',
    'lose',
    'hurt',
    'damage',
    'harm',
    'jeopardise',
    'jeopardize',
    'weaken',
    'undermine',
    'prejudice',
  ],
  ['amend', 'amended', 'change', 'changed', 'alter', 'update', 'revise'],
  ['solely', 'only', 'purely', 'sole'],
  ['discrimination', 'discriminate'],
  ['contact', 'call', 'phone', 'ring', 'telephone', 'tel'],
  ['address', 'postal'],
  ['email', 'e-mail'],
  ['website', 'web', 'site', 'online', 'internet'],
  ['informal', 'legalistic', 'lawyer', 'solicitor', 'barrister', 'jargon'],
  [
    'simple',
    'accessible',
    'complicated',
    'complex',
    'difficult',
    'hard',
    'easy',
    'straightforward',
  ],
  ['resolve', 'resolution', 'settle', 'sort'],
  // Whether something is there to be used: "is mediation offered", "on offer".
  ['available', 'availability', 'offer', 'offered'],
  // Being let off a requirement: "can I skip mediation", "am I exempt".
  ['except', 'exception', 'exempt', 'exemption', 'skip', 'waive', 'waived'],
];

const NEAR: string[][] = [
  [
    'informal',
    'formal',
    'legal',
    'court',
    'courtroom',
    'hearing',
    'lawyer',
    'solicitor',
    'barrister',
    'procedure',
    'procedural',
    'formality',
    'formalities',
  ],
  [
    'youngperson',
    'child',
    'son',
    'daughter',
    'teenager',
    'boy',
    'girl',
    'student',
    'learner',
    'grandson',
    'granddaughter',
    'grandchild',
    'nephew',
    'niece',
    'lad',
    'lass',
    'toddler',
  ],
  ['age', 'youngperson', 'adult', 'year', 'old', 'older'],
  ['confidential', 'shared', 'share', 'repeat', 'told'],
  ['impartial', 'fair', 'side'],
  ['advice', 'adviser', 'advisor', 'instruct'],
  ['judgement', 'decide', 'right', 'wrong', 'blame'],
  ['attend', 'come'],
  ['disagreement', 'complaint', 'complain', 'problem', 'issue', 'unhappy', 'escalate'],
  [
    'parent',
    'family',
    'grandparent',
    'grandmother',
    'grandfather',
    'gran',
    'nan',
    'aunt',
    'uncle',
    'foster',
    'kinship',
  ],
  [
    'school',
    'academy',
    'academies',
    'college',
    'nursery',
    'institution',
    'setting',
    'placement',
    'provider',
    'proprietor',
  ],
  ['appeal', 'tribunal', 'register', 'claim'],
  ['mediation', 'mediator', 'mediate'],
  ['attend', 'refuse', 'decline', 'attendance'],
  ['voluntary', 'refuse', 'decline', 'choice', 'choose'],
  ['act', 'law', 'legislation', 'statute', 'statutory', 'regulation'],
  ['statement', 'transfer'],
  ['health', 'healthbody', 'medical', 'therapy', 'therapist', 'doctor', 'nurse'],
  ['socialcare', 'care', 'carer'],
  ['early', 'first', 'start', 'beginning', 'before', 'initial'],
  ['long', 'time', 'deadline', 'limit', 'month', 'within', 'late', 'soon', 'when'],
  ['affect', 'stop', 'prevent', 'harm', 'change', 'right'],
  ['cover', 'include', 'about', 'apply', 'available', 'scope', 'deal', 'handle', 'help'],
  ['solely', 'just'],
  ['name', 'named', 'which', 'choice'],
  ['discrimination', 'equality', 'disability'],
  ['contact', 'speak', 'talk', 'reach'],
  ['address', 'post', 'write', 'letter', 'office', 'visit'],
  ['email', 'mail'],
  ['website', 'link'],
  // What a document says: "what will the certificate show?"
  ['confirm', 'confirming', 'show', 'prove'],
];

export const SAME_WEIGHT = 0.8;
export const NEAR_WEIGHT = 0.45;

const related = new Map<string, Map<string, number>>();
for (const [groups, weight] of [
  [NEAR, NEAR_WEIGHT],
  [SAME, SAME_WEIGHT],
] as const) {
  for (const group of groups) {
    const stems = [...new Set(group.flatMap((w) => analyze(w)))];
    for (const s of stems) {
      const map = related.get(s) ?? new Map<string, number>();
      for (const other of stems)
        if (other !== s) map.set(other, Math.max(map.get(other) ?? 0, weight));
      related.set(s, map);
    }
  }
}

/** Stems related to a stem (not itself), each with how much it counts (0..1). */
export function relatedTerms(term: string): ReadonlyMap<string, number> {
  return related.get(term) ?? EMPTY;
}

const EMPTY: ReadonlyMap<string, number> = new Map();

/** Whether a question uses the vocabulary of this field at all (for "out of scope"). */
const DOMAIN = new Set(
  [
    'sen',
    'ehcp',
    'ehcna',
    'iass',
    'tribunal',
    'council',
    'healthbody',
    'mediation',
    'mediator',
    'mediate',
    'appeal',
    'certificate',
    'disagreement',
    'dispute',
    'school',
    'academy',
    'college',
    'nursery',
    'statement',
    'senco',
    'assessment',
    'provision',
    'disability',
    'send',
    'plan',
    'complaint',
    'socialcare',
    'youngperson',
    'service',
  ].flatMap((w) => analyze(w)),
);

export function isDomainTerm(term: string): boolean {
  return DOMAIN.has(term);
}

/**
 * Words that carry little in a question however rare they are on the page ("do I have to",
 * "can you help", "support"): they may match, but a passage is not relevant because of them.
 */
const LIGHT = new Set(
  [
    'must',
    'help',
    'use',
    'service',
    'support',
    'need',
    'question',
    'information',
    'able',
    'way',
  ].flatMap((w) => analyze(w)),
);

export function isLightTerm(term: string): boolean {
  return LIGHT.has(term);
}
