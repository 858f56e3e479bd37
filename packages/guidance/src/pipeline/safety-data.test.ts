// The safety data files are valid, and there is enough of each kind to measure.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRule } from './phrase-rules';
import { SAFETY_RULE_FILES } from './safety';
import { safetyExamplesFileSchema, safetyRulesFileSchema } from './safety-schema';
import { loadSafetyExamples, readJsonFiles, SAFETY_DATA_DIR } from '../testing/safety-corpus';

/** The languages the chat offers families (issue 18); each must have its own crisis rules. */
const OFFERED = ['en', 'pl', 'bn', 'ur', 'ar', 'so', 'tr', 'ro', 'pt', 'es'];

describe('data/safety/rules', () => {
  const files = readJsonFiles(join(SAFETY_DATA_DIR, 'rules'));

  it.each(files.map((f) => [f.file, f.data] as const))(
    '%s matches the schema and compiles',
    (file, data) => {
      const parsed = safetyRulesFileSchema.parse(data);
      expect(`${parsed.language}.json`).toBe(file);
      for (const r of parsed.rules) expect(() => compileRule(r, parsed.fragments)).not.toThrow();
    },
  );

  it('runs every rule file in the folder, and each offered language has crisis rules', () => {
    expect(Object.keys(SAFETY_RULE_FILES).sort()).toEqual(
      files.map((f) => f.file.replace('.json', '')),
    );
    for (const lang of OFFERED) {
      const file = safetyRulesFileSchema.parse(
        SAFETY_RULE_FILES[lang as keyof typeof SAFETY_RULE_FILES],
      );
      expect(file.rules.filter((r) => r.category === 'crisis').length, lang).toBeGreaterThanOrEqual(
        4,
      );
    }
  });

  it('rejects a rule with both phrases and a regex, a bad id, or a duplicate id', () => {
    const base = { language: 'en', rules: [{ id: 'a', category: 'crisis', phrases: ['x'] }] };
    expect(safetyRulesFileSchema.safeParse(base).success).toBe(true);
    const both = { ...base, rules: [{ id: 'a', category: 'crisis', phrases: ['x'], regex: 'x' }] };
    expect(safetyRulesFileSchema.safeParse(both).success).toBe(false);
    const badId = { ...base, rules: [{ id: 'A B', category: 'crisis', phrases: ['x'] }] };
    expect(safetyRulesFileSchema.safeParse(badId).success).toBe(false);
    const twice = { ...base, rules: [base.rules[0], base.rules[0]] };
    expect(safetyRulesFileSchema.safeParse(twice).success).toBe(false);
    const badCategory = { ...base, rules: [{ id: 'a', category: 'danger', phrases: ['x'] }] };
    expect(safetyRulesFileSchema.safeParse(badCategory).success).toBe(false);
  });
});

describe('data/safety/examples', () => {
  const files = readJsonFiles(join(SAFETY_DATA_DIR, 'examples'));
  const examples = loadSafetyExamples();

  it.each(files.map((f) => [f.file, f.data] as const))('%s matches the schema', (file, data) => {
    expect(`${safetyExamplesFileSchema.parse(data).language}.json`).toBe(file);
  });

  it('holds no example twice', () => {
    const seen = examples.map((e) => e.text.toLowerCase());
    expect(seen.filter((t, i) => seen.indexOf(t) !== i)).toEqual([]);
  });

  it('has a language for every rule file, and varied phrasings in each offered language', () => {
    expect(new Set(examples.map((e) => e.language))).toEqual(
      new Set(Object.keys(SAFETY_RULE_FILES)),
    );
    for (const lang of OFFERED) {
      const mine = examples.filter((e) => e.language === lang);
      const crisis = mine.filter((e) => e.label === 'crisis');
      expect(crisis.length, lang).toBeGreaterThanOrEqual(10);
      // Wants to die, self-harm, overdose, abuse and a parent in crisis themselves.
      expect(new Set(crisis.map((e) => e.kind)).size, lang).toBeGreaterThanOrEqual(5);
      expect(mine.filter((e) => e.label === 'none').length, lang).toBeGreaterThanOrEqual(4);
    }
  });
});
