// iCalendar (RFC 5545) for meetings: one event per meeting, carrying only the case reference,
// the time and the place. No names, no attendees, no description: a calendar is synced to
// phones and third-party servers the service does not control.
import { meetingKind } from '@sen/rules';
import type { CalendarMeeting } from '@sen/db';
import { londonToUtc } from '../../lib/london-time';

const PRODID = '-//SEN Mediation Desk//Meetings//EN';

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Lines longer than 75 octets are folded: CRLF and a space before each continuation, never
 * inside a UTF-8 character (RFC 5545 3.1).
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74;
    if (size + n > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

function utcStamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Where the meeting is, as one line: the venue, the online link, or both. */
export function meetingLocation(m: Pick<CalendarMeeting, 'venue' | 'onlineUrl'>): string | null {
  if (m.venue && m.onlineUrl) return `${m.venue} (or online: ${m.onlineUrl})`;
  return m.venue ?? (m.onlineUrl ? `Online: ${m.onlineUrl}` : null);
}

export function meetingSummary(m: Pick<CalendarMeeting, 'reference' | 'track'>): string {
  return `${m.reference}: ${meetingKind(m.track)} meeting`;
}

function eventLines(m: CalendarMeeting, host: string): string[] {
  const location = meetingLocation(m);
  return [
    'BEGIN:VEVENT',
    // Stable per case, so a changed meeting replaces the event in a subscribed calendar.
    `UID:meeting-${m.caseId}@${host}`,
    `DTSTAMP:${utcStamp(m.updatedAt)}`,
    `LAST-MODIFIED:${utcStamp(m.updatedAt)}`,
    `DTSTART:${utcStamp(londonToUtc(m.date, m.startTime))}`,
    ...(m.endTime ? [`DTEND:${utcStamp(londonToUtc(m.date, m.endTime))}`] : []),
    `SUMMARY:${escapeText(meetingSummary(m))}`,
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    ...(m.onlineUrl ? [`URL:${m.onlineUrl}`] : []),
    // Staff calendars only: not a public event, and no one is invited through this file.
    'CLASS:PRIVATE',
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/**
 * A calendar of `meetings`. `name` titles a subscribed feed; `host` makes the UIDs unique to
 * this service.
 */
export function meetingsCalendar(
  meetings: readonly CalendarMeeting[],
  opts: { host: string; name?: string },
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(opts.name ? [`X-WR-CALNAME:${escapeText(opts.name)}`] : []),
    ...meetings.flatMap((m) => eventLines(m, opts.host)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
