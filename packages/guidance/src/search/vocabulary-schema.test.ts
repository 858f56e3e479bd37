import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../ingest/parse-document';
import { composeFromGuidance } from '../pipeline/compose';
import { canonicalise } from '../text/analyze';
import { createGuidanceIndex } from './guidance-index';
import { applyFolds, compileFolds } from './vocabulary';
import { vocabularyEntrySchema, vocabularySchema } from './vocabulary-schema';

const shipped = JSON.parse(
  readFileSync(new URL('../../data/vocabulary.json', import.meta.url), 'utf8'),
) as unknown;

describe('data/vocabulary.json', () => {
  it('is valid against the schema', () => {
    expect(() => vocabularySchema.parse(shipped)).not.toThrow();
  });

  it('folds every phrase of every term to that term (first alternative of each word, slots filled)', () => {
    const vocabulary = vocabularySchema.parse(shipped);
    const fill: Record<string, string> = {
      '{n}': '19',
      '{who}': 'we',
      '{my}': 'our',
      '{*}': 'council',
      '{end}': '',
    };
    const misses: string[] = [];
    for (const entry of [...vocabulary.terms, ...vocabulary.frames])
      for (const phrase of entry.phrases) {
        const example = phrase
          .split(/\s+/)
          .map((w) => (w.endsWith('?') && w.length > 1 ? w.slice(0, -1) : w))
          .map((w) => w.split('|')[0]!.replace(/!$/, ''))
          .map((w) => fill[w] ?? w)
          .join(' ')
          .trim();
        const tokens = canonicalise(`${example}?`).split(/\s+/);
        const want = entry.term.replace('{n}', '19').split(' ');
        if (!want.every((t) => tokens.includes(t))) misses.push(`${phrase} → ${tokens.join(' ')}`);
      }
    expect(misses).toEqual([]);
  });

  it('rejects entries a compiler could not read', () => {
    expect(vocabularyEntrySchema.safeParse({ term: 'x', phrases: ['(?:a|b)+'] }).success).toBe(
      false,
    );
    expect(vocabularyEntrySchema.safeParse({ term: 'x', phrases: ['a {thing}'] }).success).toBe(
      false,
    );
    expect(vocabularyEntrySchema.safeParse({ term: 'x', phrases: [] }).success).toBe(false);
    expect(vocabularyEntrySchema.safeParse({ term: 'x', phrases: ['a b'] }).success).toBe(true);
  });
});

describe('compileFolds', () => {
  it('matches the forms of each word, alternatives and optional words', () => {
    const folds = compileFolds(
      [{ term: 'voluntary', phrases: ['pull|drop out', 'change my? mind'] }],
      new Set(['my']),
    );
    expect(applyFolds('she pulled out', folds)).toMatch(/voluntary/);
    expect(applyFolds('dropping out now', folds)).toMatch(/voluntary/);
    expect(applyFolds('if i change mind', folds)).toMatch(/voluntary/);
    expect(applyFolds('if i changed my mind', folds)).toMatch(/voluntary/);
    expect(applyFolds('a pullout menu', folds)).not.toMatch(/voluntary/);
  });
});

describe('staff-added vocabulary', () => {
  const page = parseDocument({
    id: 'eotas.md',
    title: 'Other provision',
    format: 'markdown',
    body: '# Other provision\n\nWe can mediate about EOTAS packages when the council has agreed them in the plan.\n\nThe service is free.',
  });
  const question = 'Can you mediate about education otherwise than at school?';

  it('is merged at run time: its phrases find the term the pages use', () => {
    const without = createGuidanceIndex(page);
    const withTerm = createGuidanceIndex(page, {
      vocabulary: [{ term: 'eotas', phrases: ['education otherwise than at school'] }],
    });
    expect(composeFromGuidance(question, without)?.body ?? '').not.toMatch(/EOTAS/);
    expect(composeFromGuidance(question, withTerm)?.body).toMatch(/EOTAS packages/);
  });

  it('leaves out an entry that fails the schema instead of failing the index', () => {
    const index = createGuidanceIndex(page, {
      vocabulary: [{ term: 'bad', phrases: ['(unclosed'] }],
    });
    expect(index.passages.length).toBe(2);
  });
});
