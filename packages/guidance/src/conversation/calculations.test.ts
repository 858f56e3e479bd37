import { describe, expect, it } from 'vitest';
import { calculationsOf } from './words';

describe('calculationsOf', () => {
  it('reads "set it up" as asking when a mediation must be held, whatever the story names', () => {
    // The adviser is the story; the question is how long the council has to hold the mediation.
    for (const message of [
      'emailed the adviser on 20 november, we want mediation. how long has the council got to set it up',
      'we told the adviser we want mediation, how long do they have to get a date?',
      'said yes to mediation last week, how long can they take to set one up',
    ])
      expect(calculationsOf(message)[0], message).toBe('arrange');
  });
});
