// Checks the callback form and builds the request. Pure; the messages are keys of the strings.
import type { FrameStrings } from '../../strings';
import type { CallbackRequest, ContactMethod } from './types';

export interface CallbackFields {
  name: string;
  contactMethod: ContactMethod | '';
  phone: string;
  email: string;
  bestTime: string;
  localAuthority: string;
  description: string;
  consent: boolean;
}

export type CallbackField = keyof CallbackFields;
export type CallbackProblems = Partial<Record<CallbackField, keyof FrameStrings>>;

export const MAX_DESCRIPTION = 1000;

export function emptyCallbackFields(localAuthority = ''): CallbackFields {
  return {
    name: '',
    contactMethod: '',
    phone: '',
    email: '',
    bestTime: '',
    localAuthority,
    description: '',
    consent: false,
  };
}

/** UK and international numbers: digits with spaces, dashes, brackets, a leading +. */
export function isPhoneNumber(value: string): boolean {
  if (!/^\+?[\d\s()-]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 10 && digits <= 15;
}

export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
}

export function checkCallback(
  fields: CallbackFields,
  conversationId: string,
): { problems: CallbackProblems; request?: CallbackRequest } {
  const f = {
    ...fields,
    name: fields.name.trim(),
    phone: fields.phone.trim(),
    email: fields.email.trim(),
    bestTime: fields.bestTime.trim(),
    description: fields.description.trim(),
  };
  const problems: CallbackProblems = {};
  if (!f.name) problems.name = 'nameMissing';
  if (!f.contactMethod) problems.contactMethod = 'contactMissing';
  if (f.contactMethod === 'phone') {
    if (!f.phone) problems.phone = 'phoneMissing';
    else if (!isPhoneNumber(f.phone)) problems.phone = 'phoneInvalid';
  }
  if (f.contactMethod === 'email') {
    if (!f.email) problems.email = 'emailMissing';
    else if (!isEmail(f.email)) problems.email = 'emailInvalid';
  }
  if (!f.description) problems.description = 'descriptionMissing';
  else if (f.description.length > MAX_DESCRIPTION) problems.description = 'descriptionTooLong';
  if (!f.consent) problems.consent = 'consentMissing';
  if (Object.keys(problems).length || !f.contactMethod) return { problems };
  return {
    problems,
    request: {
      conversationId,
      name: f.name.slice(0, 200),
      contactMethod: f.contactMethod,
      // Only the detail for the chosen method is sent: we keep no more than we need.
      ...(f.contactMethod === 'phone' ? { phone: f.phone } : { email: f.email }),
      ...(f.bestTime ? { bestTime: f.bestTime.slice(0, 200) } : {}),
      ...(f.localAuthority ? { localAuthority: f.localAuthority } : {}),
      description: f.description,
      consent: true,
    },
  };
}
