// The catalogues are checked here so a missing or broken translation fails CI, not a family.
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_LANGUAGES,
  CATALOGUES,
  ENGLISH,
  placeholders,
  textProblem,
  withOverrides,
} from './catalogues';
import { LANGUAGES } from './languages';

const others = Object.values(CATALOGUES).filter((c) => c.language !== 'en');

describe('message catalogues', () => {
  it('has a catalogue for every language in the menu, and no other', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...CATALOGUE_LANGUAGES].sort());
    expect(CATALOGUE_LANGUAGES).toEqual(
      expect.arrayContaining(['en', 'pl', 'bn', 'ur', 'ar', 'so', 'tr', 'ro', 'pt', 'es']),
    );
    for (const l of LANGUAGES) {
      expect(CATALOGUES[l.code]!.name, l.code).toBe(l.name);
      expect(CATALOGUES[l.code]!.dir, l.code).toBe(l.dir);
    }
  });

  it.each(others.map((c) => [c.language, c] as const))(
    '%s has every key, no other key, and the same placeholders as English',
    (_code, catalogue) => {
      expect(Object.keys(catalogue.messages).sort()).toEqual(Object.keys(ENGLISH.messages).sort());
      for (const [key, english] of Object.entries(ENGLISH.messages)) {
        const text = catalogue.messages[key]!;
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(english));
      }
    },
  );

  it.each(Object.values(CATALOGUES).map((c) => [c.language, c] as const))(
    '%s: the crisis reply names 999 before any other number, then Samaritans, NSPCC and Childline',
    (_code, catalogue) => {
      const crisis = catalogue.messages.crisis!;
      const numbers = [...crisis.matchAll(/\d[\d ]*\d|\d/g)].map((m) => m[0].replace(/\s/g, ''));
      expect(numbers[0]).toBe('999');
      expect(numbers).toEqual(expect.arrayContaining(['116123', '08088005000', '08001111']));
      expect(crisis).toContain('Samaritans');
      expect(crisis).toContain('NSPCC');
      expect(crisis).toContain('Childline');
    },
  );

  it('marks machine-made translations as not reviewed', () => {
    for (const c of others) {
      expect(typeof c.reviewed, c.language).toBe('boolean');
      if (!c.reviewed) expect(c.note, c.language).toMatch(/machine-made/i);
    }
    expect(ENGLISH.reviewed).toBe(true);
  });

  it('keeps phone numbers and example addresses as they are', () => {
    for (const c of others) {
      expect(c.messages.phoneMissing, c.language).toContain('07700 900 982');
      expect(c.messages.emailInvalid, c.language).toContain('name@example.com');
    }
  });
});

describe('corrections', () => {
  it('accepts a text with the same placeholders and says why others are refused', () => {
    expect(textProblem('pl', 'call', 'Zadzwoń pod {phone}')).toBeNull();
    expect(textProblem('pl', 'call', 'Zadzwoń')).toBe(
      'Keep {phone} in the text: the chat fills it in.',
    );
    expect(textProblem('pl', 'send', 'Wyślij {name}')).toMatch(/\{name\} is not filled in/);
    expect(textProblem('pl', 'nope', 'x')).toMatch(/no text called "nope"/);
    expect(textProblem('xx', 'send', 'x')).toMatch(/no language "xx"/);
    expect(textProblem('pl', 'send', '  ')).toMatch(/Type the text/);
    expect(textProblem('ur', 'r13.byFivePm', 'اپیل {date} تک')).toBeNull();
  });

  it('merges corrections over the catalogue and ignores unknown keys', () => {
    const merged = withOverrides('pl', [
      { key: 'send', text: 'Wyślij teraz' },
      { key: 'gone', text: 'x' },
    ]);
    expect(merged.messages.send).toBe('Wyślij teraz');
    expect(merged.messages.back).toBe(CATALOGUES.pl!.messages.back);
    expect(merged.messages).not.toHaveProperty('gone');
    expect(withOverrides('zz', []).language).toBe('en');
  });
});
