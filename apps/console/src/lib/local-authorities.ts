// The local authority form: what it sends (only the fields that changed, blanks as null so a
// detail can be cleared) and where the API's messages go (beside the field they are about).

export const IASS_FIELDS = ['iassName', 'iassPhone', 'iassUrl', 'iassEmail'] as const;
export type IassField = (typeof IASS_FIELDS)[number];
export type LaField = 'name' | IassField;

export type LaForm = Record<LaField, string>;

export interface LaRecord {
  name: string;
  iassName: string | null;
  iassPhone: string | null;
  iassUrl: string | null;
  iassEmail: string | null;
}

export const EMPTY_LA_FORM: LaForm = {
  name: '',
  iassName: '',
  iassPhone: '',
  iassUrl: '',
  iassEmail: '',
};

export function formOf(la: LaRecord | null): LaForm {
  if (!la) return { ...EMPTY_LA_FORM };
  return {
    name: la.name,
    iassName: la.iassName ?? '',
    iassPhone: la.iassPhone ?? '',
    iassUrl: la.iassUrl ?? '',
    iassEmail: la.iassEmail ?? '',
  };
}

export type LaPatch = Partial<Record<IassField, string | null>> & { name?: string };

/**
 * The fields that differ from what was loaded. The name is only included when the person may
 * rename (admins): the API refuses a caseworker's patch that carries one, even unchanged.
 */
export function changedFields(form: LaForm, original: LaRecord, canRename: boolean): LaPatch {
  const patch: LaPatch = {};
  for (const k of IASS_FIELDS) {
    const v = form[k].trim() || null;
    if (v !== (original[k] ?? null)) patch[k] = v;
  }
  const name = form.name.trim();
  if (canRename && name !== original.name) patch.name = name;
  return patch;
}

/** The input for `localAuthorities.create`: blanks left out. */
export function createInput(form: LaForm): { name: string } & Partial<Record<IassField, string>> {
  const input: { name: string } & Partial<Record<IassField, string>> = { name: form.name.trim() };
  for (const k of IASS_FIELDS) {
    const v = form[k].trim();
    if (v) input[k] = v;
  }
  return input;
}

/** Checks worth making before sending; the API checks the rest (phone, web address, email). */
export function formProblems(form: LaForm, needsName: boolean): Partial<Record<LaField, string>> {
  const out: Partial<Record<LaField, string>> = {};
  if (needsName && form.name.trim().length < 2) out.name = 'Enter the local authority name.';
  return out;
}

/**
 * The API names fields by input path: `patch.iassPhone` for an update, `iassPhone` for a create.
 * Returns them keyed by form field, first message each.
 */
export function laFieldErrors(byPath: Record<string, string>): Partial<Record<LaField, string>> {
  const out: Partial<Record<LaField, string>> = {};
  for (const [path, message] of Object.entries(byPath)) {
    const key = path.replace(/^patch\./, '') as LaField;
    if (key === 'name' || (IASS_FIELDS as readonly string[]).includes(key)) out[key] ??= message;
  }
  return out;
}

/** "IASS details missing" is what staff need to spot in the list. */
export function missingIass(la: LaRecord): IassField[] {
  return IASS_FIELDS.filter((k) => !la[k]?.trim());
}

export const LA_FIELD_LABELS: Record<LaField, string> = {
  name: 'Local authority name',
  iassName: 'IASS name',
  iassPhone: 'IASS phone',
  iassUrl: 'IASS website',
  iassEmail: 'IASS email',
};
