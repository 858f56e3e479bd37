import type { Context } from 'hono';
import { requestOrigin } from './request-meta';

export const CSRF_HEADER = 'x-sen-csrf';

/**
 * A state-changing staff request must come from our own origin AND carry a header that a
 * cross-site form or simple request cannot set. Either alone has known bypasses.
 */
export function csrfProblem(c: Context, selfOrigin: string): string | null {
  if (c.req.header(CSRF_HEADER) !== '1') return 'missing-header';
  const origin = requestOrigin(c);
  if (origin === null) return 'missing-origin';
  if (origin !== selfOrigin) return 'foreign-origin';
  return null;
}
