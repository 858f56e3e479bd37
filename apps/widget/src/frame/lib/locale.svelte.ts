// The chat's language: English is built in, any other is fetched from the API when chosen (its
// catalogue with the service's corrections), so first open carries one language only. `t` is
// one reactive object for the life of the frame: switching language rewrites it in place and
// every view follows.
import {
  englishFrame,
  firstLanguage,
  languageOf,
  setNumberLocale,
  type FrameStrings,
} from '../../strings';
import type { WidgetApi } from './api-client';

export interface LocaleState {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** False while the chosen language's translation has not been checked by a person. */
  reviewed: boolean;
  /** A language is being fetched. */
  loading: boolean;
  /** The last choice could not be loaded (the chat stays in the language it was in). */
  failed: boolean;
}

export const t: FrameStrings & Record<string, string> = $state({ ...englishFrame });
export const locale: LocaleState = $state({
  lang: 'en',
  dir: 'ltr',
  reviewed: true,
  loading: false,
  failed: false,
});

const CHOICE_KEY = 'sen-mediation-desk:lang';

function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch (_e) {
    return null;
  }
}

/**
 * The language to open in: the visitor's own choice earlier in this tab, then the browser's
 * languages in order, then the one the host page asked for (`data-lang`), then English.
 */
export function initialLanguage(pageLang: string | null, browser: readonly string[]): string {
  const chosen = languageOf(session()?.getItem(CHOICE_KEY));
  if (chosen) return chosen.code;
  const fromBrowser = browser.map(languageOf).find(Boolean);
  return (fromBrowser ?? firstLanguage([pageLang])).code;
}

let requested = '';

/**
 * Switches to `code`. English shows at once (the built-in text) and then takes the service's
 * corrections; another language shows when its texts have arrived. `remember`: the visitor
 * chose it (kept for this tab).
 */
export async function setLanguage(
  api: WidgetApi,
  code: string,
  remember = false,
): Promise<boolean> {
  const language = languageOf(code) ?? firstLanguage([]);
  requested = language.code;
  if (remember) session()?.setItem(CHOICE_KEY, language.code);
  locale.failed = false;
  if (language.code === 'en') apply('en', 'ltr', true, {});
  else locale.loading = true;
  try {
    const strings = await api.strings(language.code);
    if (requested !== language.code) return false; // another choice came after this one
    apply(language.code, language.dir, strings.reviewed, strings.messages);
    return true;
  } catch (_e) {
    if (requested !== language.code) return false;
    // English is already showing; a failed correction fetch changes nothing for the visitor.
    if (language.code !== 'en') locale.failed = true;
    return language.code === 'en';
  } finally {
    if (requested === language.code) locale.loading = false;
  }
}

function apply(
  code: string,
  dir: 'ltr' | 'rtl',
  reviewed: boolean,
  messages: Record<string, string>,
): void {
  // English first, so a key a translation lacks still says something.
  for (const key of Object.keys(t)) if (!(key in englishFrame)) delete t[key];
  Object.assign(t, englishFrame, messages);
  setNumberLocale(code);
  locale.lang = code;
  locale.dir = dir;
  locale.reviewed = reviewed;
  document.documentElement.lang = code;
  document.documentElement.dir = dir;
  document.title = t.title;
}
