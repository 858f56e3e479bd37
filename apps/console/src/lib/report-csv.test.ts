import { describe, expect, it } from 'vitest';
import { councilCsv, councilShareBars, percent, tableCsv, type CouncilRow } from './report-csv';

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

const north: CouncilRow = {
  name: 'Northshire',
  opened: 4,
  concluded: 0,
  openNow: 4,
  certificatesIssued: 2,
  certificatesWithinThreeWorkingDays: 1,
  mediationsHeld: 1,
  mediationsWithinThirtyDays: 1,
};
const none: CouncilRow = {
  ...north,
  name: null,
  certificatesIssued: 0,
  certificatesWithinThreeWorkingDays: 0,
};

describe('figures by local authority', () => {
  it('writes one row per council with both timeliness shares', () => {
    const csv = councilCsv([north, none]).split('\r\n');
    expect(csv[0]).toBe(
      'Local authority,Cases opened,Cases concluded,Open now,Certificates issued,Certificates within 3 working days,Certificates within 3 working days (%),Mediations held,Mediations held within 30 days,Mediations held within 30 days (%)',
    );
    expect(csv[1]).toBe('Northshire,4,0,4,2,1,50.0%,1,1,100.0%');
    expect(csv[2]).toBe('Not known,4,0,4,0,0,–,1,1,100.0%');
  });

  it('charts only councils with something due', () => {
    expect(
      councilShareBars(
        [north, none],
        (r) => r.certificatesWithinThreeWorkingDays,
        (r) => r.certificatesIssued,
      ),
    ).toEqual([{ label: 'Northshire', value: 50 }]);
  });
});
