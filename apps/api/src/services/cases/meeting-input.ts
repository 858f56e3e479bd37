// The shapes the meeting and other-party procedures accept. Lists of allowed values come from
// @sen/rules; the lifecycle checks (when a meeting may be arranged) are @sen/rules' too.
import { CONTACT_ROLES, isMeetingTime, OTHER_PARTY_KINDS } from '@sen/rules';
import { z } from 'zod';
import { isoDate, optionalText, text } from './case-input';

const emptyIsNull = (v: unknown) => (typeof v === 'string' && !v.trim() ? null : v);

const time = (message: string) => z.string().trim().refine(isMeetingTime, message);

/** An https link only: a meeting link is opened by families and staff from the calendar. */
const meetingLink = z.preprocess(
  emptyIsNull,
  z
    .string()
    .trim()
    .max(500, 'Keep the link under 500 characters.')
    .refine((v) => {
      try {
        return new URL(v).protocol === 'https:';
      } catch {
        return false;
      }
    }, 'Enter the full meeting link, starting with https://')
    .nullable()
    .optional(),
);

export const meetingInput = z.object({
  date: isoDate,
  startTime: time('Enter the start time as hours and minutes, for example 10:30.'),
  endTime: z.preprocess(
    emptyIsNull,
    time('Enter the end time as hours and minutes, for example 12:00.').nullable().optional(),
  ),
  venue: optionalText(300),
  onlineUrl: meetingLink,
  attendees: z
    .array(text(200))
    .max(30, 'List at most 30 people; group the rest ("two council officers").')
    .default([]),
  supporter: optionalText(200),
  interpreter: optionalText(200),
});
export type MeetingInputValue = z.infer<typeof meetingInput>;

export const otherPartyInput = z
  .object({
    kind: z.preprocess(
      (v) => (v === '' ? null : v),
      z.enum(OTHER_PARTY_KINDS, 'Choose who the disagreement is with.').nullable(),
    ),
    name: optionalText(200),
  })
  .refine((v) => v.kind !== null || !v.name, {
    message: 'Choose what kind of organisation it is.',
    path: ['kind'],
  });

const optionalEmail = z.preprocess(
  emptyIsNull,
  z
    .string()
    .trim()
    .max(254)
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Enter an email address like name@example.com.')
    .nullable()
    .optional(),
);

export const contactInput = z.object({
  role: z.enum(CONTACT_ROLES, 'Choose their role.'),
  fullName: text(200).pipe(z.string().min(1, 'Enter their name.')),
  organisation: optionalText(200),
  email: optionalEmail,
  phone: z.preprocess(
    emptyIsNull,
    z
      .string()
      .trim()
      .max(40, 'That phone number is too long.')
      .regex(/^[+\d][\d\s()-]{5,}$/, 'Enter a phone number using digits, like 020 7946 0000.')
      .nullable()
      .optional(),
  ),
});
