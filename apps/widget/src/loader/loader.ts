// The only code that runs on the partner's page. It draws the launcher and nothing else until
// the visitor opens the chat: no cookies, no storage, no requests (a preconnect on hover/focus).
// Everything it draws sits in a shadow root, so it cannot restyle the page or be
// restyled by it.
import { cleanContext, NS, readToHost, type ToFrame, type WidgetContext } from '../shared/protocol';
import { loader as text } from '../strings/en';
import { readConfig } from './config';
import { FULL_SCREEN, launcherCss } from './launcher-css';
import type {
  SENMediationDeskApi,
  SENMediationDeskCommand,
  SENMediationDeskStub,
} from './sen-mediation-desk';

/** How long the frame has to say it is ready before we show our own "not working" notice. */
const READY_TIMEOUT_MS = 12000;
const SVG_NS = 'http://www.w3.org/2000/svg';
// Stroked outlines: far fewer bytes than filled icon paths.
const CHAT_ICON = 'M4 5h16v11H10l-6 4z';
const CLOSE_ICON = 'M6 6l12 12M18 6 6 18';

const script =
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[data-site][src*="loader.js"]');
const existing = window.SENMediationDesk as SENMediationDeskStub | SENMediationDeskApi | undefined;

if (script && !(existing && 'version' in existing)) {
  const cfg = readConfig(script.src, script.dataset);
  if (typeof cfg === 'string') console.warn('[SENMediationDesk] ' + cfg);
  else {
    if (cfg.theme.status !== 'ok' && cfg.theme.status !== 'default') {
      console.warn(`[SENMediationDesk] data-colour ${cfg.theme.status}: ${cfg.theme.colour}`);
    }
    const start = () => {
      const host = document.createElement('sen-mediation-desk');
      // Our few words (launcher, dialog name, notice) are English whatever the page's language:
      // said so, a screen reader on a Polish page reads them with an English voice (WCAG 3.1.2).
      // The shadow tree takes its language from its host.
      host.lang = 'en';
      const root = host.attachShadow({ mode: 'open' });
      const css = launcherCss(cfg);
      // Constructed sheets are CSSOM, so a host CSP without 'unsafe-inline' allows them; older
      // Safari lacks them and gets a <style> element.
      if (window.CSSStyleSheet && 'replaceSync' in CSSStyleSheet.prototype) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        root.adoptedStyleSheets = [sheet];
      } else {
        const style = document.createElement('style');
        style.textContent = css;
        root.append(style);
      }
      const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string) => {
        const el = document.createElement(tag);
        el.className = className;
        return el;
      };
      // No type="button": nothing in a shadow root can submit a form of the page.
      const launcher = make('button', 'l');
      launcher.setAttribute('aria-controls', 'p');
      // A dialog named like its frame: non-modal beside the page, modal when it fills the screen.
      const panel = make('div', 'p');
      panel.id = 'p';
      panel.hidden = true;
      panel.role = 'dialog';
      panel.ariaLabel = text.frameTitle;
      const notice = make('div', 'n');
      notice.role = 'alert';
      notice.hidden = true;
      notice.textContent = text.unavailable;
      panel.append(notice);
      root.append(launcher, panel);

      let frame: HTMLIFrameElement | undefined;
      let ready = false;
      let open = false;
      let context: WidgetContext = {};
      let pending: ToFrame[] = [];
      let timer: ReturnType<typeof setTimeout> | undefined;
      let warmed = false;

      // DOM calls, not innerHTML: a host page enforcing Trusted Types would block innerHTML.
      const icon = (d: string) => {
        const svg = document.createElementNS(SVG_NS, 'svg');
        const path = document.createElementNS(SVG_NS, 'path');
        svg.setAttribute('viewBox', '0 0 24 24');
        svg.ariaHidden = 'true';
        path.setAttribute('d', d);
        svg.append(path);
        return svg;
      };
      const drawLauncher = () => {
        if (open) launcher.replaceChildren(icon(CLOSE_ICON));
        else launcher.replaceChildren(icon(CHAT_ICON), text.openShort);
        // ARIA reflection (ariaLabel…) rather than setAttribute: fewer bytes in the budget.
        launcher.ariaLabel = open ? text.close : text.open;
        launcher.ariaExpanded = open + '';
        // On a phone the open panel covers the page; hide the launcher once the frame (with its
        // own close button) is ready, not before, so nobody is left without a way out.
        launcher.classList.toggle('o', open && ready);
      };

      // Exact origin both ways: we only ever post to the service, and only listen to our frame.
      const post = (message: ToFrame) => frame?.contentWindow?.postMessage(message, cfg.origin);
      const send = (message: ToFrame) => (ready ? post(message) : pending.push(message));

      // No "ready" in time: say so above the frame but keep it, since what it shows (the
      // server's "not available here" page, with the phone number) is better than nothing.
      const fail = () => {
        notice.hidden = false;
      };

      const ensureFrame = () => {
        if (frame) return;
        frame = document.createElement('iframe');
        frame.title = text.frameTitle;
        frame.src = cfg.frameUrl;
        frame.onload = () => {
          ready = false;
          post({ ns: NS, type: 'hello', ...(cfg.colour ? { colour: cfg.colour } : {}), context });
        };
        panel.append(frame);
        timer = setTimeout(fail, READY_TIMEOUT_MS);
      };

      // On a phone (or a short screen) the panel fills the screen; follow the visual viewport so the on-screen
      // keyboard does not cover the question box. It is then a modal dialog: the page behind
      // it is made inert (out of reach of screen readers and Tab) until it closes, leaving
      // alone whatever the page had made inert itself.
      const vv = window.visualViewport;
      let stilled: Element[] = [];
      const fit = () => {
        const full = open && matchMedia(FULL_SCREEN).matches;
        panel.ariaModal = full ? 'true' : null;
        panel.style.top = full && vv ? vv.offsetTop + 'px' : '';
        panel.style.height = full && vv ? vv.height + 'px' : '';
        // Only when it changes: fit also runs on every visual-viewport scroll.
        if (full === stilled.length > 0) return;
        for (const el of stilled) (el as HTMLElement).inert = false;
        stilled = full
          ? [...document.body.children].filter((el) => el !== host && !(el as HTMLElement).inert)
          : [];
        for (const el of stilled) (el as HTMLElement).inert = true;
      };
      vv?.addEventListener('resize', fit);
      vv?.addEventListener('scroll', fit);

      const setOpen = (value: boolean, returnFocus?: boolean) => {
        const hadFocus = document.activeElement === host;
        if (value === open) return;
        open = value;
        panel.hidden = !open;
        drawLauncher();
        fit();
        if (open) {
          ensureFrame();
          if (ready) {
            frame!.focus();
            post({ ns: NS, type: 'focus' });
          }
        } else if (returnFocus || hadFocus) launcher.focus();
      };

      window.addEventListener('message', (event) => {
        if (!frame || event.source !== frame.contentWindow || event.origin !== cfg.origin) return;
        const type = readToHost(event.data);
        clearTimeout(timer);
        if (type === 'ready') {
          ready = true;
          notice.hidden = true;
          drawLauncher();
          for (const message of pending) post(message);
          pending = [];
          if (open) {
            frame.focus();
            post({ ns: NS, type: 'focus' });
          }
        } else if (type === 'close') setOpen(false, true);
        // On 'denied': the frame shows its own message with the phone number; nothing to add.
      });

      // Warm up the connection when the visitor shows interest. A preconnect, not a prefetch: the
      // frame page is never cached (no-store), so fetching it early would only fetch it twice.
      const warmUp = () => {
        if (warmed) return;
        warmed = true;
        const link = document.createElement('link');
        link.rel = 'preconnect';
        link.href = cfg.origin;
        document.head.append(link);
      };
      // Handler properties, not addEventListener: our own elements, and fewer bytes.
      launcher.onpointerenter = launcher.onfocus = warmUp;
      launcher.onclick = () => setOpen(!open, true);
      root.addEventListener('keydown', (event) => {
        if ((event as KeyboardEvent).key === 'Escape' && open) setOpen(false, true);
      });

      const api: SENMediationDeskApi = {
        // Written here, not as a constant: a bundled constant costs bytes of the 3 KB.
        version: '1',
        q: [],
        get isOpen() {
          return open;
        },
        open: () => setOpen(true),
        close: () => setOpen(false),
        ask(question) {
          if (typeof question !== 'string' || !question.trim()) return;
          setOpen(true);
          send({ ns: NS, type: 'ask', text: question.slice(0, 1000) });
        },
        setContext(value) {
          context = cleanContext(value);
          send({ ns: NS, type: 'context', context });
        },
      };
      drawLauncher();
      document.body.append(host);

      const queued: SENMediationDeskCommand[] = Array.isArray(existing?.q) ? existing.q : [];
      window.SENMediationDesk = api;
      for (const [name, args] of queued) {
        const fn = api[name] as ((...a: unknown[]) => void) | undefined;
        if (typeof fn === 'function' && Array.isArray(args)) fn(...args);
      }
    };
    // Whatever goes wrong in here stays in here: the host page must never break because of us.
    const safeStart = () => {
      try {
        start();
      } catch (error) {
        console.warn('[SENMediationDesk]', error);
      }
    };
    if (document.body) safeStart();
    else document.addEventListener('DOMContentLoaded', safeStart);
  }
}
