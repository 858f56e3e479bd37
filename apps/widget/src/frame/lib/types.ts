// The widget REST API as the frame sees it (docs/ARCHITECTURE.md, "Widget REST API").
import type { Template } from '@sen/rules';

export interface OfficeHours {
  openNow: boolean;
  text: string;
}

export interface ServiceInfo {
  name: string;
  phone: string;
  email?: string;
  officeHours: OfficeHours;
  /** The service lets an AI model word answers: the chat says what it receives. */
  modelAssisted?: boolean;
}

export interface StartResponse {
  conversationId: string;
  token: string;
  service: ServiceInfo;
  site: { greeting?: string | null; colour?: string | null };
  localAuthorities: string[];
  /** Each council's independent advice service (IASS), where staff have entered it. */
  localAdvice?: LocalAdvice[];
}

export interface LocalAdvice {
  council: string;
  name: string;
  phone?: string;
  url?: string;
  email?: string;
}

/** One quoted passage behind an answer. */
export interface Citation {
  /** Exact text of the published page. */
  quote: string;
  /** The page (and section) it comes from. */
  title: string;
  url: string;
  /** ISO date the page was last checked, or '' if unknown. */
  asOf: string;
}

export interface AnswerDone {
  messageId: string;
  kind: string;
  answered: boolean;
  /** Short answers to a question the chat asked, shown as buttons (typing works too). */
  quickReplies?: string[];
}

export interface Answer extends AnswerDone {
  text: string;
  citations: Citation[];
}

export interface TriageOption {
  value: string;
  label: string;
  /** `label`'s key in the catalogues (@sen/rules RULE_TEXTS), for other languages. */
  labelKey?: string;
  hint?: string;
}

export interface TriageQuestion {
  id: string;
  text: string;
  textKey?: string;
  hint?: string;
  hintKey?: string;
  /** More than one answer may be chosen (checkboxes; the answer is a list). */
  multiple: boolean;
  options: TriageOption[];
}

export interface LawSource {
  /** Short citation, e.g. "Children and Families Act 2014, s.55". */
  cite: string;
  url: string;
}

export interface TriageOutcome {
  /** e.g. 'mediation', 'disagreement_resolution' (from @sen/rules RouteOutcome). */
  outcome: string;
  title: string;
  summary: string[];
  /** Why this route, in plain English. */
  reasons: string[];
  nextSteps: string[];
  sources: LawSource[];
  /** The same words as templates, for other languages (absent from an older server). */
  templates?: { title: Template; summary: Template; reasons: Template[]; nextSteps: Template[] };
}

export type TriageAnswers = Record<string, string | string[]>;

export type TriageStep =
  { type: 'question'; question: TriageQuestion } | { type: 'result'; result: TriageOutcome };

export interface DeadlineItem {
  label: string;
  /** `label`'s key in the catalogues (strings/en.ts `deadlineLabel…`). */
  labelKey?: string;
  /** ISO date. */
  date: string;
  /** The date written out by the server ("Tuesday 6 May 2025"), or ''. */
  dateText: string;
  /** How it was worked out, one step a line. */
  steps: string[];
  warnings: string[];
  /** `steps` and `warnings` as templates, one each, for other languages. */
  stepTemplates?: Template[];
  warningTemplates?: Template[];
  source: string;
  /** Must be done by 5pm on the day (Tribunal Rules r.12(1)). */
  byFivePm: boolean;
}

/** GET /strings/:lang: a language's texts, the service's corrections applied. */
export interface StringsResponse {
  language: string;
  dir: 'ltr' | 'rtl';
  /** False while the translation was made by machine and no person has checked it. */
  reviewed: boolean;
  /** Every key of strings/en.ts plus the rules' explanation keys (@sen/rules RULE_TEXTS). */
  messages: Record<string, string>;
}

export type ContactMethod = 'phone' | 'email';

export interface CallbackRequest {
  conversationId: string;
  name: string;
  contactMethod: ContactMethod;
  phone?: string;
  email?: string;
  bestTime?: string;
  localAuthority?: string;
  description: string;
  consent: true;
}
