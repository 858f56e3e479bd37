// Test-only switches, read once here (only env.ts files read the environment).
export const testEnv = {
  /** A PostgreSQL server for the multi-instance and restart tests (createTestDb uses it too). */
  databaseUrl: process.env.TEST_DATABASE_URL || null,
  /** A Redis server for the Redis rate-limit test. */
  redisUrl: process.env.TEST_REDIS_URL || null,
};
