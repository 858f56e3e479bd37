import { TRPCClientError } from '@trpc/client';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls = { get: 0, login: 0 };
function unauthorized() {
  return new TRPCClientError('Please sign in.', {
    result: { error: { message: 'Please sign in.', code: -32001, data: { code: 'UNAUTHORIZED' } } },
  } as never);
}

vi.mock('./trpc', () => ({
  trpc: {
    cases: {
      get: {
        query: vi.fn(async (input: { id: string }) => {
          calls.get++;
          if (calls.get === 1) throw unauthorized();
          return { id: input.id };
        }),
      },
    },
    auth: {
      login: {
        mutate: vi.fn(async () => {
          calls.login++;
          throw unauthorized();
        }),
      },
    },
  },
}));

const { api } = await import('./api');
const { session, nextStep } = await import('./session.svelte');

const me = {
  user: {
    id: 'u1',
    email: 'a@b.c',
    name: 'A',
    role: 'caseworker' as const,
    mustChangePassword: false,
    totpEnabled: false,
  },
  secondFactorDone: true,
  totpSetupRequired: false,
};

describe('calls after the session ends', () => {
  beforeEach(() => {
    calls.get = 0;
    calls.login = 0;
    session.set(me);
  });

  it('waits for the person to sign in again, then retries the same call', async () => {
    const pending = api.cases.get.query({ id: 'c1' });
    await vi.waitFor(() => expect(session.reauthOpen).toBe(true));
    session.reauthenticated(me);
    await expect(pending).resolves.toEqual({ id: 'c1' });
    expect(calls.get).toBe(2);
    expect(session.reauthOpen).toBe(false);
  });

  it('fails the call if the person gives up signing in', async () => {
    const pending = api.cases.get.query({ id: 'c1' });
    await vi.waitFor(() => expect(session.reauthOpen).toBe(true));
    session.reauthAbandoned(new Error('Signed out.'));
    await expect(pending).rejects.toThrow('Signed out.');
  });

  it('passes sign-in errors straight through (a wrong password is not an expired session)', async () => {
    await expect(api.auth.login.mutate({ email: 'a@b.c', password: 'x' })).rejects.toThrow(
      'Please sign in.',
    );
    expect(session.reauthOpen).toBe(false);
  });

  it('does not open the dialog for someone who never signed in', async () => {
    session.clear();
    await expect(api.cases.get.query({ id: 'c1' })).rejects.toThrow('Please sign in.');
    expect(session.reauthOpen).toBe(false);
  });
});

describe('sign-in steps', () => {
  it('says what is left to do', () => {
    expect(nextStep(null)).toBe('password');
    expect(nextStep({ ...me, secondFactorDone: false })).toBe('second_factor');
    expect(nextStep({ ...me, user: { ...me.user, mustChangePassword: true } })).toBe(
      'change_password',
    );
    expect(nextStep({ ...me, totpSetupRequired: true })).toBe('setup_totp');
    expect(nextStep(me)).toBeNull();
  });
});

describe('signing in as someone else in the "session ended" dialog', () => {
  it("fails the first person's pending calls instead of retrying them as the second", async () => {
    calls.get = 0;
    session.set(me);
    const pending = api.cases.get.query({ id: 'c1' });
    await vi.waitFor(() => expect(session.reauthOpen).toBe(true));
    const other = { ...me, user: { ...me.user, id: 'u2' } };
    session.set(other); // as the sign-in steps do before they finish
    expect(session.reauthenticated(other)).toBe(false);
    await expect(pending).rejects.toThrow('someone else');
    expect(calls.get).toBe(1);
  });
});
