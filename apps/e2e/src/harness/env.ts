// The only place the browser tests read the environment.
export const e2eEnv = {
  /** Explicit Chromium binary; otherwise the Debian paths are tried. */
  chromiumPath: process.env.CHROMIUM_PATH,
  /** In CI a missing browser is a failure, not a skip. */
  inCi: Boolean(process.env.CI),
  /** Keep the browser visible-ish for debugging (`E2E_SLOWMO=250`). */
  slowMo: Number(process.env.E2E_SLOWMO ?? 0),
  /** A PostgreSQL server, for the tests that run two instances on one database. */
  databaseUrl: process.env.TEST_DATABASE_URL || null,
};
