import { describe, expect, it } from 'vitest';
import {
  formatFromContentType,
  formatFromFileName,
  slugFromTitle,
  sniffFormat,
  titleFromBody,
} from './page-input';

describe('page input', () => {
  it('reads the format from a file name', () => {
    expect(formatFromFileName('Mediation.HTM')).toBe('html');
    expect(formatFromFileName('notes.md')).toBe('markdown');
    expect(formatFromFileName('notes.txt')).toBe('text');
    expect(formatFromFileName('meeting-day.adoc')).toBe('text');
    expect(formatFromFileName('notice.pdf')).toBeNull();
    expect(formatFromFileName('README')).toBeNull();
  });

  it('reads the format from a content type', () => {
    expect(formatFromContentType('text/html; charset=utf-8', 'https://x.example/')).toBe('html');
    expect(formatFromContentType('text/plain', 'https://x.example/a.md')).toBe('markdown');
    expect(formatFromContentType('text/plain', 'https://x.example/a')).toBe('text');
    expect(formatFromContentType('application/pdf', 'https://x.example/a.pdf')).toBeNull();
  });

  it('sniffs pasted text', () => {
    expect(sniffFormat('<p>Hello</p>')).toBe('html');
    expect(sniffFormat('# Title\n\nText')).toBe('markdown');
    expect(sniffFormat('Just words.')).toBe('text');
  });

  it('finds a title and makes a slug', () => {
    expect(titleFromBody('html', '<title>x</title><h1>Costs &amp; <em>travel</em></h1>')).toBe(
      'Costs & travel',
    );
    expect(titleFromBody('markdown', 'intro\n# Mediation\n')).toBe('Mediation');
    expect(titleFromBody('text', '\n\n  First line\nmore')).toBe('First line');
    expect(titleFromBody('text', '= Meeting day\n:toc: left\n\n== Rooms')).toBe('Meeting day');
    expect(titleFromBody('html', '<p>no heading</p>')).toBeNull();
    expect(slugFromTitle('Mediation: what happens — día 1')).toBe('mediation-what-happens-dia-1');
    expect(slugFromTitle('!!!')).toBe('page');
  });
});
