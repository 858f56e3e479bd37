/**
 * A first-come, first-served lock whose waiters give up after a time limit. PGlite has one
 * connection and cannot interrupt a running statement, so this is how a PGlite database keeps a
 * statement timeout's promise to callers: nobody waits longer than the limit for their turn,
 * whatever is holding the connection.
 */
export class WaitQueue {
  private busy = false;
  private readonly waiting: { start: () => void }[] = [];

  async run<T>(fn: () => Promise<T>, timeoutMs: number): Promise<T> {
    await this.acquire(timeoutMs);
    try {
      return await fn();
    } finally {
      this.release();
    }
  }

  private acquire(timeoutMs: number): Promise<void> {
    if (!this.busy) {
      this.busy = true;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter = {
        start: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        const i = this.waiting.indexOf(waiter);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(new DatabaseBusyError(timeoutMs));
      }, timeoutMs);
      this.waiting.push(waiter);
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next.start();
    else this.busy = false;
  }
}

export class DatabaseBusyError extends Error {
  readonly code = 'database_busy';
  constructor(timeoutMs: number) {
    super(`The database stayed busy for ${timeoutMs} ms; try again.`);
    this.name = 'DatabaseBusyError';
  }
}
