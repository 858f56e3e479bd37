import { describe, expect, it } from 'vitest';
import { crisisFlag, isCrisisReply } from './crisis-flag';

describe('crisisFlag', () => {
  it('flags a conversation with a crisis reply, and says how often', () => {
    expect(crisisFlag(0)).toBeUndefined();
    expect(crisisFlag(1)).toBe('Crisis reply given');
    expect(crisisFlag(3)).toBe('Crisis reply given (3 times)');
  });

  it('marks only the bot’s crisis answers in a transcript', () => {
    expect(isCrisisReply({ role: 'assistant', kind: 'crisis' })).toBe(true);
    expect(isCrisisReply({ role: 'assistant', kind: 'answer' })).toBe(false);
    expect(isCrisisReply({ role: 'visitor', kind: 'crisis' })).toBe(false);
  });
});
