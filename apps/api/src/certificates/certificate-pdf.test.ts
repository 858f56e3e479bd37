import { appealDeadline } from '@sen/rules';
import { describe, expect, it } from 'vitest';
import { CERTIFICATE_BASES } from './certificate-basis';
import { certificatePdf } from './certificate-pdf';
import { pdfText } from './pdf-text';

const base = {
  reference: 'MED-2026-0007',
  issuedOn: '2026-03-02',
  notNeededNote: null,
  service: { name: 'Test Mediation Service', phone: '020 7946 0000', email: null },
  now: new Date('2026-03-02T10:00:00Z'),
};

describe('certificatePdf', () => {
  it.each([
    'Łucja Wiśniewska',
    'Şükrü Yılmaz',
    'Ioana Ștefănescu',
    'Nguyễn Thị Hồng',
    'Ольга Петренко',
    'Ζωή Παπαδοπούλου',
    "Siobhán O'Sullivan-Ní Bhriain",
  ])('spells %j exactly as given', async (personName) => {
    const bytes = await certificatePdf({
      ...base,
      basis: CERTIFICATE_BASES.after_mediation,
      personName,
      appeal: null,
    });
    expect(await pdfText(bytes)).toContain(personName);
  });

  it('marks letters no font here has with ?, instead of failing or leaving a blank', async () => {
    const bytes = await certificatePdf({
      ...base,
      basis: CERTIFICATE_BASES.after_mediation,
      personName: 'Zoë 李明',
      appeal: null,
    });
    const text = await pdfText(bytes);
    expect(text).toContain('Zoë ??');
    expect(text).toContain('regulation 39(1)');
    expect(text).toContain('could not be worked out');
  });

  it('lists every step of the appeal deadline, across pages when long', async () => {
    const appeal = appealDeadline({ decisionDate: '2025-06-20', certificateDate: '2026-03-02' });
    const bytes = await certificatePdf({
      ...base,
      basis: CERTIFICATE_BASES.la_cannot_arrange,
      personName: 'A'.repeat(400),
      appeal,
    });
    const text = await pdfText(bytes);
    for (const step of appeal.steps) {
      for (const word of step.split(' ').slice(0, 3)) expect(text).toContain(word);
    }
    expect(text).toContain(`5pm on ${appeal.dateText}`);
    // The long name is cut to fit the line: no drawn line holds all 400 letters.
    expect(text).not.toContain('A'.repeat(400));
    expect(text).toContain('A'.repeat(50));
  });
});
