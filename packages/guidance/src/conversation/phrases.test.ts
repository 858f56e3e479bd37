import { describe, expect, it } from 'vitest';
import { phrases, spellFixed } from './phrases';

describe('phrases', () => {
  it('matches a word as families shorten it on a phone', () => {
    const m = phrases(['because of her condition']);
    expect(m.test('they send her home bc of her condition')).toBe(true);
    expect(m.test('cos of her condition')).toBe(true);
  });

  it('lets a word for a person stand inside a phrase', () => {
    expect(phrases(['turned down']).test('the council turned him down again')).toBe(true);
    expect(phrases(['treat* differently']).test('treating my son differently')).toBe(true);
  });

  it('reads "you" said to a team ("you lot", "you\'re all") in any of its forms', () => {
    const shut = phrases(["you're shut", 'you are shut']);
    expect(shut.test("I think you're all shut that week")).toBe(true);
    expect(shut.test('youre all shut over xmas')).toBe(true);
    expect(shut.test('you lot are shut')).toBe(true);
    expect(shut.test("you're all set")).toBe(false);
  });

  it('still matches whole words only', () => {
    expect(phrases(['because']).test('the bcause field')).toBe(false);
    expect(phrases(['turned down']).test('turned the volume down')).toBe(false);
  });

  it('finds the longest phrase where phrases share their first words, in any case', () => {
    const m = phrases(['ehc', 'ehc plan', 'ehc needs assessment', 'plan', 'refus*']);
    expect(m.find('They REFUSED an EHC needs assessment, then the EHC Plan')).toEqual([
      { index: 5, text: 'REFUSED' },
      { index: 16, text: 'EHC needs assessment' },
      { index: 47, text: 'EHC Plan' },
    ]);
    expect(m.test('an ehcp')).toBe(false);
  });

  it('keeps true positions in a text whose lower case is longer ("İ")', () => {
    const m = phrases(['plan']);
    expect(m.find('İstanbul PLAN')).toEqual([{ index: 9, text: 'PLAN' }]);
  });
});

describe('spellFixed', () => {
  it('reads a misspelling of a word the lists use as that word', async () => {
    const { situations } = await import('./situations');
    expect(spellFixed('the counsil refused and i want to apeal to the tribunul')).toBe(
      'the council refused and i want to appeal to the tribunal',
    );
    expect(situations.read('the counsil refused to asess my son')?.id).toBe('refusal_to_assess');
  });

  it('never changes an English word, a short word or one two edits away', () => {
    expect(spellFixed('councils plans schools')).toBe('councils plans schools');
    expect(spellFixed('the plan')).toBe('the plan');
    expect(spellFixed('mediashun')).toBe('mediashun');
  });
});
