// `pnpm build` for @sen/api: bundles the server (our workspace TypeScript) into dist/main.js so
// `pnpm start` does not compile hundreds of files through tsx at every start. Most third-party
// packages stay external (BUNDLED below lists those that do not), imported from where each
// workspace package resolves them, and each bundled file keeps its own `import.meta.url`, so
// paths next to the sources (migrations, the sample guidance, built assets) resolve exactly as
// when running the sources.
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));

// Pure-JavaScript packages bundled rather than loaded from node_modules at start-up: Node
// resolves, reads and links each ESM file on its own (zod alone is over a hundred files), and
// that was a quarter of the second start. Packages that find files next to themselves (PGlite's
// WebAssembly, fonts), use native code or worker threads (argon2, pino), are loaded only when
// first needed (pdf-lib, openai, nodemailer, pg), or must stay one copy shared with a package
// loaded from node_modules (drizzle-orm, whose node-postgres driver is loaded only for
// PostgreSQL) stay external.
const BUNDLED = [
  'zod',
  'hono',
  '@hono/node-server',
  '@hono/trpc-server',
  '@trpc/server',
  'superjson',
  'htmlparser2',
  'domelementtype',
  'domhandler',
  'domutils',
  'dom-serializer',
  'entities',
  'marked',
  'minisearch',
  'franc-min',
  'trigram-utils',
  'n-gram',
  'collapse-white-space',
  're2js',
  'ipaddr.js',
  'otpauth',
  'csv-stringify',
];

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
      if (BUNDLED.some((name) => args.path === name || args.path.startsWith(`${name}/`)))
        return { path: r.path };
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
