// The English text is built in (first open needs no second request); the other languages are
// fetched when chosen (frame/lib/locale.svelte.ts). See README "Translation".
export { fill, setNumberLocale, withoutFullStop } from './fill';
export { frame as englishFrame } from './en';
export type { FrameStrings, LoaderStrings } from './en';
export { LANGUAGES, firstLanguage, languageOf, type Language } from './languages';
