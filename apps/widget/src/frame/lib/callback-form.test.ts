import { describe, expect, it } from 'vitest';
import {
  checkCallback,
  emptyCallbackFields,
  isEmail,
  isPhoneNumber,
  MAX_DESCRIPTION,
} from './callback-form';

const filled = {
  ...emptyCallbackFields(),
  name: ' Sam ',
  contactMethod: 'phone' as const,
  phone: '07700 900982',
  email: 'left@over.example',
  description: ' About the plan ',
  consent: true,
};

describe('checkCallback', () => {
  it('builds the request, sending only the chosen contact detail', () => {
    expect(checkCallback(filled, 'c1')).toEqual({
      problems: {},
      request: {
        conversationId: 'c1',
        name: 'Sam',
        contactMethod: 'phone',
        phone: '07700 900982',
        description: 'About the plan',
        consent: true,
      },
    });
    const byEmail = checkCallback(
      { ...filled, contactMethod: 'email', localAuthority: 'Camden', bestTime: 'Mornings' },
      'c1',
    );
    expect(byEmail.request).toEqual({
      conversationId: 'c1',
      name: 'Sam',
      contactMethod: 'email',
      email: 'left@over.example',
      bestTime: 'Mornings',
      localAuthority: 'Camden',
      description: 'About the plan',
      consent: true,
    });
  });

  it('names every missing field and sends nothing', () => {
    expect(checkCallback(emptyCallbackFields(), 'c1')).toEqual({
      problems: {
        name: 'nameMissing',
        contactMethod: 'contactMissing',
        description: 'descriptionMissing',
        consent: 'consentMissing',
      },
    });
  });

  it('never sends without explicit consent', () => {
    expect(checkCallback({ ...filled, consent: false }, 'c1').request).toBeUndefined();
  });

  it('checks the contact detail for the chosen method', () => {
    expect(checkCallback({ ...filled, phone: '' }, 'c').problems).toEqual({
      phone: 'phoneMissing',
    });
    expect(checkCallback({ ...filled, phone: 'call me' }, 'c').problems).toEqual({
      phone: 'phoneInvalid',
    });
    expect(
      checkCallback({ ...filled, contactMethod: 'email', email: 'sam@' }, 'c').problems,
    ).toEqual({ email: 'emailInvalid' });
    expect(
      checkCallback({ ...filled, description: 'x'.repeat(MAX_DESCRIPTION + 1) }, 'c').problems,
    ).toEqual({
      description: 'descriptionTooLong',
    });
  });
});

describe('isPhoneNumber / isEmail', () => {
  it('accepts common formats', () => {
    for (const ok of ['07700 900982', '+44 7700 900982', '(020) 7946-0000', '02079460000'])
      expect(isPhoneNumber(ok)).toBe(true);
    for (const bad of ['12345', '0770090098x', '+44 7700 900982 1234 5678'])
      expect(isPhoneNumber(bad)).toBe(false);
    expect(isEmail('a.b@example.co.uk')).toBe(true);
    for (const bad of ['a@b', 'a b@c.uk', '@c.uk', 'a@.uk']) expect(isEmail(bad)).toBe(false);
  });
});
