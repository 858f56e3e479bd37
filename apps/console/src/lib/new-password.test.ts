import { describe, expect, it } from 'vitest';
import { newPasswordProblems } from './new-password';

describe('newPasswordProblems', () => {
  it('puts a short password on the new-password field', () => {
    expect(newPasswordProblems('short', 'short')).toEqual({
      newPassword: 'Choose a password of at least 12 characters.',
    });
  });

  it('puts a missing or different repeat on the repeat field', () => {
    expect(newPasswordProblems('Harbour-lantern-1', '')).toEqual({
      confirmPassword: 'Enter the new password again.',
    });
    expect(newPasswordProblems('Harbour-lantern-1', 'Harbour-lantern-2')).toEqual({
      confirmPassword: 'The two new passwords do not match.',
    });
  });

  it('accepts a long password typed twice', () => {
    expect(newPasswordProblems('Harbour-lantern-1', 'Harbour-lantern-1')).toEqual({});
  });
});
