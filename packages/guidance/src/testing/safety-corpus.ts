// Reads the labelled safety examples (data/safety/examples/*.json) and measures a classifier on
// them: recall per category and the false-alarm rate on ordinary messages, per language.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  SAFETY_CATEGORIES,
  safetyExamplesFileSchema,
  type ExampleLabel,
  type SafetyCategory,
  type SafetyExamplesFile,
} from '../pipeline/safety-schema';

export const SAFETY_DATA_DIR = fileURLToPath(new URL('../../data/safety/', import.meta.url));

export interface LabelledExample {
  language: string;
  label: ExampleLabel;
  kind: string;
  text: string;
}

export function readJsonFiles(dir: string): { file: string; data: unknown }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, data: JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown }));
}

export function loadSafetyExamples(dir = join(SAFETY_DATA_DIR, 'examples')): LabelledExample[] {
  return readJsonFiles(dir).flatMap(({ data }) => {
    const parsed: SafetyExamplesFile = safetyExamplesFileSchema.parse(data);
    return parsed.groups.flatMap((g) =>
      g.examples.map((text) => ({ language: parsed.language, label: g.label, kind: g.kind, text })),
    );
  });
}

export type Classifier = (message: string) => SafetyCategory | undefined;

export interface CategoryScore {
  category: SafetyCategory;
  language: string;
  /** Examples labelled with the category, and how many were caught. */
  positives: number;
  caught: number;
  /** Ordinary messages (label none), and how many got this category's reply. */
  ordinary: number;
  falseAlarms: number;
  missed: string[];
  alarmed: string[];
}

/** One score per category and language with examples, plus an 'all' row per category. */
export function measure(
  examples: readonly LabelledExample[],
  classify: Classifier,
): CategoryScore[] {
  const rows = new Map<string, CategoryScore>();
  const row = (category: SafetyCategory, language: string) => {
    const key = `${category}|${language}`;
    let r = rows.get(key);
    if (!r) {
      r = {
        category,
        language,
        positives: 0,
        caught: 0,
        ordinary: 0,
        falseAlarms: 0,
        missed: [],
        alarmed: [],
      };
      rows.set(key, r);
    }
    return r;
  };
  for (const ex of examples) {
    const got = classify(ex.text);
    for (const category of SAFETY_CATEGORIES) {
      for (const r of [row(category, ex.language), row(category, 'all')]) {
        if (ex.label === category) {
          r.positives++;
          if (got === category) r.caught++;
          else r.missed.push(ex.text);
        } else if (ex.label === 'none') {
          r.ordinary++;
          if (got === category) {
            r.falseAlarms++;
            r.alarmed.push(ex.text);
          }
        }
      }
    }
  }
  return [...rows.values()].filter(
    (r) => r.positives > 0 || r.falseAlarms > 0 || r.language === 'all',
  );
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)}%` : '—');

export function formatScores(scores: readonly CategoryScore[]): string {
  const lines = ['category      lang  recall          false alarms'];
  for (const s of [...scores].sort(
    (a, b) =>
      a.category.localeCompare(b.category) ||
      (a.language === 'all' ? -1 : b.language === 'all' ? 1 : a.language.localeCompare(b.language)),
  )) {
    lines.push(
      `${s.category.padEnd(13)} ${s.language.padEnd(5)} ${`${s.caught}/${s.positives} ${pct(s.caught, s.positives)}`.padEnd(15)} ${s.falseAlarms}/${s.ordinary} ${pct(s.falseAlarms, s.ordinary)}`,
    );
  }
  return lines.join('\n');
}
