import { describe, expect, it } from 'vitest';
import { phoneParts } from './phone-links';

const tels = (text: string) => phoneParts(text).flatMap((p) => (p.tel ? [p.tel] : []));

describe('phoneParts', () => {
  it('links the emergency number after a verb of calling', () => {
    expect(tels('If a child is in danger right now, call 999. Or ring 111.')).toEqual([
      '999',
      '111',
    ]);
    expect(tels('Dial 999 now')).toEqual(['999']);
    expect(tels('You can phone Samaritans on 116 123 any time.')).toEqual(['116123']);
  });

  it('links national numbers in their usual spacings', () => {
    expect(tels('Call us on 020 7946 0999 or 01632 960123 or 0800-123-4567.')).toEqual([
      '02079460999',
      '01632960123',
      '08001234567',
    ]);
    expect(tels('From abroad: +44 20 7946 0999.')).toEqual(['+442079460999']);
  });

  it('leaves numbers that are not phone numbers as text', () => {
    expect(tels('Section 111 of the Act gives you 999 days; it costs 0 pounds.')).toEqual([]);
    expect(tels('Reference 2024 0512 and the year 2026.')).toEqual([]);
  });

  it('keeps every character, in order', () => {
    const text = 'Call 999. When you are safe, call us on 0300 123 4567 about support.';
    expect(
      phoneParts(text)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });

  it("links every short number in the chat's own texts, whatever the language's verbs", () => {
    const polish = 'Zadzwoń pod 999. Samaritans: 116 123. NSPCC: 0808 800 5000.';
    expect(
      phoneParts(polish)
        .filter((p) => p.tel)
        .map((p) => p.tel),
    ).toEqual(['08088005000']);
    expect(
      phoneParts(polish, true)
        .filter((p) => p.tel)
        .map((p) => p.tel),
    ).toEqual(['999', '116123', '08088005000']);
  });
});
