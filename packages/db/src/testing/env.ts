import { z } from 'zod';

const schema = z.object({
  TEST_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

export function readTestEnv(): z.infer<typeof schema> {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) throw new Error(`Invalid TEST_DATABASE_URL: ${parsed.error.message}`);
  return parsed.data;
}
