// The 16 worked examples of shared/domain/rules-examples.json, copied so they run in any clone.
import { describe, expect, it } from 'vitest';
import {
  adviserContactDeadline,
  appealDeadline,
  certificateDueDate,
  mediationArrangeBy,
  mediationNoticeBy,
} from './index';

const cases: [string, () => { date: string }, string][] = [
  [
    'v01 later date Sun 12 May',
    () => appealDeadline({ decisionDate: '2024-03-01', certificateDate: '2024-04-12' }),
    '2024-05-13',
  ],
  ['v02 3 working days', () => certificateDueDate({ from: '2024-04-10' }), '2024-04-15'],
  ['v03 reg 33', () => adviserContactDeadline({ decisionDate: '2024-03-01' }), '2024-05-01'],
  ['v04', () => certificateDueDate({ from: '2024-01-17' }), '2024-01-22'],
  [
    'v05 quick certificate',
    () => appealDeadline({ decisionDate: '2024-01-15', certificateDate: '2024-01-19' }),
    '2024-03-15',
  ],
  ['v06 month end', () => adviserContactDeadline({ decisionDate: '2024-12-31' }), '2025-02-28'],
  [
    'v07',
    () => appealDeadline({ decisionDate: '2024-12-31', certificateDate: '2025-02-25' }),
    '2025-03-25',
  ],
  [
    'v08 August',
    () => appealDeadline({ decisionDate: '2024-06-10', certificateDate: '2024-06-14' }),
    '2024-09-02',
  ],
  ['v09 30 calendar days', () => mediationArrangeBy({ from: '2025-06-30' }), '2025-07-30'],
  [
    'v10 August',
    () => appealDeadline({ decisionDate: '2025-06-03', certificateDate: '2025-07-29' }),
    '2025-09-01',
  ],
  [
    'v11 Christmas',
    () => appealDeadline({ decisionDate: '2024-10-01', certificateDate: '2024-11-29' }),
    '2025-01-02',
  ],
  ['v12 24 December', () => appealDeadline({ decisionDate: '2025-10-24' }), '2025-12-24'],
  ['v13 Easter 2024', () => certificateDueDate({ from: '2024-03-28' }), '2024-04-04'],
  [
    'v14 notice skips bank holiday',
    () => mediationNoticeBy({ mediationDate: '2024-05-07' }),
    '2024-04-29',
  ],
  ['v15 Good Friday', () => appealDeadline({ decisionDate: '2025-02-18' }), '2025-04-22'],
  ['v16 Christmas 2025', () => certificateDueDate({ from: '2025-12-23' }), '2025-12-30'],
];

describe('worked examples (copy of shared/domain/rules-examples.json)', () => {
  it.each(cases)('%s', (_name, run, expected) => {
    expect(run().date).toBe(expected);
  });
});
