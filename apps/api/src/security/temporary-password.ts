import { randomInt } from 'node:crypto';

// No look-alike characters (0/O, 1/l/I): an admin may read this out over the phone.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 20 characters from 55: about 115 bits, shown once and changed at first sign-in. */
export function temporaryPassword(length = 20): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  // Groups of five are easier to read and type; the dashes count towards the length rule.
  return out.match(/.{1,5}/g)!.join('-');
}
