import { describe, expect, it } from 'vitest';
import { NS } from '../../shared/protocol';
import { createHostBridge } from './host-bridge';

type Listener = (event: MessageEvent) => void;

/** A window inside a parent window, enough for the bridge. */
function fakeFrame() {
  const sent: { message: unknown; origin: string }[] = [];
  const parent = {
    postMessage: (message: unknown, origin: string) => sent.push({ message, origin }),
  };
  const listeners: Listener[] = [];
  const win = {
    parent,
    location: { origin: 'https://desk.example.org' },
    addEventListener: (_type: string, fn: Listener) => listeners.push(fn),
  };
  const receive = (data: unknown, origin: string, source: unknown = parent) => {
    for (const fn of listeners) fn({ data, origin, source } as MessageEvent);
  };
  return { win: win as unknown as Window, parent, sent, receive };
}

describe('createHostBridge', () => {
  it('takes the first hello from its parent as the claimed host origin', async () => {
    const f = fakeFrame();
    const bridge = createHostBridge(f.win);
    f.receive(
      { ns: NS, type: 'hello', colour: '#123456', context: { page: 'Plans' } },
      'https://council.example.gov.uk',
    );
    await expect(bridge.hello).resolves.toEqual({
      origin: 'https://council.example.gov.uk',
      colour: '#123456',
      context: { page: 'Plans' },
      standalone: false,
    });
  });

  it('ignores hellos from other windows', async () => {
    const f = fakeFrame();
    const bridge = createHostBridge(f.win);
    f.receive({ ns: NS, type: 'hello' }, 'https://evil.example', {});
    f.receive({ ns: NS, type: 'hello' }, 'https://council.example.gov.uk');
    await expect(bridge.hello).resolves.toMatchObject({ origin: 'https://council.example.gov.uk' });
  });

  it('acts on commands only once the origin is confirmed, and only from that origin', async () => {
    const f = fakeFrame();
    const bridge = createHostBridge(f.win);
    const got: unknown[] = [];
    bridge.onCommand((m) => got.push(m));
    const host = 'https://council.example.gov.uk';
    f.receive({ ns: NS, type: 'hello' }, host);
    f.receive({ ns: NS, type: 'ask', text: 'early question' }, host);
    f.receive({ ns: NS, type: 'ask', text: 'from elsewhere' }, 'https://evil.example');
    expect(got).toEqual([]);
    bridge.confirm(host);
    expect(got).toEqual([{ ns: NS, type: 'ask', text: 'early question' }]);
    f.receive({ ns: NS, type: 'focus' }, 'https://evil.example');
    f.receive({ ns: NS, type: 'focus' }, host, {});
    f.receive({ ns: NS, type: 'focus' }, host);
    expect(got).toHaveLength(2);
  });

  it('refuses to confirm an origin other than the one that said hello', () => {
    const f = fakeFrame();
    const bridge = createHostBridge(f.win);
    f.receive({ ns: NS, type: 'hello' }, 'https://council.example.gov.uk');
    bridge.confirm('https://evil.example');
    bridge.send('ready');
    expect(f.sent).toEqual([]);
  });

  it('posts only to the exact confirmed origin', () => {
    const f = fakeFrame();
    const bridge = createHostBridge(f.win);
    const host = 'https://council.example.gov.uk';
    bridge.send('ready');
    expect(f.sent).toEqual([]);
    f.receive({ ns: NS, type: 'hello' }, host);
    bridge.confirm(host);
    bridge.send('ready');
    bridge.send('close');
    expect(f.sent).toEqual([
      { message: { ns: NS, type: 'ready' }, origin: host },
      { message: { ns: NS, type: 'close' }, origin: host },
    ]);
  });

  it('uses its own origin when opened as a page of its own', async () => {
    const win = {
      location: { origin: 'https://desk.example.org' },
      addEventListener() {},
    } as unknown as Window & { parent: unknown };
    (win as { parent: unknown }).parent = win;
    await expect(createHostBridge(win).hello).resolves.toEqual({
      origin: 'https://desk.example.org',
      context: {},
      standalone: true,
    });
  });
});
