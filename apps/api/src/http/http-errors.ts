import type { Context } from 'hono';
import type { AppDeps } from '../system/deps';
import { phoneForFamilies } from '../services/settings/service-info';

export type WidgetErrorCode =
  | 'bad_request'
  | 'too_large'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'rate_limited'
  | 'unavailable'
  | 'internal';

// An error must not wait long for the number: the database may be what is failing.
const PHONE_WAIT_MS = 300;

/**
 * The widget's error body: a code the frame can switch on and a sentence a person can act on,
 * ending with the service's phone number (from the settings, their last good read, or
 * SERVICE_PHONE), so nobody is left stuck.
 */
export async function widgetError(
  deps: Pick<AppDeps, 'db' | 'clock' | 'config'>,
  c: Context,
  status: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503,
  code: WidgetErrorCode,
  message: string,
) {
  const phone = await phoneForFamilies(deps, PHONE_WAIT_MS);
  const full = phone ? `${message} You can also call us on ${phone}.` : message;
  return c.json({ error: { code, message: full } }, status);
}

/** Seconds a family's frame is told to wait when the database or rate limiter is down. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 10;

/** 503 + Retry-After for a request we cannot serve now (database or shared counters down). */
export function widgetUnavailable(
  deps: Pick<AppDeps, 'db' | 'clock' | 'config'>,
  c: Context,
  retryAfterSeconds = UNAVAILABLE_RETRY_AFTER_SECONDS,
) {
  c.header('Retry-After', String(retryAfterSeconds));
  return widgetError(
    deps,
    c,
    503,
    'unavailable',
    'We cannot save anything just now because part of our system is not working. Please try again in a minute.',
  );
}
