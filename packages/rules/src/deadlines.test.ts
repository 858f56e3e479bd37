import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RulesInputError,
  addWorkingDays,
  adviserContactDeadline,
  appealDeadline,
  appealLastDayMoves,
  adviserLastDayStays,
  certificateDueDate,
  certificateWindow,
  disabilityClaimDeadline,
  healthBodyNoticeDueDate,
  isWorkingDay,
  mediationArrangeBy,
  mediationNoticeBy,
} from './index';
import { addCalendarMonths } from './dates';
import {
  dayNumber,
  formatIsoDate,
  fromParts,
  oracleAddDays,
  oracleIsWorkingDay,
} from './test-support';

describe('adviserLastDayStays (R2 for a last day the family has)', () => {
  it('keeps the day, warning when it is not a working day, unlike an appeal', () => {
    const closed = adviserLastDayStays({ lastDay: '2026-12-28' });
    expect(closed.date).toBe('2026-12-28');
    expect(closed.rule).toBe('R2');
    expect(closed.warnings.map((w) => w.code)).toContain('not_working_day');
    expect(closed.explanation).toContain('not moved');
    expect(appealLastDayMoves({ lastDay: '2026-12-28' }).date).toBe('2027-01-04');
    const open = adviserLastDayStays({ lastDay: '2026-12-30' });
    expect(open.date).toBe('2026-12-30');
    expect(open.warnings.map((w) => w.code)).not.toContain('not_working_day');
  });
});

describe('appealLastDayMoves (R13 for a last day the family has)', () => {
  it('moves a day in August to the first working day after 31 August', () => {
    const r = appealLastDayMoves({ lastDay: '2026-08-12' });
    expect(r.date).toBe('2026-09-01');
    expect(r.byFivePm).toBe(true);
    expect(r.explanation).toMatch(/in August/);
  });
  it('moves a day between 25 December and 1 January past New Year', () => {
    expect(appealLastDayMoves({ lastDay: '2026-12-28' }).date).toBe('2027-01-04');
  });
  it('moves a weekend day to the next working day and leaves a working day alone', () => {
    expect(appealLastDayMoves({ lastDay: '2026-10-17' }).date).toBe('2026-10-19');
    expect(appealLastDayMoves({ lastDay: '2026-10-14' }).date).toBe('2026-10-14');
  });
  it('gives the same day as appealDeadline for the day it starts from', () => {
    for (const decisionDate of ['2026-06-12', '2026-10-28', '2026-08-15', '2027-02-20']) {
      const full = appealDeadline({ decisionDate });
      const base = new Date(`${decisionDate}T00:00:00Z`);
      base.setUTCMonth(base.getUTCMonth() + 2);
      const lastDay = base.toISOString().slice(0, 10);
      expect(appealLastDayMoves({ lastDay }).date, decisionDate).toBe(full.date);
    }
  });
});

describe('appealDeadline (R13)', () => {
  it('explains each step, as in the issue', () => {
    const r = appealDeadline({ decisionDate: '2025-03-03' });
    expect(r.date).toBe('2025-05-06');
    expect(r.dateText).toBe('Tuesday 6 May 2025');
    expect(r.byFivePm).toBe(true);
    expect(r.steps).toEqual([
      'The decision letter is dated Monday 3 March 2025. 2 months after it is Saturday 3 May 2025.',
      'Saturday 3 May 2025 is not a working day (it is a Saturday). The Tribunal accepts the next working day.',
      'Monday 5 May 2025 is a bank holiday (Early May bank holiday), so it does not count.',
      'So the appeal must reach the Tribunal by 5pm on Tuesday 6 May 2025.',
    ]);
    expect(r.explanation).toBe(r.steps.join(' '));
    expect(r.source).toContain('r.20(1)(c)');
    expect(r.sources.map((s) => s.id)).toEqual(['tribunal-r20', 'tribunal-r12']);
    expect(r.rule).toBe('R13');
  });

  it('uses 1 month after the certificate, never 30 days', () => {
    // 30 days after 31 January would be 2 March; 1 month is 28 February.
    const r = appealDeadline({ decisionDate: '2025-12-01', certificateDate: '2026-01-31' });
    expect(r.date).toBe('2026-03-02'); // Sat 28 Feb -> Mon 2 Mar, by the working-day rule
    expect(r.explanation).toContain('1 month after it (not 30 days) is Saturday 28 February 2026');
    const leap = appealDeadline({ decisionDate: '2027-12-01', certificateDate: '2028-01-31' });
    expect(leap.date).toBe('2028-02-29');
  });

  it('treats a school-only appeal as getting no extension from a certificate', () => {
    const r = appealDeadline({
      decisionDate: '2025-10-24',
      certificateDate: '2025-12-20',
      placementOnly: true,
    });
    expect(r.date).toBe('2025-12-24');
    expect(r.warnings.map((w) => w.code)).toContain('certificate_not_needed');
  });

  it('moves a Christmas-window deadline past 1 January and names the holidays it skips', () => {
    // 1 January 2028 is a Saturday: substitute Monday 3 January, so Tuesday 4 January.
    const r = appealDeadline({ decisionDate: '2027-11-01', certificateDate: '2027-12-01' });
    expect(r.date).toBe('2028-01-04');
    expect(r.explanation).toContain('between 25 December and 1 January');
    expect(r.explanation).toContain('Monday 3 January 2028 is a bank holiday');
    const jan1 = appealDeadline({ decisionDate: '2025-11-01' });
    expect(jan1.date).toBe('2026-01-02');
  });

  it('warns about a certificate dated before the letter, without changing the date', () => {
    const r = appealDeadline({ decisionDate: '2025-05-01', certificateDate: '2025-04-01' });
    expect(r.date).toBe('2025-07-01');
    expect(r.warnings.map((w) => w.code)).toEqual(['certificate_before_decision']);
  });

  it('treats a null or empty certificate date as none', () => {
    expect(appealDeadline({ decisionDate: '2025-05-01', certificateDate: null }).date).toBe(
      '2025-07-01',
    );
    expect(appealDeadline({ decisionDate: '2025-05-01', certificateDate: '' }).date).toBe(
      '2025-07-01',
    );
  });

  it('warns when the deadline has passed or is today, relative to the given today', () => {
    const passed = appealDeadline({ decisionDate: '2025-05-01', today: '2025-07-02' });
    expect(passed.warnings).toEqual([
      { code: 'passed', message: 'This date has passed: it was Tuesday 1 July 2025.' },
    ]);
    const due = appealDeadline({ decisionDate: '2025-05-01', today: '2025-07-01' });
    expect(due.warnings[0]?.message).toBe('This is due today, by 5pm.');
    expect(appealDeadline({ decisionDate: '2025-05-01', today: '2025-06-01' }).warnings).toEqual(
      [],
    );
  });

  it('applies admin calendar overrides', () => {
    const r = appealDeadline({ decisionDate: '2025-04-01', calendar: { add: ['2025-06-02'] } });
    expect(r.date).toBe('2025-06-03'); // Sun 1 Jun -> Mon 2 (added holiday) -> Tue 3
    expect(r.explanation).toContain('a bank holiday added by the service');
  });

  const date2024to2030 = fc
    .integer({ min: fromParts(2024, 1, 1), max: fromParts(2030, 12, 31) })
    .map(formatIsoDate);

  it('is always a working day, never before the 2-month or 1-month dates, and honours the windows', () => {
    fc.assert(
      fc.property(date2024to2030, fc.option(fc.integer({ min: 0, max: 120 })), (decision, gap) => {
        const certificate = gap === null ? undefined : oracleAddDays(decision, gap);
        const r = appealDeadline({ decisionDate: decision, certificateDate: certificate });
        expect(isWorkingDay(r.date)).toBe(true);
        const twoMonths = addCalendarMonths(decision, 2);
        const oneMonth = certificate ? addCalendarMonths(certificate, 1) : twoMonths;
        const base = twoMonths > oneMonth ? twoMonths : oneMonth;
        expect(r.date >= twoMonths).toBe(true);
        expect(r.date >= oneMonth).toBe(true);
        const [y, m, d] = base.split('-').map(Number) as [number, number, number];
        let from: string;
        if ((m === 12 && d >= 25) || (m === 1 && d === 1)) {
          from = `${m === 12 ? y + 1 : y}-01-02`;
        } else if (m === 8) {
          from = `${y}-09-01`;
        } else {
          from = base;
        }
        // The first working day on or after `from`, found by walking.
        let expected = from;
        while (!isWorkingDay(expected)) expected = oracleAddDays(expected, 1);
        expect(r.date).toBe(expected);
        // A base date in the window never lands inside it.
        if (from !== base) expect(['08', '12'].includes(r.date.slice(5, 7))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('matches an independent oracle for 2024-2027 (JS Date and the official list)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: fromParts(2024, 1, 1), max: fromParts(2027, 6, 30) }).map(formatIsoDate),
        (decision) => {
          const r = appealDeadline({ decisionDate: decision });
          const d = new Date(`${decision}T00:00:00Z`);
          const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 2, 1));
          const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0));
          target.setUTCDate(Math.min(d.getUTCDate(), lastDay.getUTCDate()));
          let base = target.toISOString().slice(0, 10);
          const md = base.slice(5);
          if (md >= '12-25') base = `${+base.slice(0, 4) + 1}-01-02`;
          else if (md === '01-01') base = `${base.slice(0, 4)}-01-02`;
          else if (md.startsWith('08')) base = `${base.slice(0, 4)}-09-01`;
          while (!oracleIsWorkingDay(base)) base = oracleAddDays(base, 1);
          expect(r.date).toBe(base);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('adviserContactDeadline (R2) and certificateWindow (R3)', () => {
  it('does not move a deadline on a weekend, but warns', () => {
    const r = adviserContactDeadline({ decisionDate: '2025-03-03' });
    expect(r.date).toBe('2025-05-03');
    expect(r.byFivePm).toBe(false);
    expect(r.warnings).toEqual([
      {
        code: 'not_working_day',
        message:
          'Saturday 3 May 2025 is not a working day (it is a Saturday). This deadline does not move to the next working day, so act before it.',
      },
    ]);
    expect(r.explanation).toContain('not from the day the letter arrived');
  });

  it('warns on the day itself', () => {
    const r = adviserContactDeadline({ decisionDate: '2025-03-05', today: '2025-05-05' });
    expect(r.warnings.map((w) => w.message)).toContain('This is due today.');
  });

  it('says whether the adviser can still issue a certificate', () => {
    const ok = certificateWindow({ decisionDate: '2025-03-03', contactDate: '2025-05-03' });
    expect(ok.canIssue).toBe(true);
    expect(ok.rule).toBe('R3');
    expect(ok.sources.map((s) => s.id)).toEqual(['regs-33', 'regs-34']);
    const late = certificateWindow({ decisionDate: '2025-03-03', contactDate: '2025-05-06' });
    expect(late.canIssue).toBe(false);
    expect(late.explanation).toContain('ask the Tribunal for permission to appeal without one');
  });
});

describe('working-day deadlines (R4, R5, R8, R11, R12)', () => {
  it('words the certificate deadline by its reason', () => {
    expect(certificateDueDate({ from: '2025-05-01' }).rule).toBe('R4');
    const ended = certificateDueDate({ from: '2025-05-01', reason: 'mediation_ended' });
    expect(ended.rule).toBe('R11');
    expect(ended.date).toBe('2025-05-07'); // Fri 2, (Mon 5 holiday) Tue 6, Wed 7
    expect(ended.explanation).toContain('The mediation ended on Thursday 1 May 2025.');
    const cannot = certificateDueDate({ from: '2025-05-01', reason: 'la_cannot_arrange' });
    expect(cannot.rule).toBe('R12');
    expect(() => certificateDueDate({ from: '2025-05-01', reason: 'toString' as never })).toThrow(
      /reason must be one of/,
    );
  });

  it('counts the R5 health body notice in working days', () => {
    const r = healthBodyNoticeDueDate({ from: '2025-12-23' });
    expect(r.date).toBe('2025-12-30');
    expect(r.rule).toBe('R5');
  });

  it('gives notice 5 working days before the mediation', () => {
    const r = mediationNoticeBy({ mediationDate: '2025-12-29' });
    expect(r.date).toBe('2025-12-18'); // 24, 23, 22, 19, 18: skipping 25, 26 and the weekends
    expect(r.explanation).toContain('unless the person agrees to shorter notice');
  });

  it('working-day deadlines agree with the oracle for 2024-2027', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: fromParts(2024, 1, 10), max: fromParts(2027, 12, 20) })
          .map(formatIsoDate),
        (from) => {
          let expected = from;
          for (let left = 3; left > 0;) {
            expected = oracleAddDays(expected, 1);
            if (oracleIsWorkingDay(expected)) left -= 1;
          }
          expect(certificateDueDate({ from }).date).toBe(expected);
          let notice = from;
          for (let left = 5; left > 0;) {
            notice = oracleAddDays(notice, -1);
            if (oracleIsWorkingDay(notice)) left -= 1;
          }
          expect(mediationNoticeBy({ mediationDate: from }).date).toBe(notice);
          expect(addWorkingDays(from, 3)).toBe(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('mediationArrangeBy (R7)', () => {
  it('is 30 calendar days, warned when not a working day', () => {
    const r = mediationArrangeBy({ from: '2025-11-26' });
    expect(r.date).toBe('2025-12-26');
    expect(r.warnings[0]?.code).toBe('not_working_day');
    expect(r.warnings[0]?.message).toContain('Boxing Day');
    expect(r.sources[0]?.id).toBe('regs-35');
  });
  it('names the health body when the mediation is about health only', () => {
    const r = mediationArrangeBy({ from: '2025-06-30', healthOnly: true });
    expect(r.explanation).toContain('health body');
    expect(r.sources[0]?.id).toBe('regs-36');
  });
  it('is always exactly 30 days later', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: fromParts(2024, 1, 1), max: fromParts(2030, 12, 31) }).map(formatIsoDate),
        (from) => {
          const r = mediationArrangeBy({ from });
          expect(dayNumber(r.date) - dayNumber(from)).toBe(30);
          expect(r.warnings.length > 0).toBe(!isWorkingDay(r.date));
        },
      ),
    );
  });
});

describe('disabilityClaimDeadline (R14)', () => {
  it('ends the day before the same date 6 months on, with no Christmas or August extension', () => {
    const r = disabilityClaimDeadline({ actDate: '2025-02-16' });
    expect(r.date).toBe('2025-08-15');
    expect(r.explanation).toContain('extensions for appeals do not apply');
    const weekend = disabilityClaimDeadline({ actDate: '2025-02-17' });
    expect(weekend.date).toBe('2025-08-16');
    expect(weekend.warnings[0]?.code).toBe('not_working_day');
    expect(disabilityClaimDeadline({ actDate: '2025-08-31' }).date).toBe('2026-02-28');
    expect(disabilityClaimDeadline({ actDate: '2025-08-28' }).date).toBe('2026-02-27');
    expect(disabilityClaimDeadline({ actDate: '2025-03-01' }).date).toBe('2025-08-31');
    expect(disabilityClaimDeadline({ actDate: '2027-08-30' }).date).toBe('2028-02-29');
  });
});

describe('bad input', () => {
  it.each([
    ['2025-02-30', /is not a real calendar date/],
    ['3/3/25', /not a date in the form YYYY-MM-DD/],
    ['2025-13-01', /not a real calendar date/],
    ['2025-00-10', /not a real calendar date/],
    ['2025-01-00', /not a real calendar date/],
    ['2025-1-1', /YYYY-MM-DD/],
    ['1900-01-01', /outside the years/],
    ['', /YYYY-MM-DD/],
  ])('rejects decisionDate %s', (value, message) => {
    expect(() => appealDeadline({ decisionDate: value })).toThrow(RulesInputError);
    expect(() => appealDeadline({ decisionDate: value })).toThrow(message);
    expect(() => adviserContactDeadline({ decisionDate: value })).toThrow(RulesInputError);
  });

  it('names the field and refuses non-objects and missing dates', () => {
    try {
      appealDeadline({ decisionDate: '2025-01-01', certificateDate: '2025-02-29' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RulesInputError);
      expect((error as RulesInputError).field).toBe('certificateDate');
      expect((error as Error).name).toBe('RulesInputError');
    }
    expect(() => appealDeadline(undefined as never)).toThrow(/needs an object/);
    expect(() => appealDeadline([] as never)).toThrow(/needs an object/);
    expect(() => appealDeadline({} as never)).toThrow(/decisionDate is missing/);
    expect(() => certificateDueDate({ from: 20250101 as never })).toThrow(/from is missing/);
    expect(() => mediationArrangeBy({ from: '2025-01-01', today: '2025-31-01' })).toThrow(/today/);
    expect(() => isWorkingDay('2025-02-29')).toThrow(RulesInputError);
    expect(() => addWorkingDays('2025-02-29', 1)).toThrow(RulesInputError);
  });
});
