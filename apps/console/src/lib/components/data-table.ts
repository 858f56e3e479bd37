// The column description DataTable takes. A column names itself once (`header`): that text is
// the column heading and, on narrow screens where each row becomes a card, the label beside
// each value, so the two cannot drift apart.
import type { Snippet } from 'svelte';

export interface Column<Row> {
  /** The column heading, and the label beside the value on narrow screens. */
  header: string;
  /** Heading read by screen readers only (a column of buttons, a tick box). */
  headerHidden?: boolean;
  /** Something other than text in the heading cell (the cases list's "tick every case"). */
  heading?: Snippet;
  /** The cell as plain text; `cell` takes over when it is given. */
  value?: (row: Row) => string | number | null | undefined;
  /** The cell's markup (links, badges, buttons). */
  cell?: Snippet<[Row]>;
  /** The cell names its row (`th scope="row"`): screen readers read it before each value. */
  rowHeader?: boolean;
  /** Numbers: right-aligned with tabular figures. */
  num?: boolean;
  /** Extra classes on the column's cells, such as `nowrap`, `small` or `mono`. */
  class?: string;
}
