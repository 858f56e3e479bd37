import type { SQL } from 'drizzle-orm';
import type { Db } from './client';

/**
 * Runs raw SQL and returns its rows. Both drivers answer `{ rows }`, but the shared `Db` type
 * cannot know that, so this is the one place that says so.
 */
export async function queryRows<T>(db: Pick<Db, 'execute'>, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

// A UTF-16 surrogate without its partner (only reachable through a JSON "\ud800" escape).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * JSON for ONE jsonb parameter that carries a whole batch of rows. jsonb refuses a lone
 * surrogate that a text parameter would have stored as U+FFFD (the driver's UTF-8 encoding
 * does that); replacing it here keeps one odd message from failing every row it travels with.
 */
export function batchJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'string' ? v.replace(LONE_SURROGATE, '\uFFFD') : v,
  );
}
