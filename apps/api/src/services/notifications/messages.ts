// What each notification e-mail says. Only the case reference, deadlines and console links: no
// child's or family's name, contact details or anything they wrote, because e-mail is not a safe
// place for special-category data.
import type { NotificationKind, NotificationPayload } from '@sen/db/schema';

export interface NextDeadline {
  label: string;
  date: string;
}

export interface ComposeInput {
  kind: NotificationKind;
  payload: NotificationPayload;
  /** The service's origin, e.g. https://desk.example.org (links are built from it). */
  baseUrl: string;
  /** The case's next open deadline, computed when the e-mail is sent (none for a new enquiry). */
  deadline?: NextDeadline | null;
  serviceName: string;
}

const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2026-12-07" → "Monday 7 December 2026" (the console's style, without Intl's comma). */
export function dateText(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`);
  return `${weekday.format(day)} ${dayMonthYear.format(day)}`;
}

const deadlineLine = (d: NextDeadline | null | undefined) =>
  d ? `Next deadline: ${d.label}, ${dateText(d.date)}` : 'Next deadline: none yet';

export function composeNotification(input: ComposeInput): { subject: string; text: string } {
  const root = input.baseUrl.replace(/\/+$/, '');
  const link = (path: string) => `${root}${path}`;
  const p = input.payload;
  const footer = [
    '',
    'Names and contact details are only in the console: e-mail is not a safe place for them.',
    `To stop these e-mails, turn them off in your account: ${link('/console/account')}`,
    `— ${input.serviceName}`,
  ];
  switch (input.kind) {
    case 'callback_new':
      return {
        subject: `New callback request: ${p.reference}`,
        text: [
          'A family has asked us to call them back.',
          '',
          `Case reference: ${p.reference}`,
          deadlineLine(input.deadline),
          `Open the case: ${link(p.path ?? '/console/')}`,
          `All callback requests: ${link('/console/')}`,
          ...footer,
        ].join('\n'),
      };
    case 'case_assigned':
      return {
        subject: `Case assigned to you: ${p.reference}`,
        text: [
          'A case has been assigned to you.',
          '',
          `Case reference: ${p.reference}`,
          deadlineLine(input.deadline),
          `Open the case: ${link(p.path ?? '/console/')}`,
          ...footer,
        ].join('\n'),
      };
    case 'deadline_digest': {
      const due = p.due ?? [];
      const overdue = due.filter((d) => d.overdue);
      const soon = due.filter((d) => !d.overdue);
      const line = (d: (typeof due)[number]) =>
        `- ${d.reference}: ${d.label}, ${dateText(d.date)}\n  ${link(d.path)}`;
      return {
        subject: `Deadlines: ${overdue.length} overdue, ${soon.length} due in the next 2 working days`,
        text: [
          `Deadlines for ${p.day ? dateText(p.day) : 'today'}.`,
          '',
          `Overdue (${overdue.length}):`,
          ...(overdue.length ? overdue.map(line) : ['- none']),
          '',
          `Due in the next 2 working days (${soon.length}):`,
          ...(soon.length ? soon.map(line) : ['- none']),
          '',
          `Today in the console: ${link('/console/')}`,
          ...footer,
        ].join('\n'),
      };
    }
  }
}
