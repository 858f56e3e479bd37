// Calendar feed tokens: 256 random bits, shown to their owner once as part of the feed URL.
// Only the SHA-256 hash is stored; a long random token needs no slow hash (there is nothing
// to guess from, unlike a password).
import { createHash, randomBytes } from 'node:crypto';

/** The form of a token in a feed URL (43 base64url characters). */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function newFeedToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The path a feed is served at; the token is the only thing in it. */
export function feedPath(token: string): string {
  return `/calendar/${token}.ics`;
}
