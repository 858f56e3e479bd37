// Finding a person for a subject access request or an erasure, when the request does not start
// from a case: every person record, callback request and conversation that matches a name (part
// of it), an e-mail address or a phone number. The caller (an admin) reviews the matches and
// picks the records that are this person, then exports or erases exactly those (subject.ts).
// The search terms are never written anywhere: the audit row says which kinds of term were used
// and how many records matched.
import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { DbInputError } from '../errors';
import { audit, type Actor } from '../queries/audit';
import { callbackRequests, casePeople, cases, conversations } from '../schema/index';

export interface SubjectLookupInput {
  /** Part of a name, 2+ letters, case-insensitive. */
  name?: string;
  /** A whole e-mail address, case-insensitive. */
  email?: string;
  /** A phone number, compared on its digits (6 or more). */
  phone?: string;
}

export interface SubjectLookup {
  people: {
    id: string;
    caseId: string;
    caseReference: string;
    role: string;
    fullName: string;
    email: string | null;
    phone: string | null;
    dateOfBirth: string | null;
  }[];
  callbackRequests: {
    id: string;
    name: string;
    email: string | null;
    phone: string | null;
    caseId: string | null;
    caseReference: string | null;
    conversationId: string | null;
    createdAt: Date;
  }[];
  /** Chats reached through a matching callback request or a case a matching person is on. */
  conversations: {
    id: string;
    caseId: string | null;
    caseReference: string | null;
    createdAt: Date;
  }[];
  /** True when a list stopped at LOOKUP_LIMIT: narrow the search. */
  truncated: boolean;
}

export const LOOKUP_LIMIT = 100;

const digits = (s: string) => s.replace(/\D/g, '');
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function lookupSubject(
  db: Db,
  input: SubjectLookupInput,
  actor: Actor,
): Promise<SubjectLookup> {
  const name = input.name?.trim() ?? '';
  const email = input.email?.trim() ?? '';
  const phone = digits(input.phone ?? '');
  if (name && name.length < 2)
    throw new DbInputError('invalid', 'Type at least 2 letters of the name.');
  if (input.phone?.trim() && phone.length < 6) {
    throw new DbInputError('invalid', 'Type at least 6 digits of the phone number.');
  }
  if (!name && !email && !phone) {
    throw new DbInputError('invalid', 'Give a name, an e-mail address or a phone number.');
  }

  const personWhere: SQL[] = [];
  const callbackWhere: SQL[] = [];
  if (name) {
    personWhere.push(sql`${casePeople.fullName} ilike ${`%${likeEscape(name)}%`}`);
    callbackWhere.push(sql`${callbackRequests.name} ilike ${`%${likeEscape(name)}%`}`);
  }
  if (email) {
    personWhere.push(sql`lower(${casePeople.email}) = lower(${email})`);
    callbackWhere.push(sql`lower(${callbackRequests.email}) = lower(${email})`);
  }
  if (phone) {
    personWhere.push(sql`regexp_replace(${casePeople.phone}, '\\D', '', 'g') = ${phone}`);
    callbackWhere.push(sql`regexp_replace(${callbackRequests.phone}, '\\D', '', 'g') = ${phone}`);
  }

  const people = await db
    .select({
      id: casePeople.id,
      caseId: casePeople.caseId,
      caseReference: cases.reference,
      role: casePeople.role,
      fullName: casePeople.fullName,
      email: casePeople.email,
      phone: casePeople.phone,
      dateOfBirth: casePeople.dateOfBirth,
    })
    .from(casePeople)
    .innerJoin(cases, eq(cases.id, casePeople.caseId))
    .where(or(...personWhere))
    .orderBy(asc(casePeople.fullName), asc(casePeople.id))
    .limit(LOOKUP_LIMIT + 1);
  const callbacks = await db
    .select({
      id: callbackRequests.id,
      name: callbackRequests.name,
      email: callbackRequests.email,
      phone: callbackRequests.phone,
      caseId: callbackRequests.caseId,
      caseReference: cases.reference,
      conversationId: callbackRequests.conversationId,
      createdAt: callbackRequests.createdAt,
    })
    .from(callbackRequests)
    .leftJoin(cases, eq(cases.id, callbackRequests.caseId))
    .where(or(...callbackWhere))
    .orderBy(asc(callbackRequests.createdAt), asc(callbackRequests.id))
    .limit(LOOKUP_LIMIT + 1);

  const caseIds = [...new Set(people.slice(0, LOOKUP_LIMIT).map((p) => p.caseId))];
  const convoIds = callbacks
    .slice(0, LOOKUP_LIMIT)
    .map((c) => c.conversationId)
    .filter((id): id is string => !!id);
  const convoWhere: SQL[] = [];
  if (caseIds.length) convoWhere.push(inArray(conversations.caseId, caseIds));
  if (convoIds.length) convoWhere.push(inArray(conversations.id, convoIds));
  const convos = convoWhere.length
    ? await db
        .select({
          id: conversations.id,
          caseId: conversations.caseId,
          caseReference: cases.reference,
          createdAt: conversations.createdAt,
        })
        .from(conversations)
        .leftJoin(cases, eq(cases.id, conversations.caseId))
        .where(and(or(...convoWhere)))
        .orderBy(asc(conversations.createdAt), asc(conversations.id))
        .limit(LOOKUP_LIMIT + 1)
    : [];

  const truncated = [people, callbacks, convos].some((l) => l.length > LOOKUP_LIMIT);
  const result: SubjectLookup = {
    people: people.slice(0, LOOKUP_LIMIT),
    callbackRequests: callbacks.slice(0, LOOKUP_LIMIT),
    conversations: convos.slice(0, LOOKUP_LIMIT),
    truncated,
  };
  await audit(db, actor, 'subject.lookup', null, null, {
    byName: !!name,
    byEmail: !!email,
    byPhone: !!phone,
    people: result.people.length,
    callbacks: result.callbackRequests.length,
    conversations: result.conversations.length,
  });
  return result;
}
