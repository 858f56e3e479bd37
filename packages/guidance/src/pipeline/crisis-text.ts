/**
 * Emergency wording for when a service has not configured its own. UK numbers: 999, Samaritans,
 * Shout, NSPCC and Childline.
 */
export const DEFAULT_CRISIS_MESSAGE =
  'If you or a child are in immediate danger, call 999 now. ' +
  'If you are thinking about harming yourself, you can call Samaritans free on 116 123 at any time, or text SHOUT to 85258. ' +
  "If you are worried about a child's safety, contact your council's children's services or the NSPCC on 0808 800 5000. " +
  'Children and young people can call Childline free on 0800 1111.';
