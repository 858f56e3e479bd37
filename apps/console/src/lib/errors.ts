// Turning API errors into words for people, and into messages beside the right form fields.
import { TRPCClientError } from '@trpc/client';

export interface FieldError {
  path: string;
  message: string;
}

interface ErrorData {
  code?: string;
  httpStatus?: number;
  fieldErrors?: FieldError[];
}

function dataOf(e: unknown): ErrorData | undefined {
  if (e instanceof TRPCClientError) return (e.data ?? undefined) as ErrorData | undefined;
  return undefined;
}

export function errorCode(e: unknown): string | undefined {
  return dataOf(e)?.code;
}

export function isUnauthorized(e: unknown): boolean {
  return errorCode(e) === 'UNAUTHORIZED';
}

export function isNetworkError(e: unknown): boolean {
  return e instanceof TRPCClientError && !dataOf(e) && /fetch|network/i.test(e.message);
}

/** A sentence to show; never a stack trace. */
export function errorMessage(e: unknown): string {
  if (isNetworkError(e))
    return 'The service could not be reached. Check your connection and try again.';
  if (e instanceof TRPCClientError) {
    const fields = dataOf(e)?.fieldErrors;
    if (fields?.length) return 'Some answers need correcting: see the messages beside them.';
    return e.message || 'Something went wrong. Please try again.';
  }
  if (e instanceof Error && e.message) return e.message;
  return 'Something went wrong. Please try again.';
}

/** Field errors keyed by input path (`facts.decisionDate`), first message per field. */
export function fieldErrors(e: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of dataOf(e)?.fieldErrors ?? []) out[f.path] ??= f.message;
  return out;
}
