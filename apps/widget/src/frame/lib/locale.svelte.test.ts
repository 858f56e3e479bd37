import { afterEach, describe, expect, it, vi } from 'vitest';
import { englishFrame } from '../../strings';
import type { WidgetApi } from './api-client';
import { initialLanguage, locale, setLanguage, t } from './locale.svelte';

function fakeWindow() {
  const store = new Map<string, string>();
  const sessionStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
  };
  vi.stubGlobal('window', { sessionStorage });
  vi.stubGlobal('document', { documentElement: {}, title: '' });
  return store;
}

const api = (strings: WidgetApi['strings']) => ({ strings }) as unknown as WidgetApi;

describe('the chat language', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("opens in the visitor's earlier choice, else the browser's first language the chat speaks, else the page's", () => {
    const store = fakeWindow();
    expect(initialLanguage('ar', ['de-DE', 'pl-PL', 'en-GB'])).toBe('pl');
    expect(initialLanguage('ar', ['de-DE'])).toBe('ar');
    expect(initialLanguage(null, ['de-DE'])).toBe('en');
    store.set('sen-mediation-desk:lang', 'ur');
    expect(initialLanguage('ar', ['pl-PL'])).toBe('ur');
  });

  it('switches every text in place, remembers a choice, and keeps the old language when one fails', async () => {
    const store = fakeWindow();
    const ok = await setLanguage(
      api(async () => ({
        language: 'ur',
        dir: 'rtl',
        reviewed: false,
        messages: { send: 'بھیجیں' },
      })),
      'ur',
      true,
    );
    expect(ok).toBe(true);
    expect([t.send, t.back, locale.dir, locale.reviewed]).toEqual([
      'بھیجیں',
      englishFrame.back,
      'rtl',
      false,
    ]);
    expect(store.get('sen-mediation-desk:lang')).toBe('ur');

    const failed = await setLanguage(
      api(async () => {
        throw new Error('offline');
      }),
      'pl',
    );
    expect(failed).toBe(false);
    expect([locale.lang, locale.failed, t.send]).toEqual(['ur', true, 'بھیجیں']);

    // English shows at once, even when the corrections cannot be fetched.
    await setLanguage(
      api(async () => {
        throw new Error('offline');
      }),
      'en',
    );
    expect([locale.lang, locale.dir, t.send]).toEqual(['en', 'ltr', englishFrame.send]);
  });
});
