/** A published page as staff gave it to us (storage-agnostic: the caller loads it). */
export interface GuidanceDocument {
  id: string;
  title: string;
  url?: string;
  /** ISO date the page was published or checked. */
  asOf?: string;
  format: 'html' | 'markdown' | 'text';
  body: string;
}

/** The smallest quotable unit of a page: one paragraph, list item or block of short lines. */
export interface Passage {
  /** `${docId}#${order}`: stable while the document's structure is. */
  id: string;
  docId: string;
  title: string;
  url?: string;
  asOf?: string;
  headingPath: string[];
  /** Exact published wording (navigation noise removed); every quote is a substring of it. */
  text: string;
  /** Position in the document, from 0. */
  order: number;
  kind: 'paragraph' | 'item' | 'lines';
  /** For a list item: the id of the paragraph that introduces its list ("… except if:"). */
  leadId?: string;
  /** Short content hash of the whole document: changes whenever staff publish a new version. */
  version: string;
}

/** A file the service publishes for download (a mediation notice, a leaflet). */
export interface PublishedFile {
  title: string;
  description?: string;
  /** Absolute address a family can open. */
  url: string;
}

export interface Citation {
  title: string;
  /**
   * Exact text of a passage (or of the rule's explanation for a computed deadline, or the
   * description of a published file the answer links to).
   */
  quote: string;
  url?: string;
  asOf?: string;
}

export type AnswerKind =
  | 'crisis'
  | 'injection'
  | 'legal_advice'
  | 'contact'
  | 'office_hours'
  | 'deadline'
  | 'file'
  | 'answer'
  | 'no_answer'
  | 'out_of_scope'
  /** A greeting, thanks or goodbye, answered in kind (not a question for the review queue). */
  | 'small_talk'
  /** A request to talk to a person: the phone line and the callback form. */
  | 'handover'
  /** Which route fits the family's situation, from @sen/rules (or the question it needs answered). */
  | 'route';

export interface Answer {
  kind: AnswerKind;
  text: string;
  citations: Citation[];
  /** True when the text answers the question itself (not a refusal or a signpost). */
  answered: boolean;
  /** Passages the answer was built from, best first (empty for safety replies). */
  passages: { id: string; score: number }[];
  /** Which engine wrote the text. */
  source: 'offline' | 'llm';
  /** Short answers the family can pick (shown as buttons; typing works too). */
  quickReplies?: string[];
  /**
   * What the conversation has established after this message (plain JSON): store it with the
   * answer and pass it back as `ctx.state` with the next message.
   */
  state?: unknown;
  /**
   * Set when a model was configured but its answer was not shown, or shown without some of its
   * sentences: why, as a code (stored with the answer; never the model's text).
   */
  modelOutcome?: { reason: ModelRefusal };
}

/**
 * Why a configured model's answer was refused, failed or skipped (or, for a model answer shown,
 * why a sentence of it was removed).
 */
export type ModelRefusal =
  /** A deadline or route question: the law comes from @sen/rules, not a model. */
  | 'law_question'
  /** The circuit breaker is open after repeated failures or a Retry-After. */
  | 'breaker_open'
  | 'timeout'
  /** The family went away before the model finished. */
  | 'aborted'
  | 'rate_limited'
  | 'server_error'
  | 'request_refused'
  | 'network_error'
  /** The reply was not the JSON shape asked for. */
  | 'bad_output'
  | 'no_answer'
  | 'leaked_instructions'
  /** The model signposted distress: the crisis reply was shown. */
  | 'crisis_signposted'
  | 'too_long'
  /** What the model checked out to does not answer the question. */
  | 'does_not_answer'
  | 'uncited'
  | 'bad_citation'
  | 'unsupported_fact'
  | 'unsupported_quote'
  | 'period_or_date'
  | 'low_coverage'
  | 'advice'
  | 'repeat';

export type AnswerEvent =
  | { type: 'sources'; citations: Citation[] }
  | { type: 'delta'; text: string }
  | { type: 'done'; answer: Answer };

/**
 * What the service tells families about itself. Fields left out are looked for in the published
 * passages (a page usually lists its own phone number and address).
 */
export interface ServiceInfo {
  name?: string;
  phone?: string;
  email?: string;
  address?: string;
  website?: string;
  /** Plain-English opening times, e.g. "Monday to Friday, 9am to 5pm". */
  officeHours?: string;
  /** What to say at once to a message about risk of harm: must name 999. */
  crisisMessage: string;
  /** Who gives independent information, advice and support locally. */
  iassText?: string;
  /** The local authorities whose families the service works with, as staff list them. */
  areas?: string[];
}

export interface LlmConfig {
  apiKey: string;
  baseUrl?: string;
  model: string;
  /** The whole request, first byte to last (the API's OPENAI_TIMEOUT_MS, 8 s by default). */
  timeoutMs: number;
  maxTokens: number;
  /**
   * Replace names, phone numbers, e-mail and postal addresses, dates and school names in the
   * family's messages with placeholders before the request (default true).
   */
  redact?: boolean;
}

export type { CalendarOverrides } from '@sen/rules';
