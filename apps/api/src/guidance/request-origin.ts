// The service origin of the request being answered, so links the bot gives (published files)
// point where the asker reached us. Set per request by a middleware in app.ts; never global
// state, so one request's Host header cannot change another's links.
import { AsyncLocalStorage } from 'node:async_hooks';

const store = new AsyncLocalStorage<string>();

export function withRequestOrigin<T>(origin: string, run: () => T): T {
  return store.run(origin, run);
}

export function currentRequestOrigin(): string | undefined {
  return store.getStore();
}
