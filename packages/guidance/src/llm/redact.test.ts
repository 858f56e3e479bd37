import { describe, expect, it } from 'vitest';
import { redactConversation } from './redact';

const redact = (message: string) => redactConversation(message).message;

describe('redactConversation', () => {
  it("takes a child's name, date of birth, school, phone, e-mail and address out of a message", () => {
    const message =
      "My daughter Amelia Hughes (born 14/02/2016) goes to St Mary's C of E Primary School. Amelia has autism and ADHD. " +
      'Call me on 07700 900123 or amelia.mum@example.com, we live at 12 Acacia Avenue, Riverton ZZ1 4AB. ' +
      'Will the mediator pick a winner between us and the council?';
    const { message: out, kinds } = redactConversation(message);
    for (const leaked of [
      'Amelia',
      'Hughes',
      '14/02/2016',
      "St Mary's",
      'Primary School',
      '07700',
      '900123',
      'example.com',
      'Acacia',
      'ZZ1',
    ])
      expect(out).not.toContain(leaked);
    expect(out).toContain('autism and ADHD'); // what the question is about stays
    expect(out).toContain('Will the mediator pick a winner between us and the council?');
    expect(kinds.sort()).toEqual(['address', 'date', 'email', 'name', 'phone', 'school']);
  });

  it.each([
    ["I'm Sarah, my son Oliver is 9.", ['Sarah', 'Oliver']],
    [
      'Hi, this is Mrs Okafor. My grandson, Tomasz, attends Oakfield Academy.',
      ['Okafor', 'Tomasz', 'Oakfield'],
    ],
    ['DOB: 3rd March 2015. Thanks, Priya', ['3rd March 2015', 'Priya']],
    ['my 7 year old daughter called Zara goes to Riverton High School', ['Zara', 'Riverton High']],
    ['ring me on +44 7700 900 123 please', ['7700']],
    ['Our address is Flat 2, 5 Mill Lane.', ['Mill Lane']],
    ['my son jayden has autism and Jayden hates school', ['jayden', 'Jayden']],
    ['my daughter, amelia (7) goes to the local primary', ['amelia']],
  ])('%s', (message, gone) => {
    const out = redact(message);
    for (const g of gone) expect(out).not.toContain(g);
  });

  it('finds a name given in an earlier turn in later ones, and leaves the bot turns alone', () => {
    const { message, history } = redactConversation('Does Oliver need to come to the meeting?', [
      { role: 'visitor', text: 'My son Oliver has an EHC plan.' },
      { role: 'bot', text: 'Riverside SEND Mediation is a free and impartial service.' },
    ]);
    expect(message).toBe('Does [name] need to come to the meeting?');
    expect(history[0]!.text).toBe('My son [name] has an EHC plan.');
    expect(history[1]!.text).toBe('Riverside SEND Mediation is a free and impartial service.');
  });

  it('leaves a question with nothing personal as it was', () => {
    for (const q of [
      'Is mediation free?',
      'The Tribunal said the council must name a school. Can I ask for mediation about the EHC plan?',
      'What happens at a mediation meeting with the SENCO and the NHS?',
      'I am worried. Is it confidential?',
      'My son has autism; does the special school count?',
      "my son really needs help, he is autistic and his school won't listen",
      'my daughter also has an EHC plan and my eldest son is 19',
    ])
      expect(redact(q)).toBe(q);
  });
});
