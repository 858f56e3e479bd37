// One way to count the length of text a person typed, used by the API (to refuse with a clear
// message) and by the database functions (the last guard): Unicode code points, so an emoji or
// a letter outside the Basic Multilingual Plane counts as the one character the person sees, not
// as the two UTF-16 units `string.length` gives. When the two layers counted differently, text
// the API accepted failed in the database as a 500.

/** Characters as a person counts them (code points). */
export function textLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The longest a visitor's chat message may be. */
export const MAX_MESSAGE_LENGTH = 1_000;

/** The longest each field of a callback request may be (widget form, API and database alike). */
export const CALLBACK_LIMITS = {
  name: 200,
  phone: 40,
  email: 254,
  bestTime: 200,
  localAuthority: 200,
  description: 2_000,
} as const;
