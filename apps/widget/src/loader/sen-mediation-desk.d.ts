// Types for sites that embed the SEN Mediation Desk chat. Served beside the loader as
// /widget/sen-mediation-desk.d.ts; see apps/widget/README.md for the embed snippet.

export interface SENMediationDeskContext {
  /** A short label for the page the visitor is on, e.g. "EHC plans". No personal data. */
  page?: string;
  /** The local authority the site belongs to; pre-fills the callback form and names its IASS. */
  localAuthority?: string;
}

export type SENMediationDeskCommand =
  | ['open', []]
  | ['close', []]
  | ['ask', [text: string]]
  | ['setContext', [context: SENMediationDeskContext]];

export interface SENMediationDeskApi {
  /** Opens the chat and moves focus to its question box. */
  open(): void;
  /** Closes the chat; the conversation is kept until the tab is closed. */
  close(): void;
  /** Opens the chat and asks `text` (at most 1,000 characters) as if the visitor typed it. */
  ask(text: string): void;
  /** Tells the chat about the page; call again when the page changes (single-page apps). */
  setContext(context: SENMediationDeskContext): void;
  /** Whether the chat panel is open now. */
  readonly isOpen: boolean;
  /** Loader version. */
  readonly version: string;
  /** Calls made before the loader ran; emptied once it has. */
  q: SENMediationDeskCommand[];
}

/** What the embed snippet defines before the loader arrives. */
export interface SENMediationDeskStub {
  q: SENMediationDeskCommand[];
  [command: string]: unknown;
}

declare global {
  interface Window {
    SENMediationDesk?: SENMediationDeskApi | SENMediationDeskStub;
  }
}
