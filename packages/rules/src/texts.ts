// The rules' explanations as templates (a key and its parameters) beside the English sentences,
// so a front end can show them in another language without gluing English fragments together.
// RULE_TEXTS holds the English wording; each English sentence the rules return is this
// template rendered with it, so the two cannot drift apart (texts.test.ts checks it).
import { type IsoDate, formatLong, parseIsoDate } from './dates';

/** A parameter: plain text or a number, a date (formatted by the reader), or nested templates. */
export type TemplateParam =
  | string
  | number
  | { date: IsoDate }
  | { text: Template }
  /** Several items read as one list ("a; b; c" in English). */
  | { list: Template[] };

export interface Template {
  key: RuleTextKey;
  params?: Readonly<Record<string, TemplateParam>>;
}

export const RULE_TEXTS = {
  // Why a day is not a working day (calendar.ts).
  'reason.saturday': 'a Saturday',
  'reason.sunday': 'a Sunday',
  'reason.goodFriday': 'Good Friday',
  'reason.christmasDay': 'Christmas Day',
  'reason.bankHoliday': 'a bank holiday ({name})',
  'reason.addedHoliday': 'a bank holiday added by the service',
  // Warnings every dated rule may give (result.ts).
  'warning.notWorkingDay':
    '{date} is not a working day (it is {reason}). This deadline does not move to the next working day, so act before it.',
  'warning.passed': 'This date has passed: it was {date}.',
  'warning.dueToday': 'This is due today.',
  'warning.dueTodayFivePm': 'This is due today, by 5pm.',
  'warning.certificateNotNeeded':
    'A school-only appeal gets no extra time from a mediation certificate.',
  'warning.certificateBeforeDecision':
    'The certificate is dated before the decision letter. Check both dates.',
  'step.holidayNotCounted': '{date} is {reason}, so it does not count.',
  // R2: contact the mediation adviser within 2 months of the decision letter.
  'r2.letterDated':
    'The decision letter is dated {decision}. The 2 months run from that date, not from the day the letter arrived.',
  'r2.lastDay':
    '2 months after it is {deadline}. This is the last day to contact the mediation adviser.',
  'r2.lastDayGiven':
    'You gave {deadline} as the last day to contact the mediation adviser (2 months after the date on the decision letter).',
  'r2.notMoved':
    'This time limit is not moved when it falls on a weekend, a bank holiday or a day an office is closed: contact the adviser by then.',
  // R13: the appeal to the SEND Tribunal.
  'r13.letterDated': 'The decision letter is dated {decision}. 2 months after it is {afterLetter}.',
  'r13.placementOnly':
    'The appeal is only about the school or college named, so no certificate is needed and the certificate does not give more time.',
  'r13.certificateDated':
    'The mediation certificate is dated {certificate}. 1 month after it (not 30 days) is {afterCertificate}.',
  'r13.laterCounts': 'The later of the two dates counts: {date}.',
  'r13.laterCountsNotShorter':
    'The later of the two dates counts: {date}. The certificate does not shorten the time.',
  'r13.christmas':
    '{date} falls between 25 December and 1 January. The Tribunal then accepts the appeal on the first working day after 1 January.',
  'r13.august':
    '{date} is in August. The Tribunal then accepts the appeal on the first working day after 31 August.',
  'r13.notWorkingDay':
    '{date} is not a working day (it is {reason}). The Tribunal accepts the next working day.',
  'r13.byFivePm': 'So the appeal must reach the Tribunal by 5pm on {date}.',
  // R1: is a certificate needed (tracks.ts).
  'r1.disabilityClaim':
    'A disability discrimination claim is made under the Equality Act, not as an appeal, so it needs no mediation certificate.',
  'r1.nothingAppealable': 'No decision that can be appealed to the SEND Tribunal was given.',
  'r1.placementOnly':
    'The appeal is only about the school or college named in the plan, its type, or that none is named.',
  'r1.placementOnlyNoCertificate':
    'For that, you do not need a mediation certificate. You can still choose mediation.',
  'r1.includes': 'What the appeal is about: {matters}.',
  'r1.certificateNeeded':
    'Before appealing this, you must contact a mediation adviser and get a mediation certificate, whether or not you then choose mediation.',
  'matter.refusal_to_assess': 'the council will not carry out an EHC needs assessment',
  'matter.no_plan_after_assessment': 'the council will not make an EHC plan after the assessment',
  'matter.plan_needs_b': 'the special educational needs described in the plan (section B)',
  'matter.plan_provision_f': 'the special educational support in the plan (section F)',
  'matter.plan_placement_i': 'the school or college named in the plan, or its type (section I)',
  'matter.no_placement_named': 'no school or college is named in the plan',
  'matter.refusal_to_reassess': 'the council will not carry out a new assessment',
  'matter.refusal_to_amend': 'the council will not change the plan after a review',
  'matter.cease_plan': 'the council wants to stop the plan',
  // R6: who arranges the mediation (tracks.ts).
  'r6.healthOnly': 'The mediation is only about health care.',
  'r6.icbArranges':
    'The health body (the integrated care board) arranges it, within 30 days of being told.',
  'r6.healthAndOther': 'The mediation is about health care and other things.',
  'r6.councilWithHealth':
    'The council arranges it, and the health body (the integrated care board) must take part.',
  'r6.tellHealthBody': 'The council must tell the health body within 3 working days.',
  'r6.educationOrCare': 'The mediation is about education or social care.',
  'r6.councilArranges': 'The council arranges it.',
  // The route finder's questions (route-flow.ts): route.<question>, .help, .<option value>.
  'route.age': 'How old is the child or young person?',
  'route.age.help':
    'School age ends on the last Friday in June of the school year in which they turn 16.',
  'route.age.child': 'School age or younger',
  'route.age.young_person': 'Over school age and under 25',
  'route.age.over_25': '25 or older',
  'route.about': 'What is the disagreement about?',
  'route.about.help':
    'An EHC plan is an education, health and care plan. The council is the local authority.',
  'route.about.ehc_decision': 'A council decision about an EHC needs assessment or an EHC plan',
  'route.about.plan_health_social_care': 'Only the health or social care parts of an EHC plan',
  'route.about.support':
    'The support from a school, nursery or college, or how the council or school does its job',
  'route.about.disability_discrimination':
    'A school treated the child unfairly because of disability',
  'route.about.not_sure': 'I am not sure',
  'route.decision': 'Which decision do you disagree with?',
  'route.decision.help':
    'It is in the letter from the council. The date on that letter matters for deadlines.',
  'route.decision.refusal_to_assess': 'The council will not do an EHC needs assessment',
  'route.decision.no_plan_after_assessment':
    'After the assessment, the council will not make a plan',
  'route.decision.plan_contents': 'What the EHC plan says (a new, changed or replaced plan)',
  'route.decision.refusal_to_reassess': 'The council will not do a new assessment',
  'route.decision.refusal_to_amend': 'After a review, the council will not change the plan',
  'route.decision.cease_plan': 'The council wants to stop the plan',
  'route.decision.none': 'There is no decision letter yet, or it is something else',
  'route.sections': 'Which parts of the plan do you disagree with? Choose all that apply.',
  'route.sections.plan_needs_b': 'The needs it describes (section B)',
  'route.sections.plan_provision_f': 'The special educational support (section F)',
  'route.sections.plan_placement_i':
    'The school or college named, or the type of school (section I)',
  'route.sections.no_placement_named': 'No school or college is named',
  'route.sections.health': 'The health care parts (sections C and G)',
  'route.sections.social_care': 'The social care parts (sections D and H)',
  'route.care': 'Which parts of the plan do you disagree with?',
  'route.care.health': 'Health care',
  'route.care.social_care': 'Social care',
  'route.care.both': 'Both',
  // The route finder's results.
  'result.iass':
    'Your local information, advice and support service (IASS) gives free, impartial advice. Every council area has one.',
  'result.outOfScope.title': 'This service is for people under 25',
  'result.outOfScope.summary':
    'EHC plans, SEN mediation and SEND appeals are for children and young people under 25. We cannot open a case for someone aged 25 or older.',
  'result.outOfScope.reason': 'A young person, in this law, is over school age and under 25.',
  'result.outOfScope.adultCare':
    'Adult social care or the local college may be able to help with support after 25.',
  'result.iassFirst.title': 'Talk to your local advice service first',
  'result.iassFirst.summary':
    'It is hard to say which route fits without knowing more. An adviser can look at your letters and explain your options.',
  'result.iassFirst.reason':
    'The right route depends on what the disagreement is about and whether there is a council decision.',
  'result.iassFirst.keepLetter':
    'If you have a letter from the council with a decision, keep it. The date on it starts the deadlines.',
  'result.iassFirst.askUs': 'You can also ask us. We will call you back.',
  'result.disability.title': 'A disability discrimination claim',
  'result.disability.summary':
    'You can make a claim to the SEND Tribunal about disability discrimination by a school. You do not need a mediation certificate.',
  'result.disability.reasonAct':
    'Disability discrimination claims are made under the Equality Act, not as an appeal, so no certificate is needed.',
  'result.disability.reasonTime':
    'The claim must be made within 6 months of what happened. The Christmas and August extensions do not apply.',
  'result.disability.writeDown': 'Write down what happened and when.',
  'result.disability.within6Months': 'Make the claim within 6 months of what happened.',
  'result.disability.resolution':
    'You can also ask for disagreement resolution with the school at any time.',
  'result.resolution.title': 'Disagreement resolution',
  'result.resolution.summary':
    'An independent person can help you and the school, college or council talk it through and agree a way forward. Everyone has to agree to take part.',
  'result.resolution.reasonWhat':
    'Disagreement resolution is for disagreements about special educational support, with or without an EHC plan.',
  'result.resolution.reasonFree': 'It is free and does not affect any right to appeal.',
  'result.resolution.askUs':
    'Ask us for disagreement resolution. We will contact the other side to see if they agree.',
  'result.resolution.laterDecision':
    'If you later get a council decision you can appeal, the time to appeal starts from the date on that letter.',
  'result.careOnly.title': 'Mediation about the health or social care parts of the plan',
  'result.careOnly.summary':
    'You can ask for mediation about these parts. They cannot be appealed to the Tribunal on their own, so mediation is the main way to settle them.',
  'result.careOnly.reason':
    'Mediation is available when a plan is made, changed or replaced, including its health and social care parts.',
  'result.careOnly.contact':
    'Contact the mediation adviser within 2 months of the date on the letter that came with the plan.',
  'result.careOnly.tellParts': 'Tell them which parts of the plan you disagree with.',
  'result.careIncluded': 'The health or social care parts can be included in the mediation.',
  'result.noCertificate.title': 'You can appeal without a mediation certificate',
  'result.noCertificate.summary':
    'An appeal only about the school or college named can go straight to the SEND Tribunal. You can still choose mediation, but it does not give you more time.',
  'result.noCertificate.deadline':
    'The appeal must reach the Tribunal within 2 months of the date on the decision letter, by 5pm.',
  'result.noCertificate.mediationToo':
    'If you want mediation too, contact the mediation adviser soon.',
  'result.mediation.title': 'Contact the mediation adviser before you appeal',
  'result.mediation.summary':
    'You must talk to a mediation adviser before you can appeal. Mediation itself is your choice. Either way you get a certificate, which you need to appeal.',
  'result.mediation.findDate':
    'Find the date on the decision letter. You have 2 months from that date to contact the mediation adviser.',
  'result.mediation.declined':
    'If you do not want mediation, the adviser gives you a certificate within 3 working days.',
  'result.mediation.within30Days':
    'If you choose mediation, it must take place within 30 days of the council being told.',
  'result.mediation.appealBy':
    'After the certificate, you have until 2 months after the letter date or 1 month after the certificate, whichever is later, to appeal.',
} as const;

export type RuleTextKey = keyof typeof RULE_TEXTS;

/** A template; `key` must be one of RULE_TEXTS. */
export function tpl(key: RuleTextKey, params?: Record<string, TemplateParam>): Template {
  return params ? { key, params } : { key };
}

/**
 * Writes a template out with a set of texts (RULE_TEXTS or a translation of it). `date` writes
 * a `{ date }` parameter; `listSeparator` joins a `{ list }`. Unknown placeholders stay visible.
 */
export function renderTemplate(
  template: Template,
  texts: Readonly<Record<string, string>>,
  date: (iso: IsoDate) => string,
  listSeparator = '; ',
): string {
  const text = texts[template.key] ?? RULE_TEXTS[template.key];
  const params = template.params ?? {};
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const p = params[name];
    if (p === undefined) return whole;
    if (typeof p === 'string') return p;
    if (typeof p === 'number') return String(p);
    if ('date' in p) return date(p.date);
    if ('text' in p) return renderTemplate(p.text, texts, date, listSeparator);
    return p.list.map((t) => renderTemplate(t, texts, date, listSeparator)).join(listSeparator);
  });
}

/** The English sentence, exactly as the rules have always written it. */
export function english(template: Template): string {
  return renderTemplate(template, RULE_TEXTS, (iso) => formatLong(parseIsoDate(iso)));
}
