import { describe, expect, it } from 'vitest';
import { childViewsRequired, mayAttendMediation } from './index';

describe('mayAttendMediation (R9)', () => {
  it('parties and supporters may attend without anyone agreeing', () => {
    expect(mayAttendMediation({ role: 'parent_or_young_person' }).mayAttend).toBe(true);
    const s = mayAttendMediation({ role: 'supporter_or_advocate' });
    expect(s.mayAttend).toBe(true);
    expect(s.explanation).toContain('lawyer');
    expect(s.source).toContain('reg. 38');
  });
  it('council or health body staff must be able to settle', () => {
    expect(mayAttendMediation({ role: 'council_or_health_body' }).mayAttend).toBe(true);
    const no = mayAttendMediation({ role: 'council_or_health_body', canSettle: false });
    expect(no.mayAttend).toBe(false);
    expect(no.stillNeeded).toEqual(['someone who can make decisions to settle the disagreement']);
  });
  it('a child needs the parent and the mediator to agree', () => {
    expect(mayAttendMediation({ role: 'child' }).stillNeeded).toEqual([
      'the parent’s agreement',
      'the mediator’s agreement',
    ]);
    expect(
      mayAttendMediation({ role: 'child', parentAgrees: true, mediatorAgrees: true }).mayAttend,
    ).toBe(true);
    expect(mayAttendMediation({ role: 'child', partyIsParent: false }).mayAttend).toBe(false);
  });
  it('anyone else needs all parties, or else the mediator', () => {
    expect(mayAttendMediation({ role: 'other' }).mayAttend).toBe(false);
    expect(mayAttendMediation({ role: 'other', allPartiesAgree: true }).mayAttend).toBe(true);
    expect(mayAttendMediation({ role: 'other', mediatorAgrees: true }).mayAttend).toBe(true);
  });
  it('rejects an unknown role', () => {
    expect(() => mayAttendMediation({ role: 'press' as never })).toThrow(/role must be one of/);
  });
});

describe('childViewsRequired (R10)', () => {
  it('applies when a parent is the party', () => {
    expect(childViewsRequired({ party: 'parent' }).mediatorMustSeekViews).toBe(true);
    const yp = childViewsRequired({ party: 'young_person' });
    expect(yp.mediatorMustSeekViews).toBe(false);
    expect(yp.source).toContain('reg. 38');
    expect(() => childViewsRequired({ party: 'school' as never })).toThrow(/party must be/);
  });
});
