import { asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { DbInputError } from '../errors';
import { audit, type Actor } from '../queries/audit';
import {
  callbackRequests,
  caseDocuments,
  caseEvents,
  caseNotes,
  casePeople,
  cases,
  certificates,
  conversations,
  messageFeedback,
  messages,
} from '../schema/index';

/**
 * How staff identify a person: any of these (all given must be about the same person; each
 * matches on its own). Emails match case-insensitively, phones on their digits.
 */
export interface SubjectMatch {
  personIds?: string[];
  /** Callback requests picked from a look-up (e.g. found by the name the person gave). */
  callbackIds?: string[];
  email?: string;
  phone?: string;
}

const digits = (s: string) => s.replace(/\D/g, '');

function personConditions(match: SubjectMatch): SQL[] {
  const conditions: SQL[] = [];
  if (match.personIds?.length) conditions.push(inArray(casePeople.id, match.personIds));
  if (match.email?.trim()) {
    conditions.push(sql`lower(${casePeople.email}) = lower(${match.email.trim()})`);
  }
  if (match.phone && digits(match.phone).length >= 6) {
    conditions.push(
      sql`regexp_replace(${casePeople.phone}, '\\D', '', 'g') = ${digits(match.phone)}`,
    );
  }
  return conditions;
}

function callbackConditions(match: SubjectMatch, caseIds: string[]): SQL[] {
  const conditions: SQL[] = [];
  if (caseIds.length) conditions.push(inArray(callbackRequests.caseId, caseIds));
  if (match.callbackIds?.length) conditions.push(inArray(callbackRequests.id, match.callbackIds));
  if (match.email?.trim()) {
    conditions.push(sql`lower(${callbackRequests.email}) = lower(${match.email.trim()})`);
  }
  if (match.phone && digits(match.phone).length >= 6) {
    conditions.push(
      sql`regexp_replace(${callbackRequests.phone}, '\\D', '', 'g') = ${digits(match.phone)}`,
    );
  }
  return conditions;
}

function requireMatch(match: SubjectMatch): void {
  if (personConditions(match).length === 0 && !match.callbackIds?.length) {
    throw new DbInputError('invalid', 'Give a person, an email address or a phone number');
  }
}

async function findSubject(db: Db, match: SubjectMatch) {
  requireMatch(match);
  const byPerson = personConditions(match);
  const people = byPerson.length
    ? await db
        .select()
        .from(casePeople)
        .where(or(...byPerson))
        .orderBy(asc(casePeople.createdAt))
    : [];
  const caseIds = [...new Set(people.map((p) => p.caseId))];
  const callbacks = await db
    .select()
    .from(callbackRequests)
    .where(or(...callbackConditions(match, caseIds)));
  return { people, caseIds, callbacks };
}

export interface SubjectExport {
  format: 'sen-subject-access-export';
  version: 1;
  generatedAt: string;
  notice: string;
  people: (typeof casePeople.$inferSelect)[];
  cases: {
    case: typeof cases.$inferSelect;
    /** Others on the same case (e.g. a child): review before disclosing (third-party data). */
    otherPeople: (typeof casePeople.$inferSelect)[];
    timeline: (typeof caseEvents.$inferSelect)[];
    notes: (typeof caseNotes.$inferSelect)[];
    certificates: (typeof certificates.$inferSelect)[];
    /** Documents on the case, each with its content as base64 (review those about others). */
    documents: (Omit<typeof caseDocuments.$inferSelect, 'bytes'> & { base64: string })[];
    conversations: {
      conversation: Omit<typeof conversations.$inferSelect, 'tokenHash'>;
      messages: (typeof messages.$inferSelect & {
        feedback: typeof messageFeedback.$inferSelect | null;
      })[];
    }[];
  }[];
  callbackRequests: (typeof callbackRequests.$inferSelect)[];
  /** Conversations reached through a callback request whose case is gone. */
  conversationsWithoutCase: SubjectExport['cases'][number]['conversations'];
}

/**
 * Everything held about one person, as one JSON-serialisable object (a subject access request).
 * The export is recorded in the audit log with counts only.
 */
export async function exportSubjectData(
  db: Db,
  match: SubjectMatch,
  actor: Actor,
): Promise<SubjectExport> {
  const { people, caseIds, callbacks } = await findSubject(db, match);
  const subjectIds = new Set(people.map((p) => p.id));
  const caseRows = caseIds.length
    ? await db.select().from(cases).where(inArray(cases.id, caseIds)).orderBy(asc(cases.createdAt))
    : [];
  const byCase = async <T extends { caseId: string }>(rows: Promise<T[]>) => {
    const list = await rows;
    return (id: string) => list.filter((r) => r.caseId === id);
  };
  const none = Promise.resolve([]);
  const [allPeople, events, notes, certs, docs] = await Promise.all([
    byCase(
      caseIds.length
        ? db.select().from(casePeople).where(inArray(casePeople.caseId, caseIds))
        : none,
    ),
    byCase(
      caseIds.length
        ? db
            .select()
            .from(caseEvents)
            .where(inArray(caseEvents.caseId, caseIds))
            .orderBy(asc(caseEvents.at))
        : none,
    ),
    byCase(
      caseIds.length
        ? db
            .select()
            .from(caseNotes)
            .where(inArray(caseNotes.caseId, caseIds))
            .orderBy(asc(caseNotes.createdAt))
        : none,
    ),
    byCase(
      caseIds.length
        ? db.select().from(certificates).where(inArray(certificates.caseId, caseIds))
        : none,
    ),
    byCase(
      caseIds.length
        ? db
            .select()
            .from(caseDocuments)
            .where(inArray(caseDocuments.caseId, caseIds))
            .orderBy(asc(caseDocuments.createdAt))
        : none,
    ),
  ]);
  const convoIds = new Set<string>(
    callbacks.map((c) => c.conversationId).filter((id): id is string => !!id),
  );
  const convos = await db
    .select()
    .from(conversations)
    .where(
      or(
        caseIds.length ? inArray(conversations.caseId, caseIds) : sql`false`,
        convoIds.size ? inArray(conversations.id, [...convoIds]) : sql`false`,
      ),
    );
  const msgs = convos.length
    ? await db
        .select({ m: messages, f: messageFeedback })
        .from(messages)
        .leftJoin(messageFeedback, eq(messageFeedback.messageId, messages.id))
        .where(
          inArray(
            messages.conversationId,
            convos.map((c) => c.id),
          ),
        )
        .orderBy(asc(messages.createdAt))
    : [];
  const conversationsOf = (caseId: string | null) =>
    convos
      .filter((c) => c.caseId === caseId)
      .map(({ tokenHash: _t, ...conversation }) => ({
        conversation,
        messages: msgs
          .filter((m) => m.m.conversationId === conversation.id)
          .map((m) => ({ ...m.m, feedback: m.f })),
      }));
  const result: SubjectExport = {
    format: 'sen-subject-access-export',
    version: 1,
    generatedAt: actor.now.toISOString(),
    notice:
      'Personal data held by the mediation service about the person identified in the request. ' +
      'Entries under otherPeople are about other people and must be reviewed before disclosure.',
    people,
    cases: caseRows.map((c) => ({
      case: c,
      otherPeople: allPeople(c.id).filter((p) => !subjectIds.has(p.id)),
      timeline: events(c.id),
      notes: notes(c.id),
      certificates: certs(c.id),
      documents: docs(c.id).map(({ bytes, ...doc }) => ({
        ...doc,
        base64: bytes.toString('base64'),
      })),
      conversations: conversationsOf(c.id),
    })),
    callbackRequests: callbacks,
    conversationsWithoutCase: conversationsOf(null),
  };
  await audit(db, actor, 'subject.export', null, null, {
    people: people.length,
    cases: caseRows.length,
    callbacks: callbacks.length,
    documents: result.cases.reduce((n, c) => n + c.documents.length, 0),
  });
  return result;
}

export interface EraseResult {
  people: number;
  cases: number;
  callbackRequests: number;
  conversations: number;
  /** Documents removed: those about the person, or every document of a case erased whole. */
  documents: number;
  /** Cases kept (erasing only the person): staff should check their notes for the name. */
  casesToReview: string[];
}

/**
 * Erases one person. By default removes their person records and callback requests and the
 * conversations behind those requests, keeping the cases' facts (dates, states) for the service's
 * records, and returns the case ids whose free-text notes staff should check. With
 * `deleteCases: true` the whole of every case they appear on goes, with everything attached.
 */
export async function eraseSubject(
  db: Db,
  input: SubjectMatch & { deleteCases?: boolean },
  actor: Actor,
): Promise<EraseResult> {
  return db.transaction(async (tx) => {
    const { people, caseIds, callbacks } = await findSubject(tx, input);
    const convoIds = callbacks.map((c) => c.conversationId).filter((id): id is string => !!id);
    let deletedConvos = 0;
    if (input.deleteCases && caseIds.length) {
      deletedConvos += (
        await tx
          .delete(conversations)
          .where(inArray(conversations.caseId, caseIds))
          .returning({ id: conversations.id })
      ).length;
    }
    if (convoIds.length) {
      deletedConvos += (
        await tx
          .delete(conversations)
          .where(inArray(conversations.id, convoIds))
          .returning({ id: conversations.id })
      ).length;
    }
    if (callbacks.length) {
      await tx.delete(callbackRequests).where(
        inArray(
          callbackRequests.id,
          callbacks.map((c) => c.id),
        ),
      );
    }
    let deletedDocs = 0;
    if (input.deleteCases && caseIds.length) {
      deletedDocs = (
        await tx
          .delete(caseDocuments)
          .where(inArray(caseDocuments.caseId, caseIds))
          .returning({ id: caseDocuments.id })
      ).length;
    } else if (people.length) {
      // Documents about the person go with them; the case's other documents stay for review.
      deletedDocs = (
        await tx
          .delete(caseDocuments)
          .where(
            inArray(
              caseDocuments.personId,
              people.map((p) => p.id),
            ),
          )
          .returning({ id: caseDocuments.id })
      ).length;
    }
    if (people.length)
      await tx.delete(casePeople).where(
        inArray(
          casePeople.id,
          people.map((p) => p.id),
        ),
      );
    if (input.deleteCases && caseIds.length)
      await tx.delete(cases).where(inArray(cases.id, caseIds));
    const result: EraseResult = {
      people: people.length,
      cases: input.deleteCases ? caseIds.length : 0,
      callbackRequests: callbacks.length,
      conversations: deletedConvos,
      documents: deletedDocs,
      casesToReview: input.deleteCases ? [] : caseIds,
    };
    await audit(tx, actor, 'subject.erase', null, null, {
      people: result.people,
      cases: result.cases,
      callbacks: result.callbackRequests,
      conversations: result.conversations,
      documents: result.documents,
    });
    return result;
  });
}
