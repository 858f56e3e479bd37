import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  EMPTY_FILTERS,
  filterProblem,
  filtersToggleLabel,
  resultsSummary,
  toListInput,
} from './case-filters';

describe('case list filters', () => {
  it('sends only what is set, open cases by default, and asks for a total on the first page', () => {
    expect(toListInput(EMPTY_FILTERS)).toEqual({ limit: 50, open: true, withTotal: true });
    expect(
      toListInput({
        ...EMPTY_FILTERS,
        q: '  Smith ',
        state: 'closed',
        track: 'mediation',
        deadline: '7',
      }),
    ).toEqual({
      limit: 50,
      q: 'Smith',
      state: 'closed',
      track: 'mediation',
      deadlineWithin: '7',
      withTotal: true,
    });
  });

  it('asks for newest cases first only when chosen', () => {
    expect(toListInput({ ...EMPTY_FILTERS, sort: 'created' }).sort).toBe('created');
    expect(toListInput({ ...EMPTY_FILTERS, sort: 'bogus' }).sort).toBeUndefined();
  });

  it('drops values that are not real states or tracks', () => {
    const input = toListInput({ ...EMPTY_FILTERS, state: 'nope', track: 'x', includeClosed: true });
    expect(input).toEqual({ limit: 50, withTotal: true });
  });

  it('pages on with the cursor and no second count', () => {
    expect(toListInput(EMPTY_FILTERS, { cursor: 'abc', limit: 20 })).toEqual({
      limit: 20,
      open: true,
      cursor: 'abc',
    });
  });

  it('explains a search that is too short, but allows reference digits', () => {
    expect(filterProblem({ ...EMPTY_FILTERS, q: 'a' })).toMatch(/2 letters/);
    expect(filterProblem({ ...EMPTY_FILTERS, q: '4' })).toBeNull();
  });

  it('words the result count and counts active filters', () => {
    expect(resultsSummary(50, 1234)).toBe('Showing 50 of 1,234 cases.');
    expect(resultsSummary(0, 0)).toBe('No cases match.');
    expect(resultsSummary(1, undefined)).toBe('Showing 1 case.');
    expect(activeFilterCount({ ...EMPTY_FILTERS, track: 'mediation', includeClosed: true })).toBe(
      2,
    );
  });

  it('says on the small-screen Filters button how many filters are on', () => {
    expect(filtersToggleLabel(activeFilterCount(EMPTY_FILTERS))).toBe('Filters');
    expect(
      filtersToggleLabel(
        activeFilterCount({ ...EMPTY_FILTERS, track: 'mediation', includeClosed: true }),
      ),
    ).toBe('Filters (2 active)');
  });
});
