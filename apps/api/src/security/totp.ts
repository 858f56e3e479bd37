import { Secret, TOTP } from 'otpauth';

const ISSUER = 'SEN Mediation Desk';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secret: string, email: string): string {
  return new TOTP({ issuer: ISSUER, label: email, secret: Secret.fromBase32(secret) }).toString();
}

/** Accepts the current code and one step either side (clock drift on phones). */
export function checkTotp(secret: string, code: string, now: Date): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  try {
    const totp = new TOTP({ issuer: ISSUER, secret: Secret.fromBase32(secret) });
    return totp.validate({ token: code, timestamp: now.getTime(), window: 1 }) !== null;
  } catch {
    return false;
  }
}

export function totpCodeAt(secret: string, now: Date): string {
  return new TOTP({ issuer: ISSUER, secret: Secret.fromBase32(secret) }).generate({
    timestamp: now.getTime(),
  });
}
