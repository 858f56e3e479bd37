import { hash, verify } from '@node-rs/argon2';
import { MIN_PASSWORD_SCORE, passwordStrength } from './password-strength';

// OWASP Password Storage Cheat Sheet, argon2id: m=19 MiB, t=2, p=1.
// `algorithm: 2` is Argon2id (the package's const enum cannot be imported under isolatedModules).
export const ARGON2_OPTIONS = {
  algorithm: 2,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** Never throws: a malformed stored hash simply does not verify. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// A real hash of a random string, verified when the account does not exist so that the time a
// login takes does not reveal which emails have accounts.
let dummyHash: Promise<string> | null = null;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  await verifyPassword(await dummyHash, password);
  return false;
}

/**
 * Why a new password is refused, or null. Length first (NIST SP 800-63B, ASVS V2.1.1-2), then
 * how guessable it is by the strength estimator (`abcdefghijkl` is long enough and a sequence).
 */
export async function passwordProblem(password: string, email?: string): Promise<string | null> {
  if (password.length < 12) return 'Use at least 12 characters.';
  if (password.length > 256) return 'Use at most 256 characters.';
  const emailName = email?.toLowerCase().split('@')[0] ?? '';
  if (emailName && password.toLowerCase().includes(emailName))
    return 'Do not include your email name in the password.';
  const { score, advice } = await passwordStrength(password, emailName ? [emailName] : []);
  if (score >= MIN_PASSWORD_SCORE) return null;
  return `That password is too easy to guess. ${advice ?? 'Try three or four unrelated words.'}`;
}

/** A one-time password a person can type: 4 groups of 4 from an unambiguous alphabet. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const chars: string[] = [];
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % alphabet.length);
  while (chars.length < 16) {
    for (const b of crypto.getRandomValues(new Uint8Array(32))) {
      if (b < limit && chars.length < 16) chars.push(alphabet[b % alphabet.length]!);
    }
  }
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}
