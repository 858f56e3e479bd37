import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

// Configuration for this package's own commands (backup, restore, purge). Same variables and
// meaning as the API's env.ts: DATABASE_URL for a server, else PGlite in DATA_DIR/pglite, with
// DATA_DIR defaulting to .data at the repository root and a relative DATA_DIR taken from where
// the command was typed (pnpm sets INIT_CWD).
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATA_DIR: z
    .string()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  INIT_CWD: z.string().optional(),
});

export interface DbEnv {
  DATABASE_URL: string | undefined;
  /** The PGlite data folder (DATA_DIR/pglite). */
  pgliteDir: string;
}

export function readDbEnv(): DbEnv {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid database configuration:\n  ${problems.join('\n  ')}`);
  }
  const { DATABASE_URL, DATA_DIR, INIT_CWD } = parsed.data;
  const dataDir = DATA_DIR
    ? isAbsolute(DATA_DIR)
      ? DATA_DIR
      : resolve(INIT_CWD ?? process.cwd(), DATA_DIR)
    : join(repoRoot, '.data');
  return { DATABASE_URL, pgliteDir: join(dataDir, 'pglite') };
}
