import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, meetingsCalendar } from './ics';
import { londonToUtc } from '../../lib/london-time';

const base = {
  caseId: '00000000-0000-4000-8000-000000000001',
  reference: 'DR-2026-0007',
  track: 'disagreement_resolution' as const,
  date: '2026-03-10',
  startTime: '09:30',
  endTime: null,
  venue: null,
  onlineUrl: null,
  updatedAt: new Date('2026-03-01T12:00:00Z'),
};

describe('iCalendar text', () => {
  it('escapes TEXT and folds long lines without splitting a character; a parser reads it back', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const venue = 'Ysgol Gyfun Gŵyr, Neuadd Fawr; ystafell 2 — ' + 'ŵ'.repeat(60);
    const text = meetingsCalendar([{ ...base, venue }], { host: 'desk.test', name: 'Mine' });
    for (const line of text.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    expect(foldLine('short')).toBe('short');
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Mine');
    const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
    expect(event.location).toBe(venue);
    expect(event.uid).toBe(`meeting-${base.caseId}@desk.test`);
    // No end time given: the event has no DTEND rather than an invented one.
    expect(cal.getFirstSubcomponent('vevent')!.hasProperty('dtend')).toBe(false);
  });

  it('describes an online-only meeting by its link', () => {
    const text = meetingsCalendar([{ ...base, onlineUrl: 'https://meet.test/a' }], {
      host: 'desk.test',
    });
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!,
    );
    expect(event.location).toBe('Online: https://meet.test/a');
  });
});

describe('londonToUtc', () => {
  it('uses GMT in winter and BST in summer, around both changes of the clocks', () => {
    expect(londonToUtc('2026-01-20', '10:00').toISOString()).toBe('2026-01-20T10:00:00.000Z');
    expect(londonToUtc('2026-07-01', '10:00').toISOString()).toBe('2026-07-01T09:00:00.000Z');
    // Clocks go forward at 01:00 UTC on Sunday 29 March 2026.
    expect(londonToUtc('2026-03-29', '00:30').toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(londonToUtc('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // Back at 01:00 UTC on Sunday 25 October 2026: 01:30 happens twice; the first is taken.
    expect(londonToUtc('2026-10-25', '01:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(londonToUtc('2026-10-25', '03:00').toISOString()).toBe('2026-10-25T03:00:00.000Z');
  });
});
