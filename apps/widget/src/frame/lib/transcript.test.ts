import { describe, expect, it } from 'vitest';
import { englishFrame } from '../../strings';
import { transcriptFileName, transcriptText } from './transcript';

const t = { ...englishFrame };
const service = { name: 'Example Mediation', phone: '020 7946 0000' };

describe('transcriptText', () => {
  it('lists both sides with citations, the phone number and the not-advice line', () => {
    const text = transcriptText(
      [
        { id: '1', role: 'user', text: 'Do I need mediation?', citations: [], status: 'done' },
        {
          id: '2',
          role: 'assistant',
          text: 'Usually you need a certificate first.',
          citations: [
            {
              quote: 'A certificate is needed.',
              title: 'Appeals',
              url: 'https://example.org/a',
              asOf: '2026-03-01',
            },
          ],
          status: 'done',
        },
        { id: '3', role: 'assistant', text: '', citations: [], status: 'failed' },
      ],
      service,
      t,
      '2026-11-28',
    );
    expect(text).toBe(
      [
        'Conversation with Example Mediation',
        'Call 020 7946 0000',
        'Saved on 28 November 2026',
        'This is information, not legal advice.',
        '',
        'You:',
        'Do I need mediation?',
        '',
        'Example Mediation:',
        'Usually you need a certificate first.',
        '  "A certificate is needed."',
        '  Source: Appeals, https://example.org/a (checked 1 March 2026)',
        '',
      ].join('\n'),
    );
  });

  it('names the file by date, with nothing personal in it', () => {
    expect(transcriptFileName('2026-11-28')).toBe('sen-mediation-chat-2026-11-28.txt');
  });
});
