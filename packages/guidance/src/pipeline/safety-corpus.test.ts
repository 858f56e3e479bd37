// Measures the safety rules on the labelled examples in data/safety/examples and prints the
// figures. Crisis recall must be 100 % in every language: a missed crisis is the one failure
// the chat cannot afford. False alarms cost a family an answer, so they have targets too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossarySchema } from './glossary';
import { isCrisis, safetyCategory } from './safety';
import { formatScores, loadSafetyExamples, measure } from '../testing/safety-corpus';

/** Targets, also stated in the package README. */
const TARGETS = {
  crisis: { recall: 1, falseAlarms: 0.05 },
  injection: { recall: 0.9, falseAlarms: 0.02 },
  legal_advice: { recall: 0.9, falseAlarms: 0.02 },
} as const;

describe('safety rules on the labelled corpus', () => {
  const scores = measure(loadSafetyExamples(), safetyCategory);

  it('prints recall and false alarms per category and language', () => {
    console.log(`Safety corpus (data/safety/examples):\n${formatScores(scores)}`);
    expect(scores.length).toBeGreaterThan(20);
  });

  it.each(scores.filter((s) => s.category === 'crisis'))('catches every crisis in $language', (s) =>
    expect(s.missed).toEqual([]),
  );

  it.each(Object.entries(TARGETS))('%s meets its targets overall', (category, target) => {
    const all = scores.find((s) => s.category === category && s.language === 'all')!;
    expect(all.caught / all.positives, all.missed.join(' | ')).toBeGreaterThanOrEqual(
      target.recall,
    );
    expect(all.falseAlarms / all.ordinary, all.alarmed.join(' | ')).toBeLessThanOrEqual(
      target.falseAlarms,
    );
  });

  it('alarms on at most one ordinary message in any one language', () => {
    for (const s of scores.filter((x) => x.language !== 'all'))
      expect(
        s.falseAlarms,
        `${s.category} ${s.language}: ${s.alarmed.join(' | ')}`,
      ).toBeLessThanOrEqual(1);
  });
});

describe('safety rules on the words of the glossary', () => {
  // The glossary (data/languages/glossary.json) holds the everyday words of this field in 66
  // languages: a letter, a lost copy, the council, a deadline. A crisis rule that fires on one
  // of them alone would alarm on ordinary questions in that language, or, since every language's
  // rules run on every message, in another ("dera" is abuse in Malay and a door in Albanian).
  it('raises no alarm on any of them', () => {
    const file = new URL('../../data/languages/glossary.json', import.meta.url);
    const words = glossarySchema
      .parse(JSON.parse(readFileSync(file, 'utf8')))
      .entries.flatMap((g) => g.words.map((w) => w.replace(/\*$/, '')));
    expect(words.length).toBeGreaterThan(20000);
    const alarmed = words.filter((w) => isCrisis(w));
    expect(alarmed).toEqual([]);
    // 24,000 words through 51 languages' rules: most of a minute on a busy two-core machine.
  }, 180_000);
});
