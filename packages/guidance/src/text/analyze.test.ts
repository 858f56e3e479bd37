import { describe, expect, it } from 'vitest';
import { analyze, canonicalise, stem } from './analyze';
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

  it('keeps the number of an age', () => {
    expect(canonicalise('My son is 22')).toMatch(/\bage 22\b/);
  });
});

describe('analyze', () => {
  it('drops stop words and stems lightly, keeping mediator apart from mediation', () => {
    expect(analyze('What does the mediator do in mediations?')).toEqual(['mediator', 'mediation']);
    expect(stem('appealing')).toBe(stem('appeal'));
    expect(stem('contacted')).toBe(stem('contact'));
    expect(stem('academies')).toBe(stem('academy'));
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
