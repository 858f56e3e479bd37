// The frame's side of the postMessage channel with the loader.
//
// The first `hello` from our parent tells us which origin claims to embed us; we do not trust
// it until the API has checked it against the site's allowlist (the start-conversation call
// sends it as `hostOrigin`). From then on we only accept messages from our parent window with
// exactly that origin, and only post to exactly that origin.
import {
  NS,
  readToFrame,
  type ToFrame,
  type ToHost,
  type WidgetContext,
} from '../../shared/protocol';

export interface Hello {
  origin: string;
  colour?: string;
  context: WidgetContext;
  /** True when the frame was opened as a page of its own rather than embedded. */
  standalone: boolean;
}

export interface HostBridge {
  /** The first hello (or, opened on its own, our own origin). */
  readonly hello: Promise<Hello>;
  /** The API accepted `origin`: start listening to it, and replay what it sent meanwhile. */
  confirm(origin: string): void;
  /** The API refused the origin: tell the loader (nothing else is ever sent to it). */
  deny(): void;
  send(type: ToHost['type']): void;
  onCommand(handler: (message: ToFrame) => void): void;
}

export function createHostBridge(win: Window = window): HostBridge {
  const parent = win.parent;
  const standalone = parent === win;
  let claimed = '';
  let confirmed = '';
  let handler: (message: ToFrame) => void = () => {};
  const early: ToFrame[] = [];
  let resolveHello!: (hello: Hello) => void;
  const hello = new Promise<Hello>((resolve) => (resolveHello = resolve));

  if (standalone) {
    resolveHello({ origin: win.location.origin, context: {}, standalone: true });
  } else {
    win.addEventListener('message', (event: MessageEvent) => {
      if (event.source !== parent) return;
      const message = readToFrame(event.data);
      if (!message) return;
      if (!claimed) {
        if (message.type !== 'hello') return;
        claimed = event.origin;
        resolveHello({
          origin: event.origin,
          context: message.context ?? {},
          standalone: false,
          ...(message.colour ? { colour: message.colour } : {}),
        });
      } else if (!confirmed) {
        if (event.origin === claimed && message.type !== 'hello') early.push(message);
      } else if (event.origin === confirmed && message.type !== 'hello') {
        handler(message);
      }
    });
  }

  const post = (type: ToHost['type'], origin: string) => {
    if (!standalone && origin) parent.postMessage({ ns: NS, type }, origin);
  };

  return {
    hello,
    confirm(origin) {
      if (origin !== claimed && !standalone) return;
      confirmed = origin;
      for (const message of early.splice(0)) handler(message);
    },
    deny: () => post('denied', claimed),
    send: (type) => post(type, confirmed),
    onCommand(next) {
      handler = next;
    },
  };
}
