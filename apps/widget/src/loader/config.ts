// Reads the loader's <script> tag. Pure, so it can be tested without a browser.
import { accessibleColour, type ThemeColour } from '../shared/contrast';

export interface LoaderConfig {
  site: string;
  /** The service's origin, taken from the loader's own src: the only origin we talk to. */
  origin: string;
  frameUrl: string;
  side: 'left' | 'right';
  theme: ThemeColour;
  /** The colour the site asked for, passed on to the frame as is (it adjusts it again). */
  colour: string | undefined;
  zIndex: number;
}

/** Default stacking: above ordinary content, below most sites' own modals and cookie banners. */
export const DEFAULT_Z_INDEX = 1000;

export function readConfig(
  src: string,
  data: Record<string, string | undefined>,
): LoaderConfig | string {
  const site = data.site?.trim();
  if (!site || !/^[\w-]{1,100}$/.test(site)) return 'bad data-site';
  let url: URL;
  try {
    url = new URL(src);
  } catch (_e) {
    return 'bad src';
  }
  // Passed on in the frame's URL only (the frame picks its texts): the loader's own are English.
  const lang = /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/i.test(data.lang ?? '') ? data.lang! : 'en';
  const z = Number(data.zIndex);
  return {
    site,
    origin: url.origin,
    frameUrl: new URL(
      'frame?site=' + encodeURIComponent(site) + '&lang=' + encodeURIComponent(lang),
      url,
    ).href,
    side: /left/i.test(data.position ?? '') ? 'left' : 'right',
    theme: accessibleColour(data.colour),
    colour: data.colour,
    zIndex: Number.isInteger(z) && data.zIndex ? z : DEFAULT_Z_INDEX,
  };
}
