// The README lists every export, so nobody has to read the source to find a function.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as rules from '../src/index';

describe('README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  it.each(Object.keys(rules))('mentions %s', (name) => {
    expect(readme).toContain(`${name}`);
  });
});
