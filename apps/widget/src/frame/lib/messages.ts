import type { Citation } from './types';

export interface ChatMessage {
  /** Local id, stable for keyed lists. */
  id: string;
  role: 'user' | 'assistant';
  text: string;
  citations: Citation[];
  /** The server's id, for feedback; set when the answer is complete. */
  messageId?: string;
  status: 'streaming' | 'done' | 'failed';
  rating?: 'up' | 'down';
  /** False when the service could not answer from its published pages. */
  answered?: boolean;
  /** How the answer was made (`answer`, `deadline`, `small_talk`, …). */
  kind?: string;
  /** Suggested answers to the question this message asks (buttons under the last message). */
  quickReplies?: string[];
}

let counter = 0;
export function localId(): string {
  counter += 1;
  return `m${Date.now().toString(36)}${counter}`;
}
