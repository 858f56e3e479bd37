import { afterEach, describe, expect, it } from 'vitest';
import * as en from './en';
import { fill, firstLanguage, languageOf, setNumberLocale, withoutFullStop } from './index';

describe('strings', () => {
  afterEach(() => setNumberLocale('en'));

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('Call {phone}', { phone: '020 7946 0000' })).toBe('Call 020 7946 0000');
    expect(fill('Wait {seconds} s {oops}', { seconds: 3 })).toBe('Wait 3 s {oops}');
  });

  it("writes numbers the chosen language's way, never a phone number", () => {
    setNumberLocale('ar');
    expect(fill('{count} / {phone}', { count: 1000, phone: '020 7946 0000' })).toBe(
      `${new Intl.NumberFormat('ar').format(1000)} / 020 7946 0000`,
    );
    setNumberLocale('en');
    expect(fill('{count}', { count: 1000 })).toBe('1000');
  });

  it('picks the first language the chat speaks, English when none', () => {
    expect(firstLanguage(['de-DE', 'pl-PL', 'en']).code).toBe('pl');
    expect(firstLanguage(['zz', undefined]).code).toBe('en');
    expect(languageOf('UR')?.dir).toBe('rtl');
    expect(languageOf('ar-EG')?.dir).toBe('rtl');
    expect(languageOf('pt-BR')?.code).toBe('pt');
    expect(languageOf('xx')).toBeUndefined();
  });

  it('offers the phone number in every error a visitor can meet', () => {
    for (const key of [
      'errorOffline',
      'errorRateLimited',
      'errorServer',
      'errorDenied',
      'languageFailed',
    ] as const) {
      expect(en.frame[key]).toContain('{phone}');
    }
  });

  it('has no empty strings', () => {
    for (const group of [en.loader, en.frame]) {
      for (const [key, value] of Object.entries(group)) expect(value.trim(), key).not.toBe('');
    }
  });
});

describe('withoutFullStop', () => {
  it('drops a trailing full stop so the text sits inside a sentence', () => {
    expect(withoutFullStop('Monday to Friday, 9:30am to 5pm. ')).toBe(
      'Monday to Friday, 9:30am to 5pm',
    );
    expect(withoutFullStop('Monday to Friday (not bank holidays)')).toBe(
      'Monday to Friday (not bank holidays)',
    );
  });
});
