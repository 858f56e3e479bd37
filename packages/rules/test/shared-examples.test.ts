// Runs the worked examples in shared/domain/rules-examples.json when that folder is reachable
// (it sits beside the checkout on the build machine, not in every clone). The same examples are
// copied into src/examples.test.ts so they always run.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as rules from '../src/index';

function findExamples(): string | null {
  let dir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  for (;;) {
    const candidate = join(dir, 'shared', 'domain', 'rules-examples.json');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

interface Example {
  id: string;
  fn: string;
  input: Record<string, string>;
  expected: string;
  note: string;
}

const file = findExamples();
if (!file) {
  console.warn(
    '\n*** shared/domain/rules-examples.json NOT FOUND above packages/rules: skipping the shared examples (the copied table in src/examples.test.ts still runs). ***\n',
  );
}
const examples: Example[] = file ? (JSON.parse(readFileSync(file, 'utf8')) as Example[]) : [];

describe.skipIf(!file)('shared/domain/rules-examples.json', () => {
  it('has examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(16);
  });
  it.each(examples.map((e) => [e.id, e] as const))('%s', (_id, e) => {
    const fn = (
      rules as unknown as Record<string, (input: unknown) => { date: string; explanation: string }>
    )[e.fn];
    expect(fn, `${e.fn} is exported`).toBeTypeOf('function');
    const out = fn!(e.input);
    expect(out.date, e.note).toBe(e.expected);
    expect(out.explanation.length).toBeGreaterThan(20);
  });
});
