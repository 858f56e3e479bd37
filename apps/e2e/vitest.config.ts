import { defineConfig } from 'vitest/config';

// One system and one browser per file; files run one after another because the machine has
// two cores and every file starts a whole server plus Chromium.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
