import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { formErrors } from './errors';

function serverError(message: string, fieldErrors: { path: string; message: string }[]) {
  return new TRPCClientError(message, {
    result: {
      error: { message, code: -32600, data: { code: 'BAD_REQUEST', httpStatus: 400, fieldErrors } },
    },
  } as never);
}

describe('formErrors', () => {
  it('puts a problem reported at `facts.<field>` beside the dialog field of that name', () => {
    // What the API answers for "Record that mediation took place" with a mediation date after
    // the end date: the path carries the procedure's `facts.` prefix.
    const err = serverError('The end date cannot be before the mediation date.', [
      {
        path: 'facts.mediationEndedDate',
        message: 'The date mediation ended cannot be before the date of the mediation.',
      },
    ]);
    const { fields, summary } = formErrors(err, {
      shown: ['mediationDate', 'mediationEndedDate'],
      prefix: 'facts.',
      idOf: (n) => `step-${n}`,
    });
    expect(fields).toEqual({
      mediationEndedDate: 'The date mediation ended cannot be before the date of the mediation.',
    });
    expect(summary).toEqual([
      {
        id: 'step-mediationEndedDate',
        message: 'The date mediation ended cannot be before the date of the mediation.',
      },
    ]);
  });

  it('keeps the words of a problem with a field the form does not show', () => {
    const err = serverError('Check the local authority.', [
      { path: 'facts.localAuthorityId', message: 'That local authority has been removed.' },
    ]);
    const { fields, summary } = formErrors(err, { shown: ['decisionDate'], prefix: 'facts.' });
    expect(fields).toEqual({});
    expect(summary).toEqual([{ message: 'That local authority has been removed.' }]);
  });

  it('gives the message itself when the server named no field', () => {
    const err = serverError('This case changed since you opened it.', []);
    expect(formErrors(err, { shown: ['decisionDate'] }).summary).toEqual([
      { message: 'This case changed since you opened it.' },
    ]);
  });
});
