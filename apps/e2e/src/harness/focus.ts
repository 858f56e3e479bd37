// What axe cannot see on a static page: how the focused element looks, where focus went after
// an action, and what the live regions said. Browser-side code is passed as strings, because
// this package is type-checked without the DOM library.
import type { Frame, Page } from 'playwright-core';
import { luminance } from '@sen/widget/contrast';
import { expect } from 'vitest';
import { expectNoSeriousA11yViolations } from './axe';

export interface FocusedElement {
  tag: string;
  /** Its accessible-ish name: aria-label, else its text (first 60 characters). */
  name: string;
  id: string;
  /** Text colour against the background actually behind it (ancestors composited), WCAG ratio. */
  contrast: number;
  colour: string;
  background: string;
}

/** Describes document.activeElement (through shadow roots), or null when focus is on <body>. */
const PROBE = `(() => {
  let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const rgba = (c) => {
    const m = /rgba?\\(([^)]+)\\)/.exec(c);
    if (!m) return null;
    const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const layers = [];
  for (let n = el; n; n = n.parentElement || (n.getRootNode().host ?? null)) {
    const b = rgba(getComputedStyle(n).backgroundColor);
    if (b && b[3] > 0) {
      layers.push(b);
      if (b[3] >= 1) break;
    }
  }
  let bg = [255, 255, 255];
  for (const l of layers.reverse()) bg = bg.map((v, i) => l[i] * l[3] + v * (1 - l[3]));
  const style = getComputedStyle(el);
  const f = rgba(style.color) ?? [NaN, NaN, NaN, 1];
  const fg = [0, 1, 2].map((i) => f[i] * f[3] + bg[i] * (1 - f[3]));
  return {
    tag: el.tagName.toLowerCase(),
    name: (el.getAttribute('aria-label') || el.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 60),
    id: el.id || '',
    fg,
    bg,
    colour: style.color,
    background: 'rgb(' + bg.map(Math.round).join(', ') + ')',
  };
})()`;

/** The focused element of a page or frame, or null when focus has fallen to <body>. */
export async function focused(where: Page | Frame): Promise<FocusedElement | null> {
  const probed = await where.evaluate<(Omit<FocusedElement, 'contrast'> & Colours) | null>(PROBE);
  if (!probed) return null;
  const { fg, bg, ...el } = probed;
  // The widget's own WCAG luminance, so the test and the product measure contrast one way.
  const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a) as [number, number];
  return { ...el, contrast: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100 };
}

/** The text and background colours the probe found, as [r, g, b] (0-255). */
interface Colours {
  fg: number[];
  bg: number[];
}

/** Fails unless the focused element's text reaches 4.5:1 against what is behind it. */
export async function expectFocusReadable(where: Page | Frame): Promise<FocusedElement> {
  const el = await focused(where);
  expect(el, 'focus has fallen to <body>').not.toBeNull();
  expect(
    el!.contrast,
    `focused ${el!.tag} "${el!.name}": ${el!.colour} on ${el!.background}`,
  ).toBeGreaterThanOrEqual(4.5);
  return el!;
}

/** Everything the page's live regions (status, alert, log, aria-live) now say. */
export function liveText(where: Page | Frame): Promise<string> {
  return where.evaluate<string>(`[...document.querySelectorAll(
    '[role=status],[role=alert],[role=log],[aria-live]:not([aria-live=off])')]
    .map((el) => el.textContent).join(' ').replace(/\\s+/g, ' ').trim()`);
}

/**
 * Presses Tab (or Shift+Tab) until focus leaves what `inside` (a CSS selector in `where`)
 * matches, checking each stop: its text contrast while focused, and axe on the whole page with
 * it focused. Returns the names of the stops.
 */
export async function walkFocus(
  page: Page,
  where: Page | Frame,
  inside: string,
  options: { backwards?: boolean; max?: number; axe?: boolean } = {},
): Promise<string[]> {
  const stops: string[] = [];
  const within = () =>
    where.evaluate<boolean>(
      `!!document.activeElement && document.activeElement !== document.body &&
       !!document.activeElement.closest(${JSON.stringify(inside)}) && document.hasFocus()`,
    );
  for (let i = 0; i < (options.max ?? 40) && (await within()); i++) {
    const el = await expectFocusReadable(where);
    stops.push(el.name || el.tag);
    if (options.axe !== false) await expectNoSeriousA11yViolations(page);
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  return stops;
}

/** True when other elements cover the focused element entirely (its centre and two corners). */
export function focusObscured(where: Page | Frame): Promise<boolean> {
  return where.evaluate<boolean>(`(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const r = el.getBoundingClientRect();
    const points = [[r.left + r.width / 2, r.top + r.height / 2], [r.left + 2, r.top + 2],
      [r.right - 2, r.bottom - 2]];
    return points.every(([x, y]) => {
      const hit = document.elementFromPoint(x, y);
      return hit !== null && hit !== el && !el.contains(hit);
    });
  })()`);
}
