// The loader: one small IIFE with no imports at run time, built after the frame into the same
// dist/ (emptyOutDir: false keeps the frame's files).
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2020',
    reportCompressedSize: false,
    lib: {
      entry: 'src/loader/loader.ts',
      formats: ['iife'],
      name: 'SENMediationDeskLoader',
      fileName: () => 'loader.js',
    },
  },
});
