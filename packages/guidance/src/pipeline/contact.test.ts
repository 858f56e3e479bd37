import { describe, expect, it } from 'vitest';
import { contactIntent } from './contact';

describe('contactIntent: a request for the service’s own details', () => {
  it.each([
    'what is your phone number',
    'can I ring you tomorrow?',
    'Who is supposed to phone you to get the certificate?',
    'wats ur email addy pls',
    'phone?',
  ])('asks for them: %j', (m) => expect(contactIntent(m)).toBeDefined());

  it.each([
    // Questions that mention calling, about something else.
    'its discrimination and we want to take the school to tribunal. do we have to phone you first',
    'someone said once you get the paper after the call you only have 30 days to lodge the appeal',
    'how long have I got to call you after the decision letter?',
  ])('does not: %j', (m) => expect(contactIntent(m)).toBeUndefined());
});
