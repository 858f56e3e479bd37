import { describe, expect, it } from 'vitest';
import { asksSomething, withoutReportedFrame } from './reported-speech';

const norm = (s: string) => withoutReportedFrame(s).replace(/\s+/g, ' ').trim();

describe('withoutReportedFrame', () => {
  it.each([
    ['I was told I have to go to mediation first', 'I have to go to mediation first'],
    ["We've been advised by the school that it is free", 'it is free'],
    ["I've heard that the council must attend", 'the council must attend'],
    ['Someone on a facebook group said you do not charge??', 'you do not charge??'],
    [
      'A mum at the school gate said that we lose our right to appeal',
      'we lose our right to appeal',
    ],
    ['Apparently mediation is free, is that right?', 'mediation is free, ?'],
  ])('keeps the claim of "%s"', (message, claim) => {
    expect(norm(message)).toBe(claim);
  });

  it('reads a question passed on for someone else as the question', () => {
    expect(norm('She wants to know if she will be charged')).toBe('She she will be charged');
    expect(norm('One of the mums asked me whether the mediator is independent')).toBe(
      'One of the mums the mediator is independent',
    );
    expect(
      asksSomething('One of the mums wants to know if the mediator works for the council.'),
    ).toBe(true);
    expect(asksSomething('I am a teaching assistant.')).toBe(false);
  });

  it('keeps who said it when that is a party to the dispute, and a refusal', () => {
    expect(norm("The school says he doesn't need support")).toBe(
      "The school he doesn't need support",
    );
    expect(norm('The council said no to mediation')).toBe('The council said no to mediation');
    expect(norm('Who tells me that I have to contact a mediation adviser?')).toBe(
      'Who tells me that I have to contact a mediation adviser?',
    );
  });
});
