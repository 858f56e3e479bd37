// The text fields of a form described as data, so that forms made of plain text answers (the
// meeting, the people on a case, the service's details) are written as a list of what is asked
// and FormFields draws each the same way: label, hint, error and id tied together.
import type { HTMLInputAttributes } from 'svelte/elements';

export interface FieldSpec<Name extends string = string> {
  /** The key of the answer in the form's values (and of its error). */
  name: Name;
  label: string;
  hint?: string;
  type?: 'text' | 'tel' | 'email' | 'url' | 'date' | 'time';
  /** A longer answer: a text area this many rows high. */
  rows?: number;
  autocomplete?: HTMLInputAttributes['autocomplete'];
  inputmode?: HTMLInputAttributes['inputmode'];
  width?: 'sm' | 'md' | 'full';
}

/** Fields one under another; a nested list is a row of fields side by side (wrapping when narrow). */
export type FieldLayout<Name extends string = string> = readonly (
  FieldSpec<Name> | readonly FieldSpec<Name>[]
)[];
