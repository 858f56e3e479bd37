// The conversation as plain text for the visitor to keep. Plain text opens on any device and
// reads well aloud; it contains only what was on screen.
import type { FrameStrings } from '../../strings';
import { fill } from '../../strings/fill';
import { formatShortDate } from './format';
import type { ChatMessage } from './messages';

export function transcriptText(
  messages: readonly ChatMessage[],
  service: { name: string; phone: string },
  t: FrameStrings,
  savedOn: string,
  lang = 'en',
): string {
  const out = [
    fill(t.transcriptTitle, { name: service.name }),
    fill(t.call, { phone: service.phone }),
    fill(t.transcriptSaved, { date: formatShortDate(savedOn, lang) }),
    t.notAdvice,
    '',
  ];
  for (const m of messages) {
    if (m.status === 'failed' && !m.text) continue;
    out.push(`${m.role === 'user' ? t.you : service.name}:`, m.text.trim());
    for (const c of m.citations) {
      out.push(
        `  "${c.quote}"`,
        '  ' +
          fill(t.transcriptSource, {
            title: c.title,
            url: c.url || '-',
            date: c.asOf ? formatShortDate(c.asOf, lang) : '-',
          }),
      );
    }
    out.push('');
  }
  return out.join('\n');
}

export function transcriptFileName(savedOn: string): string {
  return `sen-mediation-chat-${savedOn}.txt`;
}
