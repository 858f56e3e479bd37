import type { Context } from 'hono';
import type { AppDeps } from './deps';
import { loadSettings } from './service-info';

export type WidgetErrorCode =
  | 'bad_request'
  | 'too_large'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'rate_limited'
  | 'unavailable'
  | 'internal';

/**
 * The widget's error body: a code the frame can switch on and a sentence a person can act on,
 * always ending with the service's phone number, so nobody is left stuck.
 */
export async function widgetError(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  c: Context,
  status: 400 | 401 | 403 | 404 | 413 | 429 | 500 | 503,
  code: WidgetErrorCode,
  message: string,
) {
  let phone: string | null = null;
  try {
    phone = (await loadSettings(deps)).phone;
  } catch {
    // The database is down: the message still goes out, without the number.
  }
  const full = phone ? `${message} You can also call us on ${phone}.` : message;
  return c.json({ error: { code, message: full } }, status);
}
