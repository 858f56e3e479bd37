// The number of callback requests nobody has picked up, for the navigation. Polled (a count is
// one cheap query; SSE would hold a connection per open console for a number that changes a few
// times a day), more slowly while the tab is hidden, and at once when the tab comes back.
import { trpc } from './trpc';

/** How often an open console asks. */
export const POLL_MS = 15_000;
const HIDDEN_POLL_MS = 60_000;

export class NewCallbacks {
  count = $state<number | null>(null);
  /** Set when the count went up since the last check, for a polite announcement. */
  announcement = $state('');
  #timer: ReturnType<typeof setTimeout> | null = null;
  #stopped = true;

  async refresh(): Promise<void> {
    try {
      const { count } = await trpc.callbacks.newCount.query();
      if (this.count !== null && count > this.count) {
        const more = count - this.count;
        this.announcement = `${more} new callback request${more === 1 ? '' : 's'}.`;
      }
      this.count = count;
    } catch {
      // Signed out, offline or the server is busy: keep the last count and try again later.
    }
  }

  start(): () => void {
    this.#stopped = false;
    const tick = async () => {
      await this.refresh();
      if (this.#stopped) return;
      this.#timer = setTimeout(tick, document.hidden ? HIDDEN_POLL_MS : POLL_MS);
    };
    const onVisible = () => {
      if (document.hidden || this.#stopped) return;
      if (this.#timer) clearTimeout(this.#timer);
      void tick();
    };
    document.addEventListener('visibilitychange', onVisible);
    void tick();
    return () => {
      this.#stopped = true;
      if (this.#timer) clearTimeout(this.#timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }
}

export const newCallbacks = new NewCallbacks();
