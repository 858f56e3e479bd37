import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseDocuments } from '../ingest/parse-document';
import { SAMPLE_DOCS } from '../testing/sample-guidance';
import examplesData from './coverage-examples.json' with { type: 'json' };
import { coverage, COVERAGE_THRESHOLD } from './verify';

const Examples = z.object({
  examples: z
    .array(z.object({ cites: z.string(), label: z.enum(['good', 'bad']), text: z.string().min(5) }))
    .min(20),
});

describe('content-word coverage threshold, measured on labelled sentences', () => {
  const passages = parseDocuments(SAMPLE_DOCS);
  const { examples } = Examples.parse(examplesData);
  const scored = examples.map((e) => {
    const p = passages.find((x) => x.id === e.cites);
    if (!p) throw new Error(`coverage-examples.json: no passage ${e.cites}`);
    return { ...e, score: coverage(e.text, [p]) };
  });
  const good = scored.filter((s) => s.label === 'good').map((s) => s.score);
  const bad = scored.filter((s) => s.label === 'bad').map((s) => s.score);

  it('keeps every supported sentence and drops every unsupported one', () => {
    console.info(
      `coverage: good min ${Math.min(...good).toFixed(2)} (n=${good.length}), bad max ${Math.max(...bad).toFixed(2)} (n=${bad.length}), threshold ${COVERAGE_THRESHOLD}`,
    );
    expect(scored.filter((s) => s.label === 'good' && s.score < COVERAGE_THRESHOLD)).toEqual([]);
    expect(scored.filter((s) => s.label === 'bad' && s.score >= COVERAGE_THRESHOLD)).toEqual([]);
  });
});
