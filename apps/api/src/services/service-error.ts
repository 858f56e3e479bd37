// The errors our own services throw for something a person can put right: bad input (with the
// fields it was in), a missing row, a conflict, a refusal. Plain errors with no transport types,
// so services stay callable from tRPC, the widget's REST routes, the CLI and tests alike; tRPC's
// one procedure family (trpc/init.ts) turns them into 400 / 404 / 409 / 403.

export interface FieldProblem {
  /** Dotted input path, e.g. `patch.decisionDate`, so the console can mark the field. */
  path: string;
  message: string;
}

export type ServiceErrorCode = 'invalid' | 'not_found' | 'conflict' | 'forbidden';

export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    /** For `invalid`: every field that was wrong (reaches the console as `data.fieldErrors`). */
    readonly problems: readonly FieldProblem[] = [],
  ) {
    super(message);
  }
}

/** Bad input: one sentence naming the problems as the message, and each problem by field. */
export function badInput(message: string, problems: readonly FieldProblem[] = []): ServiceError {
  return new ServiceError('invalid', message, problems);
}

/** "`what` was not found." */
export function notFound(what: string): ServiceError {
  return new ServiceError('not_found', `${what} was not found.`);
}

export function conflict(message: string): ServiceError {
  return new ServiceError('conflict', message);
}

export function forbidden(message: string): ServiceError {
  return new ServiceError('forbidden', message);
}
