import { describe, expect, it } from 'vitest';
import { detectLanguage, interpreterLine } from './language';

describe('detectLanguage', () => {
  it.each([
    ['Does the service cost anything?', 'en'],
    ['Can the LA refuse to do an assessment?', 'en'],
    ['¿Cuánto cuesta la mediación? Mi hijo tiene necesidades especiales.', 'es'],
    ['Mon fils a un plan EHC. Est-ce que la médiation est gratuite ?', 'fr'],
    ['Mój syn ma orzeczenie. Czy mogę prosić o mediację?', 'pl'],
    ['هل الوساطة مجانية؟', 'ar'],
    ['میرے بیٹے کے لیے کیا مدد ہے؟', 'ur'],
    ['আমার ছেলের জন্য সাহায্য দরকার', 'bn'],
    ['我的孩子需要帮助', 'zh'],
  ])('%j is %s', (text, lang) => expect(detectLanguage(text)).toBe(lang));

  it('offers an interpreter in the family’s language with the phone number', () => {
    expect(interpreterLine('es', '01632 960 123')).toMatch(/intérprete.*|01632 960 123/);
    expect(interpreterLine('es', '01632 960 123')).toContain('01632 960 123');
    expect(interpreterLine('other', '1')).toBeUndefined();
  });
});
