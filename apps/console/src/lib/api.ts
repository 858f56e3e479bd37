// The client pages use. Same shape and types as `trpc`, but a call that fails because the
// session ended waits for the person to sign in again (see session.svelte.ts) and is retried,
// so nothing typed into a form is lost. `auth.*` calls are passed through untouched.
import { isUnauthorized } from './errors';
import { session } from './session.svelte';
import { trpc, type Trpc } from './trpc';

type Call = (...args: unknown[]) => Promise<unknown>;

function resolveCall(path: readonly string[], method: string): Call {
  let node: unknown = trpc;
  for (const key of path) node = (node as Record<string, unknown>)[key];
  return (node as Record<string, Call>)[method] as Call;
}

async function callWithReauth(path: readonly string[], method: string, args: unknown[]) {
  try {
    return await resolveCall(path, method)(...args);
  } catch (e) {
    if (!isUnauthorized(e) || path[0] === 'auth' || !session.user) throw e;
    await session.reauthenticate();
    return resolveCall(path, method)(...args);
  }
}

function proxy(path: readonly string[]): unknown {
  return new Proxy(function () {}, {
    get(_target, key) {
      if (typeof key !== 'string' || key === 'then') return undefined;
      if (key === 'query' || key === 'mutate')
        return (...args: unknown[]) => callWithReauth(path, key, args);
      return proxy([...path, key]);
    },
  });
}

export const api = proxy([]) as Trpc;
