import { describe, expect, it } from 'vitest';
import { answerSourceTables } from './answer-sources';

describe('answerSourceTables', () => {
  it('gives the share by source and labels each reason code, keeping an unknown one', () => {
    const [bySource, reasons] = answerSourceTables({
      bySource: [
        { source: 'offline', count: 3 },
        { source: 'llm', count: 1 },
      ],
      modelReasons: [
        { source: 'offline', reason: 'unsupported_fact', count: 2 },
        { source: 'llm', reason: 'advice', count: 1 },
        { source: 'offline', reason: 'something_new', count: 1 },
      ],
    });
    expect(bySource!.rows).toEqual([
      { label: 'Offline engine (published sentences)', value: '3 (75.0%)' },
      { label: 'Model (each sentence checked)', value: '1 (25.0%)' },
    ]);
    expect(reasons!.rows.map((r) => r.label)).toEqual([
      'Number, amount, contact detail or day not in the guidance',
      'Advice removed (rest of the answer shown)',
      'something_new',
    ]);
  });
});
