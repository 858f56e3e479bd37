// Everything the case page shows, in one plain serialisable object: the case with its facts,
// the people, deadlines computed now by @sen/rules (with explanations and warnings), the next
// steps with what each still needs, the timeline, notes, certificates and linked conversation.
import {
  caseFactsOf,
  getMeeting,
  getSettings,
  listCallbacks,
  listCaseEvents,
  listCertificates,
  listContacts,
  listConversations,
  listNotes,
  listPeople,
  listUsers,
  type CallbackListItem,
  type CaseRecord,
  type Db,
} from '@sen/db';
import {
  canTransition,
  computeCaseDeadlines,
  FACT_LABELS,
  stateLabel,
  transitionsFrom,
  type CalendarOverrides,
  todayInEngland,
} from '@sen/rules';
import { certificateNeedFor, certificateTypeFor } from '../certificates/certificate-basis';

export async function calendarOf(db: Db): Promise<CalendarOverrides> {
  return (await getSettings(db)).bankHolidayOverrides;
}

/** Today's date in England, and the service's bank-holiday overrides. */
export async function ruleContext(db: Db, now: Date) {
  return { today: todayInEngland(now), calendar: await calendarOf(db) };
}

export function caseDeadlines(row: CaseRecord, today: string, calendar: CalendarOverrides) {
  return computeCaseDeadlines(caseFactsOf(row), { today, calendar });
}

/** The moves staff can make from here, and for each the facts still to fill in. */
export function nextSteps(row: CaseRecord) {
  const facts = caseFactsOf(row);
  return transitionsFrom(row.track, row.state).map((t) => {
    const check = canTransition(facts, t.to);
    return {
      to: t.to,
      toLabel: stateLabel(row.track, t.to),
      action: t.action,
      needs: t.needs.map((field) => ({
        field,
        label: FACT_LABELS[field],
        filled: !check.missing.includes(field),
      })),
      ready: check.ok,
      reason: check.reason,
    };
  });
}

/** What staff read of a callback request on a case or beside its transcript. */
export function callbackView(c: CallbackListItem) {
  return {
    id: c.id,
    status: c.status,
    createdAt: c.createdAt,
    name: c.name,
    contactMethod: c.contactMethod,
    phone: c.phone,
    email: c.email,
    bestTime: c.bestTime,
    localAuthorityText: c.localAuthorityText,
    description: c.description,
    handledByName: c.handledByName,
    handledAt: c.handledAt,
    caseId: c.caseId,
    caseReference: c.caseReference,
  };
}

export async function caseDetail(db: Db, row: CaseRecord, now: Date) {
  const { today, calendar } = await ruleContext(db, now);
  const [people, events, notes, certificates, conversations, staff, contacts, meeting, callbacks] =
    await Promise.all([
      listPeople(db, row.id),
      listCaseEvents(db, row.id),
      listNotes(db, row.id),
      listCertificates(db, row.id),
      listConversations(db, { caseId: row.id, limit: 20 }),
      listUsers(db),
      listContacts(db, row.id),
      getMeeting(db, row.id),
      listCallbacks(db, { caseId: row.id }),
    ]);
  const names = new Map(staff.map((u) => [u.id, u.name]));
  const need = certificateNeedFor(row);
  return {
    case: {
      ...row,
      stateLabel: stateLabel(row.track, row.state),
      assigneeName: row.assigneeId ? (names.get(row.assigneeId) ?? null) : null,
    },
    people,
    /** Other people on the case (professionals), with their role. */
    contacts,
    /** The meeting's time, place and who comes; its date is `case.mediationDate`. */
    meeting,
    deadlines: caseDeadlines(row, today, calendar),
    nextSteps: nextSteps(row),
    certificate: {
      /** R1 for the matters recorded. */
      needed: need.needed,
      appealable: need.appealable,
      explanation: need.explanation,
      /** The certificate the case can be given now (null: not at this stage). */
      canIssueType: certificateTypeFor(row.track, row.state),
    },
    events: events.map((e) => ({
      ...e,
      actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
    })),
    notes,
    certificates,
    /** Callback requests that opened or joined the case, in every state, with the family's words. */
    callbacks: callbacks.map(callbackView),
    /** The chat that led to this case, when one is linked (the newest). */
    conversationId: conversations.items[0]?.id ?? null,
    conversationIds: conversations.items.map((c) => c.id),
    today,
  };
}
export type CaseDetail = Awaited<ReturnType<typeof caseDetail>>;
