// Disagreement resolution and mediation meetings: who the disagreement is with, the other
// people involved, and when the meeting may be arranged or changed. The API refuses a change
// these checks refuse, with their reason; the console shows the same reason before it asks.
import type { CaseFacts, CaseState, Track } from './case-facts';
import { formatDate } from './dates';
import { FINAL_STATES, stateLabel } from './lifecycle';

/**
 * Who a disagreement is with (SEND Regulations 2014 reg.32: disagreement resolution covers
 * councils, schools and other settings, and health commissioners).
 */
export const OTHER_PARTY_KINDS = [
  'school',
  'academy_trust',
  'early_years',
  'fe_college',
  'council',
  'health_body',
  'other',
] as const;
export type OtherPartyKind = (typeof OTHER_PARTY_KINDS)[number];

export const OTHER_PARTY_LABELS: Readonly<Record<OtherPartyKind, string>> = {
  school: 'School (maintained or independent)',
  academy_trust: 'Academy or academy trust',
  early_years: 'Nursery or early years provider',
  fe_college: 'Further education college',
  council: 'The council (local authority)',
  health_body: 'Health body (ICB or NHS trust)',
  other: 'Another organisation',
};

/** Roles of the other people on a case: professionals, not the family. */
export const CONTACT_ROLES = [
  'council_officer',
  'senco',
  'head_teacher',
  'health_commissioner',
  'social_worker',
  'other_professional',
] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const CONTACT_ROLE_LABELS: Readonly<Record<ContactRole, string>> = {
  council_officer: 'Council officer (SEN team)',
  senco: 'SENCO',
  head_teacher: 'Head teacher or principal',
  health_commissioner: 'Health commissioner',
  social_worker: 'Social worker',
  other_professional: 'Other professional',
};

export interface ChangeCheck {
  ok: boolean;
  /** Plain English: why not (empty when ok). */
  reason: string;
  /** The input the reason is about, when it is about one. */
  field?: string;
}

const OK: ChangeCheck = { ok: true, reason: '' };
const no = (reason: string, field?: string): ChangeCheck =>
  field ? { ok: false, reason, field } : { ok: false, reason };

type Stage = Pick<CaseFacts, 'track' | 'state'>;

function closedReason(facts: Stage, what: string): string | null {
  if (!FINAL_STATES.includes(facts.state)) return null;
  return `This case is ${stateLabel(facts.track, facts.state).toLowerCase()}: ${what} can no longer be changed.`;
}

/** The other party and the other people on a case may change until it is closed or withdrawn. */
export function canChangeParties(facts: Stage): ChangeCheck {
  const closed = closedReason(facts, 'who is involved');
  return closed ? no(closed) : OK;
}

/** "mediation" or "disagreement resolution": how a meeting on this track is named. */
export function meetingKind(track: Track): string {
  return track === 'disagreement_resolution' ? 'disagreement resolution' : 'mediation';
}

/** States before anyone asked for a meeting, and the step that records the request. */
const NOT_YET_REQUESTED: readonly CaseState[] = [
  'enquiry',
  'information_given',
  'mediation_declined',
];
/** States in which the meeting has taken place (or the case moved on after it). */
const AFTER_MEETING: readonly CaseState[] = [
  'mediation_held',
  'agreement',
  'partial_agreement',
  'no_agreement',
  'certificate_issued',
  'follow_up',
];

export interface MeetingPlan {
  /** YYYY-MM-DD: becomes the case's mediationDate. */
  date: string;
  /** HH:MM, 24-hour, in England's local time. */
  startTime: string;
  endTime?: string | null;
  venue?: string | null;
  onlineUrl?: string | null;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether `value` is a 24-hour time HH:MM. */
export function isMeetingTime(value: unknown): value is string {
  return typeof value === 'string' && TIME.test(value);
}

/**
 * Whether the meeting may be arranged (or changed) as `plan` says, given the case's facts and
 * who the disagreement is with. A meeting needs a request first; on disagreement resolution it
 * needs the other party (there is no meeting without someone to meet); once it has taken place
 * its date is a record, so only the details around it may be corrected; a closed case is
 * frozen.
 */
export function canArrangeMeeting(
  facts: CaseFacts,
  plan: MeetingPlan,
  otherPartyKind: string | null,
): ChangeCheck {
  const kind = meetingKind(facts.track);
  const closed = closedReason(facts, `the ${kind} meeting`);
  if (closed) return no(closed);
  if (NOT_YET_REQUESTED.includes(facts.state)) {
    return no(
      `Record that the family asked for ${kind} first (a next step on this case); then arrange the meeting.`,
    );
  }
  if (facts.state === 'la_cannot_arrange') {
    return no(
      'The council has said mediation cannot take place within 30 days: a certificate is due, not a meeting.',
    );
  }
  if (AFTER_MEETING.includes(facts.state)) {
    if (!facts.mediationDate) {
      return no(`No ${kind} meeting took place on this case, so there is none to record.`);
    }
    if (plan.date !== facts.mediationDate) {
      return no(
        `The meeting took place on ${formatDate(facts.mediationDate)}: its date cannot change now. You can still correct the time, place and who came.`,
        'date',
      );
    }
  }
  if (facts.track === 'disagreement_resolution' && !otherPartyKind) {
    return no(
      'Record who the disagreement is with before arranging the meeting.',
      'otherPartyKind',
    );
  }
  if (facts.mediationRequestedDate && plan.date < facts.mediationRequestedDate) {
    return no(
      `The meeting cannot be before the day it was asked for (${formatDate(facts.mediationRequestedDate)}).`,
      'date',
    );
  }
  if (!isMeetingTime(plan.startTime)) {
    return no('Enter the start time as hours and minutes, for example 10:30.', 'startTime');
  }
  if (plan.endTime) {
    if (!isMeetingTime(plan.endTime)) {
      return no('Enter the end time as hours and minutes, for example 12:00.', 'endTime');
    }
    if (plan.endTime <= plan.startTime) {
      return no('The meeting must end after it starts.', 'endTime');
    }
  }
  if (!plan.venue?.trim() && !plan.onlineUrl?.trim()) {
    return no('Give the venue, or the link for an online meeting (or both).', 'venue');
  }
  return OK;
}
