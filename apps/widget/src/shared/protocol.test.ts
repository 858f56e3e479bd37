import { describe, expect, it } from 'vitest';
import { cleanContext, MAX_QUESTION_LENGTH, NS, readToFrame, readToHost } from './protocol';

describe('readToFrame', () => {
  it('ignores messages that are not ours', () => {
    expect(readToFrame(null)).toBeNull();
    expect(readToFrame('hello')).toBeNull();
    expect(readToFrame({ type: 'hello' })).toBeNull();
    expect(readToFrame({ ns: 'other', type: 'hello' })).toBeNull();
    expect(readToFrame({ ns: NS, type: 'steal-token' })).toBeNull();
  });

  it('reads hello with a cleaned context', () => {
    expect(
      readToFrame({
        ns: NS,
        type: 'hello',
        colour: '#123456',
        context: { page: ' EHC plans ', localAuthority: 7, secret: 'x' },
      }),
    ).toEqual({ ns: NS, type: 'hello', colour: '#123456', context: { page: 'EHC plans' } });
  });

  it('trims and caps a question, and refuses an empty one', () => {
    expect(readToFrame({ ns: NS, type: 'ask', text: '   ' })).toBeNull();
    expect(readToFrame({ ns: NS, type: 'ask', text: 42 })).toBeNull();
    const long = readToFrame({ ns: NS, type: 'ask', text: 'a'.repeat(5000) });
    expect(long).toMatchObject({ type: 'ask' });
    expect(long && long.type === 'ask' && long.text.length).toBe(MAX_QUESTION_LENGTH);
  });
});

describe('cleanContext', () => {
  it('keeps short strings under known keys only', () => {
    expect(cleanContext({ page: 'x'.repeat(500), localAuthority: 'Camden' })).toEqual({
      page: 'x'.repeat(200),
      localAuthority: 'Camden',
    });
    expect(cleanContext('nope')).toEqual({});
  });
});

describe('readToHost', () => {
  it('knows only ready, close and denied', () => {
    expect(readToHost({ ns: NS, type: 'ready' })).toBe('ready');
    expect(readToHost({ ns: NS, type: 'close' })).toBe('close');
    expect(readToHost({ ns: NS, type: 'denied' })).toBe('denied');
    expect(readToHost({ ns: NS, type: 'open' })).toBeNull();
    expect(readToHost({ type: 'ready' })).toBeNull();
  });
});
