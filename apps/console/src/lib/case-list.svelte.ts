// The case list's state lives here, not in the page, so going into a case and back keeps the
// filters, the search and the rows already loaded.
import { api } from './api';
import { EMPTY_FILTERS, filterProblem, toListInput, type CaseFilterForm } from './case-filters';
import { errorMessage } from './errors';

type Page = Awaited<ReturnType<typeof api.cases.list.query>>;
export type CaseRow = Page['items'][number];

export class CaseList {
  filters = $state<CaseFilterForm>({ ...EMPTY_FILTERS });
  items = $state<CaseRow[]>([]);
  total = $state<number | undefined>(undefined);
  nextCursor = $state<string | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);
  loaded = $state(false);
  #seq = 0;

  async search() {
    const problem = filterProblem(this.filters);
    if (problem) {
      this.error = problem;
      return;
    }
    const seq = ++this.#seq;
    this.loading = true;
    this.error = null;
    try {
      const page = await api.cases.list.query(toListInput(this.filters));
      if (seq !== this.#seq) return; // a newer search has started
      this.items = page.items;
      this.total = page.total;
      this.nextCursor = page.nextCursor;
      this.loaded = true;
    } catch (e) {
      if (seq === this.#seq) this.error = errorMessage(e);
    } finally {
      if (seq === this.#seq) this.loading = false;
    }
  }

  async more() {
    if (!this.nextCursor) return;
    const seq = ++this.#seq;
    this.loading = true;
    try {
      const page = await api.cases.list.query(
        toListInput(this.filters, { cursor: this.nextCursor }),
      );
      if (seq !== this.#seq) return;
      this.items = [...this.items, ...page.items];
      this.nextCursor = page.nextCursor;
    } catch (e) {
      this.error = errorMessage(e);
    } finally {
      if (seq === this.#seq) this.loading = false;
    }
  }

  clear() {
    this.filters = { ...EMPTY_FILTERS };
    return this.search();
  }
}

export const caseList = new CaseList();
