import type { AppConfig } from '../system/deps';
import { isHttps } from '../system/deps';

export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;

/** `__Host-` binds the cookie to this exact origin (no Domain, Path=/, Secure): HTTPS only. */
export function sessionCookieName(config: AppConfig): string {
  return isHttps(config) ? '__Host-sen_session' : 'sen_session';
}

export function serializeSessionCookie(config: AppConfig, token: string): string {
  const parts = [
    `${sessionCookieName(config)}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${SESSION_ABSOLUTE_MS / 1000}`,
  ];
  if (isHttps(config)) parts.push('Secure');
  return parts.join('; ');
}

export function clearSessionCookie(config: AppConfig): string {
  const parts = [
    `${sessionCookieName(config)}=`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    'Max-Age=0',
  ];
  if (isHttps(config)) parts.push('Secure');
  return parts.join('; ');
}

export function readSessionToken(
  cookieHeader: string | undefined,
  config: AppConfig,
): string | null {
  if (!cookieHeader) return null;
  const name = sessionCookieName(config);
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      // Our tokens are 43 base64url characters; anything else is not ours.
      return /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
    }
  }
  return null;
}
