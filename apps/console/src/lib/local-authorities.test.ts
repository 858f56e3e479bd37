import { describe, expect, it } from 'vitest';
import {
  changedFields,
  createInput,
  formOf,
  formProblems,
  laFieldErrors,
  missingIass,
} from './local-authorities';

const camden = {
  name: 'Camden',
  iassName: 'Camden SENDIASS',
  iassPhone: '020 7974 0000',
  iassUrl: null,
  iassEmail: null,
};

describe('local authority form', () => {
  it('sends only what changed, blanks as null to clear a detail', () => {
    const form = { ...formOf(camden), iassPhone: ' 020 7974 1111 ', iassName: '  ' };
    expect(changedFields(form, camden, false)).toEqual({
      iassPhone: '020 7974 1111',
      iassName: null,
    });
    expect(changedFields(formOf(camden), camden, true)).toEqual({});
  });

  it('carries a new name only for someone who may rename', () => {
    const form = { ...formOf(camden), name: 'London Borough of Camden' };
    expect(changedFields(form, camden, false)).toEqual({});
    expect(changedFields(form, camden, true)).toEqual({ name: 'London Borough of Camden' });
  });

  it('builds a create input without blanks', () => {
    expect(createInput({ ...formOf(null), name: ' Hackney ', iassUrl: 'https://x.org ' })).toEqual({
      name: 'Hackney',
      iassUrl: 'https://x.org',
    });
  });

  it('asks for a name only when one is needed', () => {
    expect(formProblems(formOf(null), true)).toEqual({ name: 'Enter the local authority name.' });
    expect(formProblems(formOf(null), false)).toEqual({});
  });

  it('puts API messages beside the field, for updates and creates alike', () => {
    expect(
      laFieldErrors({
        'patch.iassPhone': 'Enter a phone number using digits.',
        iassUrl: 'Enter a web address starting with https://',
        id: 'Invalid uuid',
      }),
    ).toEqual({
      iassPhone: 'Enter a phone number using digits.',
      iassUrl: 'Enter a web address starting with https://',
    });
  });

  it('lists the IASS details still to fill in', () => {
    expect(missingIass(camden)).toEqual(['iassUrl', 'iassEmail']);
  });
});
