// The engine is loaded after the server listens (engine.ts). One value import of @sen/guidance
// (or of heavy packages that are loaded on first use) anywhere in the server's sources would put
// their loading back before /health answers, silently: this test names the file that does it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../..', import.meta.url));
const SERVER_SOURCES = ['apps/api/src', 'packages/db/src'];
const LOADED_ON_FIRST_USE = [
  '@sen/guidance',
  'pdf-lib',
  '@pdf-lib/fontkit',
  'nodemailer',
  'openai',
  'pg',
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'testing' || e.name === 'cli' ? [] : sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Static imports that load a module's code: `import type` and type-only braces do not. */
function valueImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/^import\s+(?!type\s)([^;]*?)\s+from\s+'([^']+)'/gms)) {
    const names = m[1]!;
    const typeOnly =
      /^\{[^}]*\}$/s.test(names) &&
      names
        .slice(1, -1)
        .split(',')
        .every((n) => !n.trim() || /^type\s/.test(n.trim()));
    if (!typeOnly) out.push(m[2]!);
  }
  for (const m of source.matchAll(/^import\s+'([^']+)'/gm)) out.push(m[1]!);
  return out;
}

describe('modules loaded on first use', () => {
  it('are never imported statically by the server', () => {
    const offenders: string[] = [];
    for (const dir of SERVER_SOURCES)
      for (const file of sources(join(root, dir)))
        for (const spec of valueImports(readFileSync(file, 'utf8')))
          if (LOADED_ON_FIRST_USE.some((m) => spec === m || spec.startsWith(`${m}/`)))
            offenders.push(`${relative(root, file)} imports ${spec}`);
    expect(offenders).toEqual([]);
  });

  it('the check sees a value import and lets a type import pass', () => {
    expect(valueImports("import { answer, type Answer } from '@sen/guidance';")).toEqual([
      '@sen/guidance',
    ]);
    expect(valueImports("import { type Answer } from '@sen/guidance';")).toEqual([]);
    expect(valueImports("import type { Answer } from '@sen/guidance';")).toEqual([]);
    expect(valueImports("import pg from 'pg';")).toEqual(['pg']);
  });
});
