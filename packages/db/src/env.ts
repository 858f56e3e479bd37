import { z } from 'zod';

// Configuration for this package's own commands (backup, restore, purge, seed). The API has its
// own env.ts and passes the same values to openDatabase().
const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('.data/pglite'),
});

export type DbEnv = z.infer<typeof schema>;

export function readDbEnv(): DbEnv {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid database configuration:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}
