import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // A fresh database per file costs a template copy; some tests start child processes.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
