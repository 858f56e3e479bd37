// Words for the codes the API sends. Case states and tracks come from @sen/rules. A map over one
// of the rules' code lists is typed by it, so a new code without words fails the typecheck
// instead of reaching staff as "keep_plan".
import type { AgreementKind } from '@sen/rules';

/** The rules' labels are written to sit inside a sentence; lists and checkboxes start with a capital. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function humanise(code: string | null | undefined): string {
  if (!code) return '';
  const s = code.replaceAll('_', ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const TRACK_LABELS: Record<string, string> = {
  mediation: 'Mediation',
  disagreement_resolution: 'Disagreement resolution',
};

export const CHANNEL_LABELS: Record<string, string> = {
  phone: 'Phone',
  email: 'Email',
  web_form: 'Web form',
  widget_callback: 'Callback from the chat',
  letter: 'Letter',
  in_person: 'In person',
  referral: 'Referral',
};

export const CONTACTED_BY_LABELS: Record<string, string> = {
  parent_carer: 'Parent or carer',
  young_person: 'Young person',
  professional: 'Professional',
  other: 'Someone else',
};

export const PERSON_ROLE_LABELS: Record<string, string> = {
  parent_carer: 'Parent or carer',
  young_person: 'Young person',
  child: 'Child',
};

export const OUTCOME_LABELS: Record<string, string> = {
  agreement: 'Agreement',
  partial_agreement: 'Partial agreement',
  no_agreement: 'No agreement',
  declined: 'Declined mediation',
  withdrawn: 'Withdrawn',
  certificate_only: 'Certificate only',
  no_further_action: 'No further action',
};

export const AGREEMENT_KIND_LABELS: Record<AgreementKind, string> = {
  assess: 'Carry out an assessment',
  make_plan: 'Make an EHC plan',
  amend_plan: 'Amend the plan (needs or provision)',
  school_name_or_type_only: 'Change the school named or its type only',
  reconsider: 'Reconsider a decision',
  keep_plan: 'Keep the plan in place (no change)',
  non_appealable: 'A matter that cannot be appealed (e.g. health or social care)',
  other_timescale_agreed: 'Another timescale was agreed in writing',
};

export const CALLBACK_STATUS_LABELS: Record<string, string> = {
  new: 'New',
  in_progress: 'Being taken',
  done: 'Done',
};

export const CERTIFICATE_TYPE_LABELS: Record<string, string> = {
  declined_mediation: 'mediation declined',
  after_mediation: 'after mediation',
  la_cannot_arrange: 'could not be arranged within 30 days',
};

/** Which certificate a move to certificate_issued records, from the state it leaves. */
export function certificateTypeFor(
  fromState: string,
): 'declined_mediation' | 'la_cannot_arrange' | 'after_mediation' {
  if (fromState === 'mediation_declined') return 'declined_mediation';
  if (fromState === 'la_cannot_arrange') return 'la_cannot_arrange';
  return 'after_mediation';
}

export function label(map: Record<string, string>, code: string | null | undefined): string {
  if (!code) return '';
  return map[code] ?? humanise(code);
}

export function options(map: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(map).map(([value, l]) => ({ value, label: l }));
}

export { CONTACT_ROLE_LABELS, OTHER_PARTY_LABELS } from '@sen/rules';
