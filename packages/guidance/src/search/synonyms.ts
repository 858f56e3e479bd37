import { analyze } from '../text/analyze';

/**
 * Words families use for the same idea as the published text. Exact equivalents (EHC plan /
 * EHCP, LA / council) are folded at analysis time in text/analyze.ts; these are looser: a
 * question word pulls in its relatives at a lower weight.
 */
const GROUPS: string[][] = [
  [
    'informal',
    'formal',
    'legal',
    'legalistic',
    'court',
    'courtroom',
    'lawyer',
    'solicitor',
    'barrister',
  ],
  ['youngperson', 'child', 'son', 'daughter', 'teenager'],
  [
    'free',
    'cost',
    'costs',
    'charge',
    'charged',
    'pay',
    'paying',
    'fee',
    'fees',
    'price',
    'money',
    'expensive',
    'afford',
  ],
  [
    'voluntary',
    'compulsory',
    'mandatory',
    'obligatory',
    'optional',
    'forced',
    'force',
    'choice',
    'choose',
    'obliged',
    'required',
    'requirement',
  ],
  [
    'confidential',
    'confidentiality',
    'private',
    'privacy',
    'secret',
    'shared',
    'share',
    'repeat',
    'told',
  ],
  [
    'impartial',
    'independent',
    'neutral',
    'takesides',
    'biased',
    'bias',
    'unbiased',
    'fair',
    'side',
  ],
  ['advice', 'advise', 'adviser', 'advisor', 'recommend', 'recommendation', 'suggest', 'instruct'],
  ['judgement', 'judgment', 'judge', 'decide', 'verdict', 'ruling', 'right', 'wrong', 'blame'],
  ['attend', 'attendance', 'present', 'participate', 'part', 'turn', 'come', 'show', 'refuse'],
  [
    'disagreement',
    'disagree',
    'dispute',
    'conflict',
    'complaint',
    'complain',
    'argument',
    'problem',
    'issue',
    'unhappy',
    'fallen',
  ],
  [
    'parent',
    'carer',
    'mum',
    'mother',
    'dad',
    'father',
    'guardian',
    'foster',
    'family',
    'grandparent',
  ],
  [
    'child',
    'children',
    'son',
    'daughter',
    'kid',
    'pupil',
    'student',
    'learner',
    'boy',
    'girl',
    'teenager',
  ],
  [
    'youngperson',
    'adult',
    'age',
    'aged',
    'old',
    'year',
    'eligible',
    'eligibility',
    'qualify',
    'entitled',
    'who',
    'use',
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
  ['appeal', 'appealing', 'challenge', 'tribunal', 'lodge', 'register', 'claim'],
  ['certificate', 'cert', 'certificat'],
  ['mediation', 'mediator', 'mediate'],
  ['statement', 'lda', 'ldas', 'transfer'],
  ['health', 'healthbody', 'medical', 'therapy', 'therapist', 'nhs', 'doctor', 'nurse'],
  ['socialcare', 'care', 'carer'],
  ['early', 'first', 'start', 'beginning', 'before', 'initial'],
  ['long', 'time', 'deadline', 'limit', 'month', 'months', 'within', 'late', 'soon', 'when'],
  ['affect', 'effect', 'impact', 'lose', 'stop', 'prevent', 'harm', 'change'],
  ['cover', 'include', 'about', 'apply', 'available', 'scope', 'deal', 'handle', 'help'],
  ['solely', 'only', 'just', 'purely', 'sole'],
  ['name', 'named', 'which', 'choice'],
  ['discrimination', 'discriminate', 'equality', 'disability'],
  ['contact', 'call', 'phone', 'ring', 'telephone', 'tel', 'speak', 'talk', 'reach'],
  ['address', 'post', 'write', 'letter', 'office', 'postal', 'visit'],
  ['email', 'e-mail', 'mail'],
  ['website', 'web', 'site', 'online', 'internet', 'link'],
];

const related = new Map<string, Set<string>>();
for (const group of GROUPS) {
  const stems = [...new Set(group.flatMap((w) => analyze(w)))];
  for (const s of stems) {
    const set = related.get(s) ?? new Set<string>();
    for (const other of stems) if (other !== s) set.add(other);
    related.set(s, set);
  }
}

/** Stems related to a stem (not including itself). */
export function relatedTerms(term: string): ReadonlySet<string> {
  return related.get(term) ?? EMPTY;
}

const EMPTY: ReadonlySet<string> = new Set();

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
