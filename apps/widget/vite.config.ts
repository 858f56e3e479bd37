// The chat frame: frame.html plus hashed assets, with relative paths so it works under
// /widget/. CSS is emitted as a file (the frame's CSP allows no inline style elements).
import { readFileSync } from 'node:fs';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** Ships the integrators' type file beside the loader. */
function typesFile(): Plugin {
  return {
    name: 'sen-widget-types',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'sen-mediation-desk.d.ts',
        source: readFileSync(new URL('./src/loader/sen-mediation-desk.d.ts', import.meta.url)),
      });
    },
  };
}

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [svelte(), typesFile()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    reportCompressedSize: false,
    // The polyfill would be an inline script, which the frame's CSP forbids.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // The size budget test reads the manifest to know what the first open loads.
    manifest: true,
    rollupOptions: { input: { frame: 'frame.html' } },
  },
  test: {
    include: ['src/**/*.test.ts'],
  },
});
