import { boolean, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { createdAt, instant } from './columns';
import { conversations } from './conversations';
import { localAuthorities } from './local-authorities';
import { partnerSites } from './partner-sites';
import { users } from './users';

export const CALLBACK_CONTACT_METHODS = ['phone', 'email'] as const;
export type CallbackContactMethod = (typeof CALLBACK_CONTACT_METHODS)[number];
export const CALLBACK_STATUSES = ['new', 'in_progress', 'done'] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];

export const callbackRequests = pgTable(
  'callback_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id').references(() => conversations.id, {
      onDelete: 'set null',
    }),
    siteId: uuid('site_id').references(() => partnerSites.id, { onDelete: 'set null' }),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    contactMethod: text('contact_method').$type<CallbackContactMethod>().notNull(),
    phone: text('phone'),
    email: text('email'),
    bestTime: text('best_time'),
    localAuthorityId: uuid('local_authority_id').references(() => localAuthorities.id, {
      onDelete: 'set null',
    }),
    /** What the visitor typed when the name did not match a known local authority. */
    localAuthorityText: text('local_authority_text'),
    description: text('description').notNull(),
    consent: boolean('consent').notNull(),
    status: text('status').$type<CallbackStatus>().notNull().default('new'),
    handledById: uuid('handled_by_id').references(() => users.id, { onDelete: 'set null' }),
    handledAt: instant('handled_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('callback_requests_status_created_idx').on(t.status, t.createdAt),
    index('callback_requests_case_idx').on(t.caseId),
    // The case list's search reads the family's own description of a case it came from.
    index('callback_requests_description_trgm_idx').using('gin', t.description.op('gin_trgm_ops')),
    // Subject access: look a person up by the name they gave.
    index('callback_requests_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
  ],
);
