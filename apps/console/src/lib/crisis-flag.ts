// How the console names a conversation in which the chat gave the crisis reply (an answer of
// kind 'crisis': it saw a risk of harm and gave 999, Samaritans, NSPCC and Childline).

/** The badge text for a conversation with `count` crisis replies, or undefined for none. */
export function crisisFlag(count: number): string | undefined {
  if (!count) return undefined;
  return count === 1 ? 'Crisis reply given' : `Crisis reply given (${count} times)`;
}

/** Whether one message of a transcript is the crisis reply. */
export const isCrisisReply = (m: { role: string; kind: string | null }) =>
  m.role === 'assistant' && m.kind === 'crisis';
