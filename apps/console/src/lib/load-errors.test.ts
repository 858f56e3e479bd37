import { isHttpError } from '@sveltejs/kit';
import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { loaded } from './load-errors';

function apiError(code: string, message: string) {
  return new TRPCClientError(message, {
    result: { error: { message, code: -32000, data: { code } } },
  } as never);
}

async function statusOf(p: Promise<unknown>) {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return isHttpError(e) ? `${e.status} ${e.body.message}` : 'thrown';
  }
}

describe('loading a record for a page', () => {
  it('passes the record through', async () => {
    await expect(loaded(Promise.resolve({ id: 'x' }), 'That case')).resolves.toEqual({ id: 'x' });
  });

  it('turns a missing record or a bad id into a 404 page', async () => {
    expect(await statusOf(loaded(Promise.reject(apiError('NOT_FOUND', 'No')), 'That case'))).toBe(
      '404 That case was not found.',
    );
    expect(
      await statusOf(loaded(Promise.reject(apiError('BAD_REQUEST', 'Bad id')), 'That case')),
    ).toBe('404 That case was not found.');
  });

  it("shows the API's reason for a refusal", async () => {
    expect(
      await statusOf(loaded(Promise.reject(apiError('FORBIDDEN', 'Not your case.')), 'That case')),
    ).toBe('403 Not your case.');
  });

  it('leaves other failures (a network error) to the error page as they are', async () => {
    expect(await statusOf(loaded(Promise.reject(new Error('offline')), 'That case'))).toBe(
      'thrown',
    );
  });
});
