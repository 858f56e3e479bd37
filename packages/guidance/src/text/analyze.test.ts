import { describe, expect, it } from 'vitest';
import { analyze, canonicalise, stem, words } from './analyze';
import { splitSentences } from './sentences';

describe('canonicalise', () => {
  it.each([
    ['Education, Health and Care (EHC) Plans or not', 'ehcp'],
    ['an EHCP', 'ehcp'],
    ['the EHC plan', 'ehcp'],
    ['the Information Advice and Support Service (IASS) is', 'iass'],
    ['SENDIASS', 'iass'],
    ['the local authority’s panel', 'council'],
    ['the LA said', 'council'],
    ['SENDIST', 'tribunal'],
    ['the First-tier Tribunal', 'tribunal'],
    ['the NHS', 'healthbody'],
    ['integrated care boards', 'healthbody'],
    ['a statement of special educational needs', 'statement'],
    ['my child is in care', 'lookedafter'],
    ['Is the mediator on the council’s side?', 'takesides'],
    ['do I have to go', 'must'],
  ])('%s → %s', (text, token) => {
    expect(canonicalise(text).split(/\s+/)).toContain(token);
  });

  it.each([
    ['Will I be out of pocket?', 'cost'],
    ['Will the ICB turn up?', 'attend'],
    ['Can I pull out if I change my mind?', 'voluntary'],
    ['Will it be passed on to the school?', 'confidential'],
    ['Will they pass judgement on me?', 'judgement'],
    ['Can the mediator say the council is wrong?', 'judgement'],
    ['Are they the same thing?', 'different'],
    ['Is this service part of the council?', 'independent'],
    ['Is it open to us?', 'apply'],
    ['Why would I need a certificate?', 'purpose'],
    ['The certificate will enable you to appeal', 'purpose'],
    ['I really don’t want to go. Do I still have to?', 'voluntary'],
    ['If I go to mediation, can I still appeal?', 'affect'],
    ['Who runs the meeting?', 'mediator'],
    ['Who can help before things escalate?', 'early'],
    ['Am I allowed to use the service?', 'eligible'],
    ['I am bringing up my grandson', 'carer'],
    ["Will the mediator tell the council I'm right?", 'judgement'],
    ['Can the school say no to it?', 'refuse'],
    ['Is it kept between the people in the room?', 'confidential'],
    ['my lad is 26 can he still use u', 'eligible'],
    ['Could anything I say in mediation end up being used in the tribunal papers?', 'confidential'],
    ['Is what gets said off the record?', 'confidential'],
    ['Will the school get to hear what I said?', 'confidential'],
    ['Is the mediator going to tell us who wins?', 'judgement'],
    ['Will the council use it against us later?', 'confidential'],
    ['Is disagreement resolution just another name for mediation?', 'different'],
    ['Does the mediator decide the outcome?', 'judgement'],
    ['If mediation does not work, can we carry on to tribunal?', 'affect'],
    ['Is a parent obliged to take part in mediation?', 'voluntary'],
    ['Say it goes well, what is it supposed to end with?', 'solution'],
    ['a dispute about the care package', 'socialcare'],
    ['As a foster carer, can I ask?', 'carer'],
    ['the boy placed with me', 'lookedafter'],
    ['Is there a way to sort it out?', 'resolve'],
    ['Will I have to give evidence like in a court case?', 'legalistic'],
  ])('reads the question a family means: %s → %s', (text, token) => {
    expect(canonicalise(text).split(/\s+/)).toContain(token);
  });

  it('keeps "do I have to go before appealing" about obligation, not choice', () => {
    expect(canonicalise('Do I have to go to mediation before appealing?')).not.toMatch(/voluntary/);
  });

  it('keeps the number of an age', () => {
    expect(canonicalise('My son is 22')).toMatch(/\bage 22\b/);
    expect(canonicalise('Is it only for children under 16?')).toMatch(/\bage 16\b/);
    expect(canonicalise('within under 2 months')).not.toMatch(/\bage\b/);
  });
});

describe('analyze', () => {
  it('drops stop words and stems lightly, keeping mediator apart from mediation', () => {
    expect(analyze('What does the mediator do in mediations?')).toEqual([
      'mediator',
      stem('mediation'),
    ]);
    expect(stem('mediator')).not.toBe(stem('mediation'));
    expect(stem('appealing')).toBe(stem('appeal'));
    expect(stem('contacted')).toBe(stem('contact'));
    expect(stem('academies')).toBe(stem('academy'));
  });

  it.each([
    ['use', 'using', 'used', 'uses'],
    ['mediation', 'mediate', 'mediating', 'mediated'],
    ['assessment', 'assessed', 'assessing', 'assess'],
    ['agree', 'agreed', 'agreement', 'agrees'],
    ['arrangement', 'arranged', 'arranging'],
    ['confidentiality', 'confidential'],
    ['organise', 'organize', 'organising', 'organized'],
    ['apply', 'applies', 'applied'],
    ['age', 'aged', 'ages'],
    ['payment', 'pay', 'pays'],
  ])('brings the forms of a word together: %s', (...forms) => {
    expect(new Set(forms.map(stem)).size).toBe(1);
  });

  it('keeps apart words that only look like forms of each other', () => {
    expect(stem('statement')).not.toBe(stem('state'));
    expect(stem('element')).not.toBe(stem('ele'));
    expect(stem('need')).toBe(stem('needs'));
    expect(stem('bring')).toBe('bring');
  });
});

describe('words', () => {
  it('reads contractions as their words, leaving no stray "don" or "t"', () => {
    expect(words("I don't think it's free, can't we ask?")).toEqual(
      'do not think it free can not we ask'.split(' '),
    );
  });

  it('reads text-speak, and a 2 or 4 between words, but keeps counts and ages', () => {
    expect(words('wat do u hav 2 pay 4 mediation')).toEqual(
      'what do you have to pay for mediation'.split(' '),
    );
    expect(words('within 2 months')).toContain('2');
    expect(words('my son is 4 and')).toContain('4');
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends and line breaks, with exact offsets', () => {
    const text =
      'See www.kids.org.uk/mediation for more. We can help, e.g. by phone.\nTel: 020 7359 3635';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual([
      'See www.kids.org.uk/mediation for more.',
      'We can help, e.g. by phone.',
      'Tel: 020 7359 3635',
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
