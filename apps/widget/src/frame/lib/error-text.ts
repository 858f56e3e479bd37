import { fill, type FrameStrings } from '../../strings';
import { ApiError } from './api-client';

/**
 * What to tell the visitor when a request fails: always plain words and, whenever we know it,
 * the phone number. The server's own message is used for bad input (it says what was wrong)
 * and when we do not know the phone number yet (the server's message includes it).
 */
export function errorText(error: unknown, t: FrameStrings, phone: string): string {
  const e = error instanceof ApiError ? error : new ApiError('server', '');
  if (!phone) return e.serverMessage || t.errorStart;
  switch (e.kind) {
    case 'offline':
      return fill(t.errorOffline, { phone });
    case 'rate-limited':
      return fill(t.errorRateLimited, { phone, seconds: e.retryAfterSeconds || 30 });
    case 'denied':
      return fill(t.errorDenied, { phone });
    case 'invalid':
      return e.serverMessage || fill(t.errorServer, { phone });
    default:
      return fill(t.errorServer, { phone });
  }
}
