import { describe, expect, it } from 'vitest';
import { parseDocument, parseDocuments } from '../ingest/parse-document';
import { SAMPLE_DOCS } from '../testing/sample-guidance';
import { analyze, stem } from '../text/analyze';
import { createGuidanceIndex } from './guidance-index';
import { relatedTerms } from './synonyms';

const index = createGuidanceIndex(parseDocuments(SAMPLE_DOCS));
const top = (q: string) => index.search(q).hits[0]?.passage.text ?? '';

describe('createGuidanceIndex', () => {
  it('ranks the passage that answers above ones that share a word', () => {
    expect(top('Does the mediator decide who is right?')).toMatch(/^The mediator is neutral/);
    expect(top('how long do I have to contact the adviser')).toMatch(/within 2 months/);
  });

  it.each([
    ['the ICB', /NHS integrated care board/],
    ['Does the health body have to come?', /NHS integrated care board/],
    ['sendist appeal certificate', /First-tier Tribunal \(SEND\)/],
    ['can we get mediation about the social care bit of the EHCP', /social care sections/],
    ['LA statement transfer', /statement/],
  ])('knows the field’s abbreviations and synonyms: %s', (q, expected) => {
    expect(top(q)).toMatch(expected);
  });

  it('does not let the looser relatives of a word the pages use add up in the ranking', () => {
    const listing = createGuidanceIndex(
      parseDocument({
        id: 'list.md',
        title: 'Who we help',
        format: 'markdown',
        body: '# Who we help\n\nWe help with schools, academies, nurseries, colleges, other institutions and providers of every kind.\n\nTaking part is voluntary for the school and the family.',
      }),
    );
    const first = listing.search('Does the school have to agree, or is it voluntary?').hits[0];
    expect(first?.passage.text).toMatch(/^Taking part is voluntary/);
  });

  it('knows everyday words for the page’s ideas: hurt → lose, row → disagreement, changed → amend', () => {
    const terms = (q: string) => index.concepts(q).flatMap((c) => [...c.terms.keys()]);
    expect(terms('Will mediation hurt my appeal?')).toContain(stem('lose'));
    expect(terms('a row with the nursery')).toContain(stem('disagreement'));
    expect(terms('when the plan is amended')).toContain(stem('changes'));
  });

  it('lets the words of a family’s story that the pages never use weigh together no more than a few of them', () => {
    const unmatched = (q: string) =>
      index
        .concepts(q)
        .filter((c) => !c.listed)
        .reduce((s, c) => s + c.idf, 0);
    const short = unmatched('Where do I claim Disability Living Allowance?');
    const story = unmatched(
      'Honestly we are at our wits end, my boy has autism and ADHD and someone on a facebook group reckons you lot do not charge anything?',
    );
    // A short question's strange words are its topic: each weighs as much as a word can.
    expect(short).toBeCloseTo(2 * index.concepts('zzzz')[0]!.idf);
    // A story's many strange words share the weight of four.
    expect(story).toBeLessThanOrEqual(4 * index.concepts('zzzz')[0]!.idf + 1e-9);
  });

  it('measures a typo against the word as the pages spell it, not its stem', () => {
    // "mediaton" is one letter from "mediation", two from its stem and one from "mediator".
    const terms = index.concepts('mediaton')[0]!.terms;
    expect(terms.get(stem('mediation'))).toBeGreaterThanOrEqual(0.75);
  });

  it('reads a frequent English word as spelt, not as a typo of a page word a letter away', () => {
    const page = createGuidanceIndex(
      parseDocument({
        id: 'long.md',
        title: 'Meetings',
        format: 'markdown',
        body: '# Meetings\n\nA meeting is not long. You can make a complaint to the manager. Bring a friend.',
      }),
    );
    const terms = (q: string) => page.concepts(q)[0]!.terms;
    // "along" is a word of its own: one letter from "long", but not a slip for it.
    expect(terms('along').has(stem('long'))).toBe(false);
    // Another form of the word the page uses still reaches it.
    expect(terms('complain').has(stem('complaint'))).toBe(true);
    // A misspelling is not an English word and is still read as the page's word.
    expect(index.concepts('tribunel')[0]!.terms.get(stem('tribunal'))).toBeGreaterThanOrEqual(0.75);
  });

  it('searches a reported claim for the claim, not the words that report it', () => {
    const words = index
      .concepts('I was told the mediator decides who is at fault. Is that right?')
      .map((c) => c.word);
    expect(words).not.toContain(stem('told'));
    expect(words).not.toContain(stem('right'));
    expect(words).toContain(stem('mediator'));
  });

  it('matches an abbreviation of the pages that a family spells out, and only real words', () => {
    const page = createGuidanceIndex(
      parseDocument({
        id: 'lda.md',
        title: 'Older assessments',
        format: 'markdown',
        body: '# Older assessments\n\nThese arrangements do not apply to young people with LDAs.\n\nOur KLM team answers the phone.',
      }),
    );
    const words = (q: string) => page.concepts(q).map((c) => c.word);
    expect(words('She has a learning difficulty assessment, can we use them?')).toContain(
      stem('LDAs'.toLowerCase()),
    );
    expect(words('She has a learning difficulty assessment')).not.toContain(stem('learning'));
    expect(words('keep looking more')).not.toContain('klm');
  });

  it('reads two letters typed the wrong way round as one slip', () => {
    // "apepal" is two edits from "appeal" by letters, one by a swap; "shuold" is "should",
    // a little word that carries no meaning, not a rare word the pages never use.
    expect(index.concepts('apepal')[0]!.terms.get(stem('appeal'))).toBeGreaterThanOrEqual(0.75);
    expect(index.concepts('coucnil')[0]!.terms.get(stem('council'))).toBeGreaterThanOrEqual(0.75);
    expect(index.concepts('what shuold happen next').map((c) => c.word)).toEqual(
      index.concepts('what should happen next').map((c) => c.word),
    );
  });

  it('reads a dropped g ("meetin") as the word', () => {
    expect(index.concepts('wat happens at a mediation meetin').map((c) => c.word)).toContain(
      'meet',
    );
  });

  it('leaves out what the question says it is not about', () => {
    const words = index
      .concepts("We're not at the appeal stage, it's a disagreement with the college")
      .map((c) => c.word);
    expect(words).not.toContain('appeal');
    expect(words).toContain(stem('disagreement'));
    const contrast = index
      .concepts('When can I use mediation, as opposed to the disagreement resolution thing?')
      .map((c) => c.word);
    expect(contrast).not.toContain(stem('resolution'));
    expect(contrast).toContain(stem('mediation'));
  });

  it('reads "only A, or B too?" as asking about B, and keeps a limiting "only"', () => {
    const words = (q: string) => index.concepts(q).map((c) => c.word);
    expect(words('Is it only about schools, or can it help with social care?')).not.toContain(
      stem('only'),
    );
    expect(words('My appeal is only about the school or college named')).toContain(stem('only'));
    expect(words('Is it purely for children, or for young adults too?')).not.toContain(
      stem('purely'),
    );
  });

  it.each([
    ['offered', 'available'],
    ['skip', 'except'],
    ['exempt', 'exception'],
    ['jargon', 'legalistic'],
    ['procedure', 'formal'],
    ['show', 'confirming'],
  ])('relates %s to the pages’ %s', (word, relative) => {
    const [w] = analyze(word);
    const [r] = analyze(relative);
    expect(relatedTerms(w!).get(r!)).toBeGreaterThan(0);
  });

  it('copes with typos', () => {
    expect(top('is mediaton privat')).toMatch(/stays private/);
    expect(top('disagrement with the acadamy')).toMatch(/^Disagreement resolution is for/);
  });

  it('reports how much of the question a passage covers', () => {
    const good = index.search('What is said in mediation, is it private?').hits[0]!;
    const poor = index.search('best secondary school for autism in Riverton').hits[0];
    expect(good.coverage).toBeGreaterThan(0.6);
    expect(poor?.coverage ?? 0).toBeLessThan(0.35);
  });

  it('finds nothing for a question with no words it knows', () => {
    expect(index.search('xyzzy plugh').hits).toEqual([]);
    expect(index.search('').hits).toEqual([]);
  });

  it('has a version that changes when any passage does', () => {
    const again = createGuidanceIndex(parseDocuments(SAMPLE_DOCS));
    expect(again.version).toBe(index.version);
    const changed = createGuidanceIndex([
      ...parseDocuments(SAMPLE_DOCS.slice(1)),
      ...parseDocument({ ...SAMPLE_DOCS[0]!, body: '# New\n\nNew text.' }),
    ]);
    expect(changed.version).not.toBe(index.version);
  });

  it('refuses duplicate passage ids', () => {
    const p = parseDocuments(SAMPLE_DOCS);
    expect(() => createGuidanceIndex([...p, p[0]!])).toThrow(/unique/);
  });
});
