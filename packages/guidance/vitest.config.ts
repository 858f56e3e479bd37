import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The first answer in a test file loads the word vectors, vocabulary, phrase and safety
    // tables (a cold start); on a busy 2-core machine that took over the default 5 s. These
    // limits catch a hang, not slowness: speed goals are measured in bench/.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
