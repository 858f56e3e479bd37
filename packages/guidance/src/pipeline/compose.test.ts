import { describe, expect, it } from 'vitest';
import { focusOf } from './compose';

const story =
  'The school keeps promising to put his one to one support in place and it never happens, and the head teacher will not return my calls or answer my emails any more. It is an academy run by a big trust. ';

describe('focusOf', () => {
  it('searches a long story by its question', () => {
    expect(focusOf(`${story}How long does mediation take?`)).toBe('How long does mediation take?');
  });

  it('keeps the sentence before a question that points back at it', () => {
    expect(focusOf(`${story}Is that something your disagreement people deal with?`)).toBe(
      'It is an academy run by a big trust. Is that something your disagreement people deal with?',
    );
  });
});
