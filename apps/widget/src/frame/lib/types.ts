// The widget REST API as the frame sees it (docs/ARCHITECTURE.md, "Widget REST API").

export interface OfficeHours {
  openNow: boolean;
  text: string;
}

export interface ServiceInfo {
  name: string;
  phone: string;
  email?: string;
  officeHours: OfficeHours;
}

export interface StartResponse {
  conversationId: string;
  token: string;
  service: ServiceInfo;
  site: { greeting?: string | null; colour?: string | null };
  localAuthorities: string[];
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
}

export interface Answer extends AnswerDone {
  text: string;
  citations: Citation[];
}

export interface TriageOption {
  value: string;
  label: string;
  hint?: string;
}

export interface TriageQuestion {
  id: string;
  text: string;
  hint?: string;
  options: TriageOption[];
}

export interface TriageOutcome {
  title: string;
  /** Plain-English paragraphs explaining the route and why. */
  explanation: string[];
  /** Where in the law this comes from, e.g. "CFA s.55(3)". */
  sources: string[];
}

export type TriageStep =
  { type: 'question'; question: TriageQuestion } | { type: 'result'; result: TriageOutcome };

export interface DeadlineItem {
  label: string;
  /** ISO date. */
  date: string;
  explanation: string[];
  warnings: string[];
  source?: string;
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
