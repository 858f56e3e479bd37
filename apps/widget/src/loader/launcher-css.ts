import type { LoaderConfig } from './config';

/**
 * When the open panel fills the screen (and becomes a modal dialog): narrow screens, and short
 * ones too (a laptop at 200 % zoom is about 1280x600 CSS pixels: a floating panel there leaves
 * a sliver of chat between the header and the question box).
 */
export const FULL_SCREEN = '(max-width:480px),(max-height:600px)';

// No animation at all, so there is no motion to reduce. In forced colours the backgrounds and
// shadows that draw the launcher's and panel's edges are dropped, so they get a real border.
// Lives in the launcher's shadow root (adopted stylesheet, so a host CSP without
// 'unsafe-inline' does not block it). `all: initial` stops the host page's inherited fonts and
// colours leaking in; nothing here can reach the host page.
export function launcherCss(cfg: LoaderConfig): string {
  const side = cfg.side;
  return `:host{all:initial}
.l{all:unset;box-sizing:border-box;position:fixed;bottom:16px;${side}:16px;z-index:${cfg.zIndex + 1};display:flex;align-items:center;gap:8px;min-width:56px;min-height:56px;padding:0 20px;border-radius:28px;background:${cfg.theme.colour};color:#fff;font:600 16px/1.2 system-ui,sans-serif;cursor:pointer;box-shadow:0 2px 8px #0006}
.l:focus-visible{outline:3px solid #fd0;box-shadow:0 0 0 7px #0b0c0c}
svg{width:24px;height:24px;fill:none;stroke:currentColor;stroke-width:2.5;stroke-linejoin:round;flex:none}
.p{position:fixed;bottom:88px;${side}:16px;z-index:${cfg.zIndex};width:400px;height:min(640px,calc(100vh - 104px));border-radius:12px;overflow:hidden;background:#fff;box-shadow:0 4px 24px #0005;display:flex;flex-flow:column}
.p[hidden]{display:none}
iframe{flex:1;min-height:0;width:100%;border:0}
.n{padding:16px;font:16px/1.5 system-ui,sans-serif;color:#0b0c0c}
@media ${FULL_SCREEN}{.p{inset:0;width:auto;height:100%;border-radius:0}.o{display:none}}
@media (forced-colors){.l,.p{border:2px solid}}`;
}
