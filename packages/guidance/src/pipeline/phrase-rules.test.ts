import { describe, expect, it } from 'vitest';
import { compileRule, fold, gatingScripts, lookaheadFirst, scriptsIn } from './phrase-rules';

const matches = (rule: Parameters<typeof compileRule>[0], text: string) =>
  compileRule(rule).test(fold(text));

describe('fold', () => {
  it('drops Latin accents and folds the letters families type for one another', () => {
    expect(fold('Chcę się ZABIĆ')).toBe('chce sie zabic');
    expect(fold('Oğlum kendini öldürmek İSTİYOR')).toBe('oglum kendini oldurmek istiyor');
    expect(fold('I’m')).toBe("i'm");
    expect(fold('أريد')).toBe(fold('اريد'));
    expect(fold('ميري')).toBe('میری');
  });

  it('keeps the vowel signs of Bengali and Devanagari, which carry meaning', () => {
    expect(fold('মরে যেতে চায়')).toContain('মরে');
    expect(fold('मरना')).toBe('मरना'.normalize('NFC'));
  });
});

describe('compileRule', () => {
  it('reads Spanish ¿ and ¡ as punctuation, not as part of the next word', () => {
    const rule = { id: 't', phrases: ['nadie sabe donde esta', 'no lo encontramos'] };
    expect(matches(rule, '¿Nadie sabe dónde está mi hija?')).toBe(true);
    expect(matches(rule, '¡No lo encontramos!')).toBe(true);
  });

  it('matches whole words only, with alternatives and word endings', () => {
    const rule = { id: 't', phrases: ['zabić|zabije się', 'samobój*'] };
    expect(matches(rule, 'Syn chce się zabić')).toBe(false);
    expect(matches(rule, 'Syn mówi, że zabije się')).toBe(true);
    expect(matches(rule, 'myśli o samobójstwie')).toBe(true);
    expect(matches(rule, 'zabijesz się')).toBe(false);
  });

  it('lets "..." stand for up to three words and a hyphen for a space', () => {
    const rule = { id: 't', phrases: ['took ... pills', 'matar se'] };
    expect(matches(rule, 'she took a lot of pills')).toBe(true);
    expect(matches(rule, 'she took one of the two small pills')).toBe(false);
    expect(matches(rule, 'tentou matar-se')).toBe(true);
    expect(matches({ id: 't', phrases: ['grozi ... zabije'] }, 'Mąż grozi, że mnie zabije')).toBe(
      true,
    );
  });

  it('skips a match followed or preceded by an exception, but not a later match', () => {
    const rule = {
      id: 't',
      phrases: ['want to die'],
      notFollowedBy: ['of stress|boredom'],
      notPrecededBy: ['dying to know if they'],
    };
    expect(matches(rule, 'I want to die of stress')).toBe(false);
    expect(matches(rule, 'I want to die')).toBe(true);
    expect(matches(rule, 'I want to die of stress. No, I really want to die')).toBe(true);
  });

  it('reads a regex rule with shared fragments, and names a broken rule', () => {
    const rule = { id: 'r', regex: String.raw`\bend {{what}}\b` };
    expect(compileRule(rule, { what: '(it all|my life)' }).test('i will end it all')).toBe(true);
    expect(() => compileRule(rule)).toThrow(/Safety rule r: .*\{\{what\}\}/);
    expect(() => compileRule({ id: 'x', regex: '(' })).toThrow(/Safety rule x/);
    expect(() => compileRule({ id: 'y' })).toThrow(/phrases or a regex/);
  });
});

describe('lookaheadFirst', () => {
  const past = String.raw`(?<!last year.{0,20})`;
  it('puts a lookahead for what follows before a leading lookbehind, in each alternative', () => {
    expect(lookaheadFirst(String.raw`${past}\bran off\b|\bmissing\b`)).toBe(
      String.raw`(?=\bran off\b)${past}\bran off\b|\bmissing\b`,
    );
    expect(lookaheadFirst(String.raw`(a|${past}b)`)).toBe(String.raw`(a|${past}b)`);
  });

  it('matches exactly what the regex matched', () => {
    const source = String.raw`${past}(?<!school )\bran off\b(?! last year)|\b(gone|lost) for hours\b`;
    const before = new RegExp(source, 'gi');
    const after = new RegExp(lookaheadFirst(source), 'gi');
    expect(after.source).not.toBe(before.source);
    for (const text of [
      'he ran off and we cannot find him',
      'last year he ran off from school',
      'he ran off last year',
      'she ran off from school and has been gone for hours',
      'he ran off (last year) — then ran off again',
    ])
      expect(
        [...text.matchAll(after)].map((m) => [m.index, m[0]]),
        text,
      ).toEqual([...text.matchAll(before)].map((m) => [m.index, m[0]]));
  });

  it('leaves a regex with backreferences or named groups as it is', () => {
    for (const source of [String.raw`(?<!x)(a)\1`, String.raw`(?<!x)(?<w>a)\k<w>`])
      expect(lookaheadFirst(source)).toBe(source);
  });
});

describe('gatingScripts', () => {
  it('names the scripts of a rule written only outside Latin letters', () => {
    expect(gatingScripts({ id: 'x', phrases: ['хочет умереть'] })).toEqual(new Set(['Cyrillic']));
    expect(gatingScripts({ id: 'x', regex: String.raw`\bיריד\b|\p{L}*ตาย` })).toEqual(
      new Set(['Hebrew', 'Thai']),
    );
  });

  it('ignores words a negative lookaround holds, and escapes', () => {
    expect(
      gatingScripts({ id: 'x', regex: String.raw`(?<!ehcp\s)пропал(?!\s+email)\u0020\b` }),
    ).toEqual(new Set(['Cyrillic']));
  });

  it('gates nothing that has a Latin word where a match needs it', () => {
    expect(gatingScripts({ id: 'x', phrases: ['хочет умереть', 'khochet umeret'] })).toBe(
      undefined,
    );
    expect(gatingScripts({ id: 'x', regex: String.raw`(?=ehcp)пропал` })).toBe(undefined);
  });

  it('tells which of them a message has a letter of', () => {
    expect(scriptsIn('my son хочет умереть')).toEqual(new Set(['Cyrillic']));
    expect(scriptsIn('plain English')).toEqual(new Set());
  });
});
