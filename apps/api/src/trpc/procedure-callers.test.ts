// Every procedure has a caller: the console, or a reason written here why it is API-only. A
// procedure nobody calls is code to secure, test and keep for nothing, and one the console
// re-implements instead of calling (the contrast check, the answer scorer) drifts from it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appRouter } from './app-router';

/** Procedures with no caller in the console, each with why it must stay. */
const API_ONLY: Record<string, string> = {};

const consoleSrc = fileURLToPath(new URL('../../../console/src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|js|svelte)$/.test(name) && !/\.test\.ts$/.test(name) ? [full] : [];
  });
}

// The console calls tRPC as `trpc.<router>.<procedure>.query(…)` / `.mutate(…)` (or through the
// same client passed in as `api`), sometimes split over lines: compare with white space removed.
const consoleText = sourceFiles(consoleSrc)
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n')
  .replace(/\s+/g, '');

const calledByConsole = (procedure: string) =>
  new RegExp(`\\.${procedure.replaceAll('.', '\\.')}\\.(query|mutate)\\(`).test(consoleText);

const procedures = Object.keys(appRouter._def.procedures).sort();

describe('every procedure has a caller', () => {
  it('finds the console source and its calls', () => {
    expect(calledByConsole('auth.me')).toBe(true);
    expect(calledByConsole('auth.nothingLikeThis')).toBe(false);
  });

  it('each procedure is called by the console or listed as API-only with a reason', () => {
    const uncalled = procedures.filter((p) => !calledByConsole(p) && !(p in API_ONLY));
    expect(uncalled, 'procedures nobody calls: call them from the console or remove them').toEqual(
      [],
    );
  });

  it('lists no procedure that does not exist or that the console does call', () => {
    const listed = Object.keys(API_ONLY);
    expect(listed.filter((p) => !procedures.includes(p))).toEqual([]);
    expect(Object.keys(API_ONLY).filter(calledByConsole)).toEqual([]);
    for (const reason of Object.values(API_ONLY)) expect(reason.length).toBeGreaterThan(10);
  });
});
