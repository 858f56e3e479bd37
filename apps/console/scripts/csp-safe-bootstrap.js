// SvelteKit writes the SPA's start-up code as an inline <script> in index.html. The API serves
// the console under `script-src 'self'` (no inline scripts), so after the build this moves that
// code into build/_app/boot-<hash>.js and points a plain <script src> at it. The code reads
// `document.currentScript.parentElement`, which works the same for an external classic script.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

/**
 * @param {string} html the built page
 * @param {string} base the app's base path, e.g. "/console"
 * @returns {{ html: string, fileName: string, code: string }}
 */
export function externalizeBootstrap(html, base) {
  const inline = [...html.matchAll(INLINE_SCRIPT)];
  if (inline.length !== 1 || !inline[0]?.[1]?.includes('__sveltekit_')) {
    throw new Error(
      `Expected exactly one inline SvelteKit boot script, found ${inline.length}: the CSP rewrite needs updating.`,
    );
  }
  const code = inline[0][1].trim() + '\n';
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 12);
  const fileName = `boot-${hash}.js`;
  const tag = `<script src="${base}/_app/${fileName}"></script>`;
  return { html: html.replace(inline[0][0], tag), fileName, code };
}

/** Rewrites `buildDir/index.html` in place and writes the boot file beside the app's assets. */
export function rewriteBuild(buildDir, base) {
  const page = join(buildDir, 'index.html');
  const result = externalizeBootstrap(readFileSync(page, 'utf8'), base);
  writeFileSync(join(buildDir, '_app', result.fileName), result.code);
  writeFileSync(page, result.html);
  return result.fileName;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const buildDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'build');
  const fileName = rewriteBuild(buildDir, '/console');
  console.log(`console: boot script moved to _app/${fileName} (CSP script-src 'self')`);
}
