import { describe, expect, it } from 'vitest';
import { linkParts } from './text-links';

describe('linkParts', () => {
  it('makes a published file’s address a link, leaving the full stop after it as text', () => {
    const text =
      'You can download "Regulation 32 mediation notice (sample)" here: https://desk.example/files/regulation-32-mediation-notice.\n\nIf you cannot open it, call Test Mediation on 020 7946 0000.';
    const parts = linkParts(text);
    expect(parts.filter((p) => p.href).map((p) => p.href)).toEqual([
      'https://desk.example/files/regulation-32-mediation-notice',
    ]);
    expect(parts.filter((p) => p.tel).map((p) => p.tel)).toEqual(['02079460000']);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('links only web addresses', () => {
    expect(linkParts('javascript:alert(1) and ftp://x.example').some((p) => p.href)).toBe(false);
  });
});
