// Picks the text for a language. To add one, copy en.ts to <code>.ts, translate the values and
// add it below; anything missing falls back to English.
import * as en from './en';
import type { FrameStrings } from './en';

export { fill, withoutFullStop } from './fill';
export type { FrameStrings, LoaderStrings } from './en';

const languages: Record<string, { frame: Partial<FrameStrings> }> = { en };

export function frameStrings(lang: string | null | undefined): FrameStrings {
  const chosen = languages[(lang ?? 'en').toLowerCase().split('-')[0]!];
  return { ...en.frame, ...chosen?.frame };
}

/** The BCP 47 tag to put on the frame's <html lang>. */
export function supportedLang(lang: string | null | undefined): string {
  const code = (lang ?? 'en').toLowerCase().split('-')[0]!;
  return code in languages ? code : 'en';
}
