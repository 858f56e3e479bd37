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

export interface SummaryLine {
  /** The field to jump to, when the form shows it. */
  id?: string;
  message: string;
}

/**
 * The server's answer for one form: its field errors keyed by the form's own field names (the
 * input path without `prefix`, such as `facts.`), and one summary line per problem, linked to the
 * field when the form shows it. A problem with a field the form does not show keeps its own words
 * in the summary, so the summary never says "see the messages beside them" about nothing.
 */
export function formErrors(
  e: unknown,
  form: { shown: readonly string[]; prefix?: string; idOf?: (name: string) => string },
): { fields: Record<string, string>; summary: SummaryLine[] } {
  const problems = dataOf(e)?.fieldErrors ?? [];
  if (!problems.length) return { fields: {}, summary: [{ message: errorMessage(e) }] };
  const fields: Record<string, string> = {};
  const summary: SummaryLine[] = [];
  const idOf = form.idOf ?? ((name: string) => name);
  for (const p of problems) {
    const name =
      form.prefix && p.path.startsWith(form.prefix) ? p.path.slice(form.prefix.length) : p.path;
    if (form.shown.includes(name)) {
      if (fields[name]) continue;
      fields[name] = p.message;
      summary.push({ id: idOf(name), message: p.message });
    } else summary.push({ message: p.message });
  }
  return { fields, summary };
}
