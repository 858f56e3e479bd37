import { describe, expect, it } from 'vitest';
import { asksForAPerson } from './handover';

describe('asksForAPerson', () => {
  it.each([
    'can someone call me back please',
    'Please ring me back',
    'I want to speak to a person',
    'I would like to talk to someone',
    'Can I speak to a real person?',
    'is this a real person or a bot?',
    'How can I talk to an adviser?',
    'Could somebody get someone to call us',
    'I need a callback',
    "I can't afford to be stuck on hold, can you ring me instead?",
    'could someone phone us tomorrow',
    'will you lot call me',
  ])('hears a request for a person in %j', (m) => expect(asksForAPerson(m)).toBe(true));

  it.each([
    'Do I need to speak to an adviser first?',
    'Do I have to talk to a mediation adviser before appealing?',
    'How do I speak to a mediation adviser?',
    'Can I speak to the mediator before the meeting?',
    'Will the mediator talk to the school?',
    'Can I talk to the school instead of going to mediation?',
    'Who can use the mediation service?',
    'Will the council call me before the meeting?',
    'Can the school ring me about it?',
    'I left a voicemail last night, when will someone ring me back?',
    'how long till you call me back',
    'what time do you usually phone back',
  ])('leaves %j to be answered', (m) => expect(asksForAPerson(m)).toBe(false));
});
