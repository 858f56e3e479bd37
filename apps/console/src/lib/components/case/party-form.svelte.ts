// The add-or-correct form of the case's People and Other people cards: whether it is open, which
// entry it corrects, the answers, problems by field, and saving and removing with the toasts and
// the case re-load both cards need. The cards keep what differs: their fields and API calls.
import { errorMessage, fieldErrors } from '$lib/errors';
import { toasts } from '$lib/toasts.svelte';

export class PartyForm<Values extends Record<string, string>> {
  open = $state(false);
  /** The entry being corrected, or null when adding. */
  editingId: string | null = $state(null);
  values: Values = $state() as Values;
  /** Problems by field name (the API's input path without its `person.` or `patch.` prefix). */
  fields: Record<string, string> = $state({});
  errors: { id?: string; message: string }[] = $state([]);
  busy = $state(false);

  constructor(
    private readonly blank: () => Values,
    /** What the API's field paths start with, for this card (`person`, `contact`). */
    private readonly inputName: string,
    private readonly onsaved: () => Promise<void> | void,
  ) {
    this.values = blank();
  }

  /** Opens the form on an entry's answers (correcting) or blank ones (adding). */
  start(id: string | null, values: Values | null) {
    this.values = values ?? this.blank();
    this.editingId = id;
    this.fields = {};
    this.errors = [];
    this.open = true;
  }

  /** Refuses to send when a required field is empty, naming it beside the field and above. */
  missing(name: keyof Values & string, message: string, fieldId: string): boolean {
    if (this.values[name]?.trim()) return false;
    this.fields = { [name]: message };
    this.errors = [{ id: fieldId, message }];
    return true;
  }

  /** Sends the answers (`send` says what to toast), closes the form and re-loads the case. */
  async save(send: (editingId: string | null) => Promise<string>) {
    this.busy = true;
    try {
      toasts.ok(await send(this.editingId));
      this.open = false;
      this.editingId = null;
      this.errors = [];
      await this.onsaved();
    } catch (err) {
      const prefix = new RegExp(`^(${this.inputName}|patch)\\.`);
      this.fields = Object.fromEntries(
        Object.entries(fieldErrors(err)).map(([k, v]) => [k.replace(prefix, ''), v]),
      );
      this.errors = [{ message: errorMessage(err) }];
    } finally {
      this.busy = false;
    }
  }

  /** Removes an entry once staff confirm (its details are deleted), then re-loads the case. */
  async remove(fullName: string, call: () => Promise<unknown>) {
    if (!confirm(`Remove ${fullName} from this case? Their details are deleted.`)) return;
    try {
      await call();
      toasts.ok(`${fullName} removed.`);
      await this.onsaved();
    } catch (err) {
      toasts.error(errorMessage(err));
    }
  }
}
