import { describe, expect, it } from 'vitest';
import { allTablesCsv, percent, tableCsv } from './report-csv';

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

  it('writes all tables with the period first', () => {
    const csv = allTablesCsv([t], { from: '2026-01-01', to: '2026-03-31' });
    expect(csv.split('\r\n')[0]).toBe('Period,2026-01-01,2026-03-31');
    expect(csv).toContain('Cases by track,Mediation,7');
  });

  it('shows a percentage, or a dash when nothing was due', () => {
    expect(percent(7, 8)).toBe('87.5%');
    expect(percent(0, 0)).toBe('–');
  });
});
