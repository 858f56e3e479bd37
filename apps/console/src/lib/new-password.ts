// The checks a new password gets before it is sent, as messages for the fields they belong to
// (the first-run change at sign-in and the Account page say the same things the same way).

export const MIN_PASSWORD_LENGTH = 12;

export type NewPasswordField = 'newPassword' | 'confirmPassword';

export function newPasswordProblems(
  newPassword: string,
  confirmPassword: string,
): Partial<Record<NewPasswordField, string>> {
  if (newPassword.length < MIN_PASSWORD_LENGTH)
    return { newPassword: `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.` };
  if (!confirmPassword) return { confirmPassword: 'Enter the new password again.' };
  if (confirmPassword !== newPassword)
    return { confirmPassword: 'The two new passwords do not match.' };
  return {};
}
