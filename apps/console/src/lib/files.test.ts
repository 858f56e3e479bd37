import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './files';

describe('files', () => {
  it('decodes base64 to bytes', () => {
    expect([...base64ToBytes(btoa('%PDF'))]).toEqual([37, 80, 68, 70]);
  });

  it('encodes files larger than one chunk to base64 and back', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    const round = base64ToBytes(bytesToBase64(bytes));
    expect(round.length).toBe(bytes.length);
    expect(round.every((b, i) => b === bytes[i])).toBe(true);
  });
});
