import { describe, expect, it } from 'vitest';
import * as en from './en';
import { fill, frameStrings, supportedLang, withoutFullStop } from './index';

describe('strings', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('Call {phone}', { phone: '020 7946 0000' })).toBe('Call 020 7946 0000');
    expect(fill('Wait {seconds} s {oops}', { seconds: 3 })).toBe('Wait 3 s {oops}');
  });

  it('falls back to English for unknown languages', () => {
    expect(frameStrings('xx')).toEqual(en.frame);
    expect(supportedLang('en-GB')).toBe('en');
    expect(supportedLang('zz')).toBe('en');
  });

  it('offers the phone number in every error a visitor can meet', () => {
    for (const key of ['errorOffline', 'errorRateLimited', 'errorServer', 'errorDenied'] as const) {
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
