import { describe, expect, it } from 'vitest';
import { asksForAPerson } from './handover';

describe('asksForAPerson', () => {
  // The phrases are data (data/conversation.json handover); these are fresh wordings of both kinds.
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
    'I would rather talk to a human than a chatbot',
    'pls can someone ring me back',
    'I need to speak with an adviser today please',
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
    'Will someone call me back after the mediation?',
    'how quick do you ring people back',
    'Do I have to talk to someone before I appeal?',
    'what happens if I miss your call when you ring back? I work nights',
    "I'm near your building today, could I pop in and talk to someone?",
    'rang on friday, when should I expect a call back from you?',
    // When a person can be reached is what the opening hours say.
    'is there any time at the weekend I could talk to a real person',
    'when can I speak to somebody? I work all day',
    'whats the best time to get hold of someone, I keep getting voicemail',
    'what time can I ring to speak to an actual person',
  ])('leaves %j to be answered', (m) => expect(asksForAPerson(m)).toBe(false));
});
