/** The PostgreSQL error underneath drizzle's "Failed query" wrapper, if there is one. */
export function pgError(error: unknown): { code?: string; message: string } | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (typeof current === 'object' && 'code' in current && typeof current.code === 'string') {
      const message = 'message' in current ? String(current.message) : '';
      return { code: current.code, message };
    }
    current = typeof current === 'object' && 'cause' in current ? current.cause : undefined;
  }
  return undefined;
}

export const isUniqueViolation = (error: unknown) => pgError(error)?.code === '23505';
export const isForeignKeyViolation = (error: unknown) => pgError(error)?.code === '23503';

/** A problem the caller can show to a person: bad input, a missing row, a stale form. */
export class DbInputError extends Error {
  constructor(
    readonly code: 'not_found' | 'invalid' | 'conflict' | 'stale',
    message: string,
  ) {
    super(message);
    this.name = 'DbInputError';
  }
}

/**
 * The embedded database's folder is held by another live process (usually the running server):
 * PGlite has one writer. Commands that open the database say what to do instead.
 */
export class DataFolderInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    message: string,
  ) {
    super(message);
    this.name = 'DataFolderInUse';
  }
}
