import { describe, expect, it } from 'vitest';
import { smallTalkOf } from './small-talk';

describe('smallTalkOf', () => {
  it.each([
    ['hi', 'greeting'],
    ['Hello!', 'greeting'],
    ['hiii 👋', 'greeting'],
    ['Good morning', 'greeting'],
    ['hey there', 'greeting'],
    ['thanks', 'thanks'],
    ['Thank you so much, that really helped', 'thanks'],
    ['ok thank you!', 'thanks'],
    ['brilliant, thanks for your help 🙏', 'thanks'],
    ['cheers', 'thanks'],
    ['ty', 'thanks'],
    ['bye', 'goodbye'],
    ['Thanks, bye!', 'goodbye'],
    ['have a good day', 'goodbye'],
    ['ok', 'more'],
    ['yes', 'more'],
    ['no', 'more'],
    ['?', 'more'],
    ['I need help', 'more'],
    ['can you help me please', 'more'],
  ])('reads %j as %s', (m, kind) => expect(smallTalkOf(m)).toBe(kind));

  it.each([
    'hi, is mediation free?',
    'Hello, my son has an EHC plan and the council wants to cut his hours',
    'thanks, but the council still refuses to assess him',
    'thank you. When is the deadline to appeal?',
    'Is it ok to bring my husband?',
    'no, the council refused',
    'I need help with my appeal form',
    'hi '.repeat(30),
  ])('leaves %j to be answered', (m) => expect(smallTalkOf(m)).toBeUndefined());
});
