// The date rules of /work/shared/domain/RULES.md, written afresh for this set's checks
// (the engine's own code is not looked at). ISO dates in and out.
export const BANK_HOLIDAYS = new Set([
  // England and Wales
  '2024-01-01',
  '2024-03-29',
  '2024-04-01',
  '2024-05-06',
  '2024-05-27',
  '2024-08-26',
  '2024-12-25',
  '2024-12-26',
  '2025-01-01',
  '2025-04-18',
  '2025-04-21',
  '2025-05-05',
  '2025-05-26',
  '2025-08-25',
  '2025-12-25',
  '2025-12-26',
  '2026-01-01',
  '2026-04-03',
  '2026-04-06',
  '2026-05-04',
  '2026-05-25',
  '2026-08-31',
  '2026-12-25',
  '2026-12-28',
  '2027-01-01',
  '2027-03-26',
  '2027-03-29',
  '2027-05-03',
  '2027-05-31',
  '2027-08-30',
  '2027-12-27',
  '2027-12-28',
  '2028-01-03',
  '2028-04-14',
  '2028-04-17',
  '2028-05-01',
  '2028-05-29',
  '2028-08-28',
  '2028-12-25',
  '2028-12-26',
]);
const D = (iso) => new Date(iso + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
export const addDays = (s, n) => {
  const d = D(s);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
};
export const weekday = (s) =>
  ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][D(s).getUTCDay()];
export const isWorkingDay = (s) => {
  const w = D(s).getUTCDay();
  return w !== 0 && w !== 6 && !BANK_HOLIDAYS.has(s);
};
export function addWorkingDays(s, n) {
  let d = s;
  const step = n < 0 ? -1 : 1;
  for (let k = 0; k < Math.abs(n);) {
    d = addDays(d, step);
    if (isWorkingDay(d)) k++;
  }
  return d;
}
export function addMonths(s, n) {
  const [y, m, d] = s.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  t.setUTCDate(Math.min(d, last));
  return iso(t);
}
const nextWorking = (s) => {
  let d = s;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
};
const firstWorkingAfter = (s) => nextWorking(addDays(s, 1));

export const adviserContactDeadline = ({ decisionDate }) => ({ date: addMonths(decisionDate, 2) }); // R2
export const certificateDueDate = ({ from }) => ({ date: addWorkingDays(from, 3) }); // R4, R11, R12
export const mediationArrangeBy = ({ from }) => ({ date: addDays(from, 30) }); // R7
export const mediationNoticeBy = ({ mediationDate }) => ({
  date: addWorkingDays(mediationDate, -5),
}); // R8
export function appealDeadline({ decisionDate, certificateDate }) {
  // R13
  let d = addMonths(decisionDate, 2);
  if (certificateDate) {
    const c = addMonths(certificateDate, 1);
    if (c > d) d = c;
  }
  const [y, m, day] = d.split('-').map(Number);
  if ((m === 12 && day >= 25) || (m === 1 && day === 1))
    return { date: firstWorkingAfter(`${m === 12 ? y + 1 : y}-01-01`) };
  if (m === 8) return { date: firstWorkingAfter(`${y}-08-31`) };
  return { date: nextWorking(d) };
}
export const discriminationDeadline = ({ actDate }) => ({ date: addMonths(actDate, 6) }); // R14 (no extension)
export const weeksAfter = ({ from, weeks }) => ({ date: addDays(from, 7 * weeks) }); // R15, R16, R17
