import { appealDeadline } from '@sen/rules';
import { CERTIFICATE_TYPES } from '@sen/db/schema';
import { describe, expect, it } from 'vitest';
import { CERTIFICATE_BASES } from './certificate-basis';
import { certificatePdf, type CertificatePdfInput } from './certificate-pdf';
import { pdfText } from './pdf-text';

const base: CertificatePdfInput = {
  basis: CERTIFICATE_BASES.after_mediation,
  reference: 'MED-2026-0007',
  recipient: { name: 'Alex Example', role: 'parent_carer' },
  childName: 'Sam Example',
  council: { name: 'Northshire County Council', decisionDate: '2025-12-10' },
  eventDate: '2026-02-26',
  adviserName: 'Priya Adviser',
  issuedOn: '2026-03-02',
  reissue: null,
  appeal: null,
  notNeededNote: null,
  service: {
    name: 'Test Mediation Service',
    phone: '020 7946 0000',
    email: 'hello@example.org',
    address: '1 High Street, Northtown',
  },
  now: new Date('2026-03-02T10:00:00Z'),
};

/** Words a person would never read on a certificate: our codes for types, rules and roles. */
const INTERNAL_CODE = /\b[a-z]+_[a-z_]+\b|\bR\d{1,2}\b/;

describe('certificatePdf', () => {
  it('says who it is for, the child, the council and its decision, mediation, the adviser and the service', async () => {
    const appeal = appealDeadline({ decisionDate: '2025-12-10', certificateDate: '2026-03-02' });
    const text = await pdfText(await certificatePdf({ ...base, appeal }));
    for (const item of [
      'This certificate is for',
      'Alex Example',
      'Parent or carer of the child named below',
      'The child',
      'Sam Example',
      'Northshire County Council, decision letter dated Wednesday 10 December 2025',
      'Took part in mediation (Thursday 26 February 2026)',
      'between the person named above and the council named above',
      'Date of this certificate Monday 2 March 2026',
      `must arrive by 5pm on ${appeal.dateText}`,
      'How this date was worked out',
      ...appeal.steps,
      'Mediation adviser Priya Adviser',
      'Role: Mediation adviser, Test Mediation Service',
      'Signed:',
      'Phone 020 7946 0000. email hello@example.org. 1 High Street, Northtown.',
      'regulation 39(1)',
    ]) {
      expect(text).toContain(item);
    }
    expect(text).not.toContain('named below has');
    expect(text).not.toMatch(INTERNAL_CODE);
  });

  it.each(CERTIFICATE_TYPES)('prints no internal code on a %s certificate', async (type) => {
    const text = await pdfText(await certificatePdf({ ...base, basis: CERTIFICATE_BASES[type] }));
    expect(text).not.toContain(type);
    expect(text).not.toMatch(INTERNAL_CODE);
    expect(text).toContain(CERTIFICATE_BASES[type].mediation);
  });

  it('says the family declined mediation on a declined certificate', async () => {
    const text = await pdfText(
      await certificatePdf({
        ...base,
        basis: CERTIFICATE_BASES.declined_mediation,
        eventDate: '2026-01-02',
      }),
    );
    expect(text).toContain('Did not take part: mediation was declined (Friday 2 January 2026)');
    expect(text).toContain('The mediation adviser gave the person named above information');
  });

  it('for a young person names them, not a parent', async () => {
    const text = await pdfText(
      await certificatePdf({
        ...base,
        recipient: { name: 'Jordan Young', role: 'young_person' },
        childName: 'Jordan Young',
      }),
    );
    expect(text).toContain('Jordan Young Young person (aged 16 to 25) the decision is about');
    expect(text).not.toContain('Parent or carer');
  });

  it('on a reissue shows both dates and why, and keeps the first date for the appeal', async () => {
    const text = await pdfText(
      await certificatePdf({
        ...base,
        issuedOn: '2026-03-09',
        reissue: { firstIssuedOn: '2026-03-02', reason: 'the child’s name was misspelt' },
      }),
    );
    expect(text).toContain('Date of this certificate Monday 2 March 2026');
    expect(text).toContain(
      'This copy was issued on Monday 9 March 2026. It replaces the certificate first issued on Monday 2 March 2026 (reason: the child’s name was misspelt).',
    );
  });

  it.each([
    'Łucja Wiśniewska',
    'Şükrü Yılmaz',
    'Ioana Ștefănescu',
    'Nguyễn Thị Hồng',
    'Ольга Петренко',
    'Ζωή Παπαδοπούλου',
    "Siobhán O'Sullivan-Ní Bhriain",
  ])('spells %j exactly as given', async (name) => {
    const bytes = await certificatePdf({ ...base, recipient: { name, role: 'parent_carer' } });
    expect(await pdfText(bytes)).toContain(name);
  });

  it('marks letters no font here has with ?, instead of failing or leaving a blank', async () => {
    const bytes = await certificatePdf({
      ...base,
      recipient: { name: 'Zoë 李明', role: 'parent_carer' },
      council: { name: null, decisionDate: null },
    });
    const text = await pdfText(bytes);
    expect(text).toContain('Zoë ??');
    expect(text).toContain('Council not recorded, decision letter dated not recorded');
    expect(text).toContain('could not be worked out');
  });

  it('lists every step of the appeal deadline, across pages when long', async () => {
    const appeal = appealDeadline({ decisionDate: '2025-06-20', certificateDate: '2026-03-02' });
    const bytes = await certificatePdf({
      ...base,
      basis: CERTIFICATE_BASES.la_cannot_arrange,
      recipient: { name: 'A'.repeat(400), role: 'parent_carer' },
      appeal,
    });
    const text = await pdfText(bytes);
    for (const step of appeal.steps) expect(text).toContain(step);
    expect(text).toContain(`5pm on ${appeal.dateText}`);
    // The long name is cut to fit the line: no drawn line holds all 400 letters.
    expect(text).not.toContain('A'.repeat(400));
    expect(text).toContain('A'.repeat(50));
  });
});
