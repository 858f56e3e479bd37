import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    // A single-page app: the API serves build/ at /console and answers every unknown path
    // under it with index.html. scripts/csp-safe-bootstrap.js then moves SvelteKit's inline
    // boot script into a file, so the console runs under `script-src 'self'`.
    adapter: adapter({ pages: 'build', assets: 'build', fallback: 'index.html', strict: true }),
    paths: { base: '/console', relative: false },
    appDir: '_app',
    version: { pollInterval: 0 },
    output: { bundleStrategy: 'split' },
  },
};
