import { describe, expect, it } from 'vitest';
import { formatFromFileName, slugify, sniffFormat, titleFrom } from './guidance-source';

describe('guidance source', () => {
  it('knows the format from a file name', () => {
    expect(formatFromFileName('Local Offer.HTML')).toBe('html');
    expect(formatFromFileName('notes.md')).toBe('markdown');
    expect(formatFromFileName('a.txt')).toBe('text');
    expect(formatFromFileName('meeting-day.adoc')).toBe('text');
    expect(formatFromFileName('notice.pdf')).toBeNull();
  });

  it('guesses the format of pasted text', () => {
    expect(sniffFormat('<h2>Mediation</h2><p>Free.</p>')).toBe('html');
    expect(sniffFormat('# Mediation\n\nIt is free.')).toBe('markdown');
    expect(sniffFormat('Mediation is free.\nCall us.')).toBe('text');
  });

  it('suggests a title and slug', () => {
    expect(titleFrom('<title>x</title><h1>SEN <b>mediation</b></h1>', 'html')).toBe(
      'SEN mediation',
    );
    expect(titleFrom('intro\n# Our service\n', 'markdown')).toBe('Our service');
    expect(slugify('Mediation & Disagreement résolution!')).toBe(
      'mediation-disagreement-resolution',
    );
  });
});
