import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/test-support.ts'],
      reporter: ['text-summary', 'text'],
      // The law leaves no branch untested.
      thresholds: { branches: 100, lines: 100, functions: 100, statements: 100 },
    },
  },
});
