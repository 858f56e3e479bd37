// `pnpm build` for @sen/api: bundles the server (our workspace TypeScript) into dist/main.js so
// `pnpm start` does not compile hundreds of files through tsx at every start. Third-party
// packages stay external, imported from where each workspace package resolves them, and each
// bundled file keeps its own `import.meta.url`, so paths next to the sources (migrations, the
// sample guidance, built assets) resolve exactly as when running the sources.
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));

const workspaceSources: Plugin = {
  name: 'workspace-sources',
  setup(b) {
    // Bare imports of third-party packages: resolve from the importing package, keep external.
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith('@sen/') || args.path.startsWith('node:')) return undefined;
      if (args.pluginData === 'resolving') return undefined;
      const r = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'resolving',
      });
      if (r.errors.length > 0) return { errors: r.errors };
      if (!r.path.includes('/node_modules/')) return undefined;
      return { path: pathToFileURL(r.path).href, external: true };
    });
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      return {
        contents: source.replaceAll(
          'import.meta.url',
          JSON.stringify(pathToFileURL(args.path).href),
        ),
        loader: 'ts',
      };
    });
  },
};

const started = performance.now();
await build({
  entryPoints: [`${here}src/main.ts`],
  outfile: `${here}dist/main.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [workspaceSources],
});
console.log(`@sen/api bundled into dist/main.js (${Math.round(performance.now() - started)} ms)`);
