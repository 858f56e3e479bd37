import { describe, expect, it } from 'vitest';
import { parseOrigins } from './sites';

describe('partner sites', () => {
  it('accepts origins one a line, normalised and without duplicates', () => {
    expect(
      parseOrigins(
        'https://www.Example.gov.uk\nhttps://www.example.gov.uk/, http://localhost:5174',
      ),
    ).toEqual({
      origins: ['https://www.example.gov.uk', 'http://localhost:5174'],
      problems: [],
    });
  });

  it('explains origins it refuses', () => {
    const { origins, problems } = parseOrigins(
      'http://example.org\nhttps://example.org/page\nnot a url',
    );
    expect(origins).toEqual([]);
    expect(problems).toHaveLength(3);
    expect(problems[1]).toMatch(/without a path/);
  });
});
