import { describe, expect, it } from 'vitest';
import { percent, tableCsv } from './report-csv';

const t = {
  title: 'Cases by track',
  columns: ['Track', 'Cases'] as [string, string],
  rows: [
    { label: 'Mediation', value: 7 },
    { label: 'Disagreement resolution', value: 2 },
  ],
};

describe('report CSV', () => {
  it('writes one table', () => {
    expect(tableCsv(t)).toBe('Track,Cases\r\nMediation,7\r\nDisagreement resolution,2\r\n');
  });

  it('shows a percentage, or a dash when nothing was due', () => {
    expect(percent(7, 8)).toBe('87.5%');
    expect(percent(0, 0)).toBe('–');
  });
});
