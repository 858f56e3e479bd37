import { describe, expect, it } from 'vitest';
import { colourVerdict, isWrittenColour } from './widget-colour';

describe('widget colour', () => {
  it('takes only the format the API takes', () => {
    expect(isWrittenColour('#1d4e6b')).toBe(true);
    expect(isWrittenColour(' #1D4E6B ')).toBe(true);
    expect(isWrittenColour('#fff')).toBe(false);
    expect(isWrittenColour('1d4e6b')).toBe(false);
    expect(isWrittenColour('blue')).toBe(false);
  });

  it("words the API's check for the form", () => {
    expect(colourVerdict({ ratio: 9.12, passes: true, suggestion: null })).toEqual({
      passes: true,
      message: 'White text on this colour has contrast 9.12:1 (AA needs 4.5:1).',
    });
    const pale = colourVerdict({ ratio: 1.5, passes: false, suggestion: '#7a6200' });
    expect(pale.passes).toBe(false);
    expect(pale.message).toMatch(/1\.50:1, below the 4\.5:1 AA minimum: choose a darker colour/);
    expect(pale.message).toMatch(/#7a6200\.$/);
  });
});
