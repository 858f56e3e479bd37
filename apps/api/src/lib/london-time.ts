// Meetings are arranged in England's local time (GMT in winter, BST in summer); calendar files
// carry UTC so every calendar app shows the same instant without a time-zone table.
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Minutes England's clocks are ahead of UTC at `instant` (0 or 60). */
function londonOffsetMinutes(instant: number): number {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  const wall = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return Math.round((wall - instant) / 60_000);
}

/**
 * The instant of a wall-clock time in England: `date` YYYY-MM-DD, `time` HH:MM. In the hour the
 * clocks go forward (a time that does not exist), 01:30 is read with summer time's offset
 * (00:30 UTC); in the hour they go back (a time that happens twice) the first one is taken.
 */
export function londonToUtc(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, h, min);
  const first = wall - londonOffsetMinutes(wall - 60 * 60_000) * 60_000;
  if (londonOffsetMinutes(first) * 60_000 + first === wall) return new Date(first);
  return new Date(wall - londonOffsetMinutes(wall) * 60_000);
}
